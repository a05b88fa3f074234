import { createWallet, expect, PASSWORD, test } from './fixtures';

test('first run: create a password, lock, wrong password refused, right one unlocks', async ({ popup }) => {
  await expect(popup.getByRole('heading', { name: 'Create your master password' })).toBeVisible();
  await popup.getByLabel('Master password').fill('password');
  await expect(popup.getByTestId('strength')).toHaveText(/weak/i);
  await expect(popup.getByRole('button', { name: 'Create wallet' })).toBeDisabled();

  await createWallet(popup);
  await expect(popup.getByText('Your wallet is empty')).toBeVisible();

  await popup.getByRole('button', { name: 'Lock now' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Locked');

  await popup.getByLabel('Master password').fill(PASSWORD + 'x');
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByRole('alert')).toHaveText('Wrong master password.');
  await expect(popup.getByTestId('lock-state')).toHaveText('Locked');

  await popup.getByLabel('Master password').fill(PASSWORD);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
});

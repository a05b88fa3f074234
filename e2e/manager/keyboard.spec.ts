// Keyboard-only use: tabs with the arrow keys, a card added without the mouse, Escape to cancel,
// and the "open in tab" view for larger screens.
import { expect, test } from '../fixtures';
import { openManager, shot } from './helpers';

test('the manager works from the keyboard alone', async ({ popup }) => {
  await openManager(popup);
  await popup.getByRole('tab', { name: 'Cards' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: 'Addresses' })).toBeFocused();
  await expect(popup.getByRole('tab', { name: 'Addresses' })).toHaveAttribute('aria-selected', 'true');
  // The panel is drawn once the wallet has answered: a user tabs to the button they see.
  await expect(popup.getByRole('button', { name: 'Add address' })).toBeVisible();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Add address' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('Label (e.g. Home)')).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('button', { name: 'Add address' })).toBeVisible();

  await popup.getByRole('tab', { name: 'Addresses' }).focus();
  await popup.keyboard.press('ArrowLeft');
  await expect(popup.getByRole('tab', { name: 'Cards' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('button', { name: 'Add card' })).toBeVisible();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Add card' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('Card number')).toBeFocused();
  await popup.keyboard.type('5555555555554444');
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Name on card')).toBeFocused();
  await popup.keyboard.type('Ada Lovelace');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('07/31');
  await popup.keyboard.press('Enter'); // submits the form
  await expect(popup.getByRole('listitem')).toContainText('Mastercard •••• 4444, 07/31');

  // Deleting asks, with the focus on Cancel (the safe choice), and Escape keeps the card.
  await popup.getByRole('button', { name: 'Delete: Mastercard •••• 4444, 07/31' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alertdialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('alertdialog')).toHaveCount(0);
  await expect(popup.getByRole('listitem')).toHaveCount(1);
});

test('open in tab shows the same manager on a wide page', async ({ wallet, popup }) => {
  await openManager(popup);
  const [page] = await Promise.all([wallet.waitForEvent('page'), popup.getByRole('button', { name: 'Open in tab' }).click()]);
  await page.waitForLoadState();
  expect(new URL(page.url()).search).toBe('?view=tab');
  await page.setViewportSize({ width: 1100, height: 700 });
  await expect(page.getByTestId('lock-state')).toHaveText('Unlocked');
  await expect(page.getByRole('tab', { name: 'Receipts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open in tab' })).toHaveCount(0);
  await shot(page, 'en-open-in-tab');
});

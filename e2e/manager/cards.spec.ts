// Cards in the manager: add with checks as you type, edit, delete, the three views, loyalty cards
// and prepaid codes.
import { expect, test, TEST_CARD } from '../fixtures';
import { openManager, put, shot } from './helpers';

test('add a card: brand shown while typing, bad number and expired date refused with a message, nothing typed lost', async ({ popup }) => {
  await openManager(popup);
  await popup.getByRole('button', { name: 'Add card' }).click();
  const number = popup.getByLabel('Card number');
  await number.fill('4242424242424241');
  await expect(popup.getByTestId('brand')).toHaveText('Visa');
  await expect(number).toHaveValue('4242 4242 4242 4241');
  await expect(popup.getByText('This is not a valid card number: check the digits.')).toBeVisible();
  await popup.getByLabel('Name on card').fill('Ada Lovelace');
  await popup.getByLabel('Expiry (MM/YY)').fill('01/20');
  await expect(popup.getByText('This card has expired.')).toBeVisible();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Please fix the fields marked above; nothing was saved.')).toBeVisible();
  await shot(popup, 'en-card-form-errors');
  // Still on the form with everything as typed.
  await expect(popup.getByLabel('Name on card')).toHaveValue('Ada Lovelace');
  await expect(number).toHaveValue('4242 4242 4242 4241');

  await number.fill('4242424242424242');
  await popup.getByLabel('Expiry (MM/YY)').fill('08/29');
  await popup.getByLabel('Nickname').fill('Everyday');
  await popup.getByLabel('Also store the security code (CVC)').check();
  await popup.getByLabel('Security code (CVC)', { exact: true }).fill('12');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Enter the security code printed on the card.')).toBeVisible();
  await popup.getByLabel('Security code (CVC)', { exact: true }).fill('123');
  await popup.getByRole('button', { name: 'Save' }).click();

  const item = popup.getByRole('listitem').filter({ hasText: 'Everyday •••• 4242, 08/29' });
  await expect(item).toBeVisible();
  await expect(item).not.toContainText('4242 4242 4242 4242');
  await item.getByRole('button', { name: /Show number/ }).click();
  await expect(item.getByTestId('revealed-number')).toHaveText('4242 4242 4242 4242');
});

test('edit and delete a card; the chosen view is remembered', async ({ popup }) => {
  await openManager(popup);
  await put(popup, 'card', TEST_CARD);
  await put(popup, 'card', { ...TEST_CARD, number: '5555555555554444', nickname: 'Work', status: 'blocked' });
  await popup.reload();
  await expect(popup.getByRole('listitem')).toHaveCount(2);

  await popup.getByRole('button', { name: 'Edit: Visa •••• 4242, 08/29' }).click();
  await popup.getByLabel('Nickname').fill('Holiday');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('listitem').filter({ hasText: 'Holiday •••• 4242, 08/29' })).toBeVisible();

  await popup.getByRole('button', { name: 'List', exact: true }).click();
  await expect(popup.getByRole('listitem').filter({ hasText: 'Work •••• 4444' })).toContainText('Blocked');
  await shot(popup, 'en-cards-list');
  await popup.getByRole('button', { name: 'Icons', exact: true }).click();
  await shot(popup, 'en-cards-icons');
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Icons', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.locator('ul.cards.icons')).toBeVisible();

  await popup.getByRole('button', { name: 'Delete: Work •••• 4444, 08/29' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByRole('listitem')).toHaveCount(1);
  await popup.reload();
  await expect(popup.getByRole('listitem')).toHaveCount(1);
  await expect(popup.getByRole('listitem')).toContainText('Holiday •••• 4242');
});

test('prepaid card: balance and codes shown, one marked used; loyalty card added, edited, deleted', async ({ popup }) => {
  await openManager(popup);
  await popup.getByRole('button', { name: 'Add card' }).click();
  await popup.getByLabel('Card number').fill('5555555555554444');
  await popup.getByLabel('Name on card').fill('Ada Lovelace');
  await popup.getByLabel('Expiry (MM/YY)').fill('12/30');
  await popup.getByLabel('Card type').selectOption('prepaid');
  await popup.getByLabel('Balance').fill('abc');
  await expect(popup.getByText('Not an amount, e.g. 12.50.')).toBeVisible();
  await popup.getByLabel('Balance').fill('25.50');
  await popup.getByLabel('New single-use codes (one per line)').fill('GIFT-1\nGIFT-2\nGIFT-3');
  await popup.getByRole('button', { name: 'Save' }).click();

  await popup.getByRole('button', { name: 'List', exact: true }).click();
  const card = popup.locator('li.card-row');
  await expect(card).toContainText('Balance: €25.50');
  await expect(card.getByTestId('codes-left')).toHaveText('3 of 3 codes left');
  await card.getByRole('button', { name: 'Mark used: GIFT-2' }).click();
  await expect(card.getByTestId('codes-left')).toHaveText('2 of 3 codes left');
  await expect(card.getByText('GIFT-2')).toHaveCount(0);
  await popup.reload();
  await expect(popup.locator('li.card-row').getByTestId('codes-left')).toHaveText('2 of 3 codes left');

  await popup.getByRole('button', { name: 'Add loyalty card' }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Required.')).toHaveCount(3);
  await popup.getByLabel('Card name').fill('Bonus Club');
  await popup.getByLabel('Card number').fill('BC-991');
  await popup.getByLabel('Merchant').fill('Grocer');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('list', { name: 'Loyalty and discount cards' })).toContainText('Bonus Club · Grocer · BC-991');
  await popup.getByRole('button', { name: 'Edit: Bonus Club' }).click();
  await popup.getByLabel('Merchant').fill('Big Grocer');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('list', { name: 'Loyalty and discount cards' })).toContainText('Big Grocer');
  await popup.getByRole('button', { name: 'Delete: Bonus Club' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByRole('list', { name: 'Loyalty and discount cards' })).toHaveCount(0);
});

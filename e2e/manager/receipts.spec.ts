// Receipts: newest first, search, filters, chart, CSV export (the downloaded file's contents), add,
// edit and delete by hand, and a renamed card leaving old receipts as they were.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, sendFromPage, test, TEST_CARD } from '../fixtures';
import { openManager, put, shot, tab } from './helpers';

async function seed(popup: Page) {
  const cardId = await put(popup, 'card', TEST_CARD);
  const otherId = await put(popup, 'card', { ...TEST_CARD, number: '5555555555554444', nickname: 'Work' });
  const profileId = await put(popup, 'profile', { name: 'Home', cardId });
  const r = (merchant: string, date: string, amount: number, extra: object = {}) => ({
    kind: 'receipt',
    data: { merchant, site: `https://${merchant.toLowerCase().replace(/\W+/g, '')}.example`, date: `${date}T10:00:00.000Z`, amount, currency: 'EUR', ...extra },
  });
  const visa = { cardId, cardLabel: 'Visa', cardLast4: '4242' };
  const res = await sendFromPage<{ ok: boolean }>(popup, {
    type: 'items.putMany',
    items: [
      r('Librairie Dupont', '2026-01-15', 1250, { ...visa, orderNumber: 'LD-1001', profileId, profileName: 'Home' }),
      r('Gadget Hub', '2026-02-03', 9999, { ...visa, orderNumber: 'GH-77', note: 'Headphones, "noise cancelling"' }),
      r('Gadget Hub', '2026-03-09', 2500, { cardId: otherId, cardLabel: 'Work', cardLast4: '4444', orderNumber: 'GH-81' }),
      r('Fleuriste', '2026-03-21', 4000, { ...visa, profileId, profileName: 'Home' }),
    ],
  });
  expect(res.ok).toBe(true);
  await popup.reload();
  return { cardId };
}

test('receipts: newest first, searched, filtered by card, profile and month, and exported as CSV', async ({ popup }) => {
  await openManager(popup);
  await seed(popup);
  await tab(popup, 'Receipts');
  const list = popup.getByRole('list', { name: 'Receipts' });
  await expect(popup.getByTestId('receipt-count')).toHaveText('4 of 4 receipts');
  await expect(list.getByRole('listitem').locator('strong')).toHaveText(['Fleuriste', 'Gadget Hub', 'Gadget Hub', 'Librairie Dupont']);
  await expect(popup.locator('figure.chart')).toContainText('Spending per month (EUR)');
  await expect(popup.locator('figure.chart g[data-month="2026-03"]')).toHaveAttribute('data-total', '6500');
  await shot(popup, 'en-receipts');

  await popup.getByLabel('Search by merchant or order number').fill('gadget');
  await expect(popup.getByTestId('receipt-count')).toHaveText('2 of 4 receipts');
  await popup.getByLabel('Search by merchant or order number').fill('LD-1001');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Librairie Dupont');
  await popup.getByLabel('Search by merchant or order number').fill('');

  await popup.getByLabel('Card', { exact: true }).selectOption({ label: 'Work •••• 4444' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('#GH-81');
  await popup.getByLabel('Card', { exact: true }).selectOption('');
  await popup.getByLabel('Profile', { exact: true }).selectOption({ label: 'Home' });
  await expect(popup.getByTestId('receipt-count')).toHaveText('2 of 4 receipts');
  await popup.getByLabel('Profile', { exact: true }).selectOption('');
  await popup.getByLabel('Month', { exact: true }).selectOption({ label: 'March 2026' });
  await expect(popup.getByTestId('receipt-count')).toHaveText('2 of 4 receipts');
  await popup.getByLabel('Search by merchant or order number').fill('gadget');
  await expect(popup.getByTestId('receipt-count')).toHaveText('1 of 4 receipts');
  await popup.getByLabel('Month', { exact: true }).selectOption('');

  // Export what the filters show: the two Gadget Hub receipts, with quoting where needed, in the
  // wallet's one receipts format (the same as Settings → Export receipts; the import reads it back).
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('receipts.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')).toEqual([
    'Date,Merchant,Site,Amount,Currency,Card,Card last 4,Profile,Order number,Note,Needs review',
    '2026-03-09T10:00:00.000Z,Gadget Hub,https://gadgethub.example,25.00,EUR,Work,4444,,GH-81,,',
    '2026-02-03T10:00:00.000Z,Gadget Hub,https://gadgethub.example,99.99,EUR,Visa,4242,,GH-77,"Headphones, ""noise cancelling""",',
    '',
  ]);
  const settingsExport = await sendFromPage<{ value: { csv: string } }>(popup, { type: 'export.csv', kind: 'receipt' });
  for (const line of csv.split('\r\n').slice(0, 3)) expect(settingsExport.value.csv).toContain(line);
});

test('receipts added, edited and deleted by hand; renaming or deleting a card leaves its receipts as they were', async ({ popup }) => {
  await openManager(popup);
  await seed(popup);
  await tab(popup, 'Receipts');
  await popup.getByRole('button', { name: 'Add receipt' }).click();
  await popup.getByLabel('Amount').fill('12.345');
  await expect(popup.getByText('Not an amount, e.g. 12.50.')).toBeVisible();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Required.')).toBeVisible();
  await popup.getByLabel('Merchant').fill('Corner Café');
  await popup.getByLabel('Amount').fill('7.20');
  await popup.getByLabel('Date').fill('2026-04-02');
  await popup.getByLabel('Payment card').selectOption({ label: 'Visa •••• 4242, 08/29' });
  await popup.getByLabel('Order number').fill('CC-5');
  await popup.getByRole('button', { name: 'Save' }).click();
  const list = popup.getByRole('list', { name: 'Receipts' });
  const cafe = list.getByRole('listitem').filter({ hasText: 'Corner Café' });
  await expect(cafe).toContainText('€7.20 · Visa •••• 4242 · #CC-5');
  await expect(list.getByRole('listitem').first()).toContainText('Corner Café');

  await popup.getByRole('button', { name: 'Edit: Corner Café 2026-04-02' }).click();
  await expect(popup.getByLabel('Merchant')).toHaveValue('Corner Café');
  await popup.getByLabel('Note').fill('Team coffee');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(cafe).toContainText('Team coffee');

  // Rename the card: receipts keep the name they were paid under.
  await tab(popup, 'Cards');
  await popup.getByRole('button', { name: 'Edit: Visa •••• 4242, 08/29' }).click();
  await popup.getByLabel('Nickname').fill('Renamed');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('listitem').filter({ hasText: 'Renamed •••• 4242' })).toBeVisible();
  await popup.getByRole('button', { name: 'Delete: Work •••• 4444, 08/29' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await popup.reload();
  await tab(popup, 'Receipts');
  await expect(popup.getByTestId('receipt-count')).toHaveText('5 of 5 receipts');
  await expect(list).toContainText('Visa •••• 4242 · #CC-5');
  await expect(list).toContainText('Work •••• 4444 · #GH-81');
  await expect(list).not.toContainText('Renamed');

  await popup.getByRole('button', { name: 'Delete: Corner Café 2026-04-02' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByTestId('receipt-count')).toHaveText('4 of 4 receipts');
  await popup.reload();
  await tab(popup, 'Receipts');
  await expect(popup.getByTestId('receipt-count')).toHaveText('4 of 4 receipts');
});

// Receipts recorded at checkout: buy on the demo shop with the wallet (filled through the inline
// menu as a user, then "Place order"), and find the receipt in the popup's receipts tab with the
// amount and currency read from the page and the order number the confirmation page showed.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, PASSWORD, sendFromPage, serviceWorker, stopServiceWorker, test, unlockWallet, workerStopper } from './fixtures';
import { choose, CN_ADDRESS, expectValues, FR_ADDRESS, openMenu, seedWallet } from './fill-helpers';

/** The receipts tab's rows as a user reads them (reopened each time: receipts load when the tab opens). */
async function receiptRows(popup: Page): Promise<string[]> {
  await popup.reload();
  await popup.getByRole('tab', { name: 'Receipts' }).click();
  await popup.getByTestId('receipt-count').waitFor();
  return popup.getByRole('list', { name: 'Receipts' }).getByRole('listitem').allInnerTexts();
}

/** What the confirmation page shows after "Order": "#K7Q2-4816". */
async function orderNumberShown(page: Page): Promise<string> {
  await page.waitForURL(/confirmation\.html/);
  const text = page.locator('#order-number');
  await expect(text).toHaveText(/^#[A-Z0-9]{4}-\d{4}$/);
  return (await text.innerText()).slice(1);
}

test('buying with the wallet records a receipt: shop, amount and currency from the page, card, profile and order number', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html?item=tote`);
  await expect(page.locator('#order-total')).toHaveText('$24.00');
  const menu = await openMenu(page, page.getByLabel('Full name'));
  await menu.getByRole('option', { name: /Home/ }).click();
  // A quick shopper: the order goes as soon as the card number shows, while the wallet may still be
  // finishing the fill (a second pass follows a country it set).
  await expectValues(page, { 'cc-number': '4242424242424242', country: 'US' });
  await page.getByRole('button', { name: 'Place order' }).click();
  const order = await orderNumberShown(page);

  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
  const [row] = await receiptRows(popup);
  expect(row).toContain('Demo Shop');
  expect(row).toContain('$24.00');
  expect(row).toContain('Visa •••• 4242');
  expect(row).toContain('Home');
  expect(row).not.toContain('To complete');
});

test('a page whose total cannot be read still gets a receipt, marked for the user to complete', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/card-boxes.html`);
  await choose(page, page.getByLabel('Name on card'), /Home/);
  await page.getByRole('button', { name: 'Place order' }).click();
  const order = await orderNumberShown(page);

  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
  const [row] = await receiptRows(popup);
  expect(row).toContain('To complete');
  expect(row).toContain('Amount missing');
  expect(row).toContain('Visa •••• 4242');
});

test('a French page: "Montant total TTC 1 234,56 €" is read as 1,234.56 EUR', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: FR_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/paiement.html`);
  await choose(page, page.getByLabel('Titulaire de la carte'), /Home/);
  await page.getByRole('button', { name: 'Valider la commande' }).click();
  const order = await orderNumberShown(page);

  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
  const [row] = await receiptRows(popup);
  expect(row).toContain('€1,234.56');
  expect(row).toContain('Boutique démo');
});

test('a Chinese page: "合计 ¥1,234.00" is read as yuan (¥ follows the page language)', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: CN_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/zh-checkout.html`);
  await choose(page, page.getByLabel('姓', { exact: true }), /Home/);
  await page.getByRole('button', { name: '提交订单' }).click();
  const order = await orderNumberShown(page);

  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
  const [row] = await receiptRows(popup);
  expect(row).toContain('CN¥1,234.00');
  expect(row).toContain('演示商店');
});

test('only checkouts the wallet filled: an order typed by hand records nothing, the next one filled by the wallet does', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html?item=mug`);
  await page.bringToFront();
  await page.getByLabel('Full name').click();
  await page.getByLabel('Full name').pressSequentially('Grace Hopper');
  await page.getByLabel('Card number').fill('4111111111111111');
  await page.getByRole('button', { name: 'Place order' }).click();
  await orderNumberShown(page);

  await page.goto(`${shopURL}/checkout.html?item=tote`);
  await choose(page, page.getByLabel('Full name'), /Home/);
  await page.getByRole('button', { name: 'Place order' }).click();
  const order = await orderNumberShown(page);
  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
  expect((await receiptRows(popup))[0]).toContain('$24.00');
});

test('single-page checkout: "Pay now" (no form) then the fields go away: a receipt with the total due', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/spa-checkout.html`);
  await choose(page, page.getByLabel('Full name'), /Home/);
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByText('Thank you! Your payment went through.')).toBeVisible();
  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining('$45.50')]);
  expect((await receiptRows(popup))[0]).toContain('Visa •••• 4242');
});

/**
 * Fills the demo checkout from the wallet, locks it, places the order and waits until the pending
 * receipt (held in the worker's session memory while locked) has the order number. Returns the page and it.
 */
async function orderPlacedWhileLocked(wallet: BrowserContext, popup: Page, shopURL: string): Promise<{ page: Page; order: string }> {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html?item=socks`);
  await choose(page, page.getByLabel('Full name'), /Home/);
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Lock now' }).click();
  await page.bringToFront();
  await page.getByRole('button', { name: 'Place order' }).click();
  const order = await orderNumberShown(page);
  await expect.poll(() => pendingReceipts(wallet), { timeout: 20_000 }).toContain(order);
  return { page, order };
}

/** The receipts held pending in the worker's session memory, as text. */
async function pendingReceipts(wallet: BrowserContext): Promise<string> {
  return JSON.stringify(await (await serviceWorker(wallet)).evaluate(() => (globalThis as any).chrome.storage.session.get('receipts')));
}

test('locked between the fill and the order: the receipt waits in session memory, survives a worker restart and is written at unlock', async ({ wallet, popup, shopURL, extensionId }) => {
  const { page, order } = await orderPlacedWhileLocked(wallet, popup, shopURL);
  await stopServiceWorker(wallet, page, extensionId);

  await popup.bringToFront();
  await popup.reload();
  await unlockWallet(popup);
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
  expect((await receiptRows(popup))[0]).toContain('$12.00');
});

test('the worker stopped while a pending receipt is written at unlock: the vault opens and holds it once or not yet, never damaged or twice', async ({ wallet, popup, shopURL, extensionId }) => {
  // Locked: the receipt is held pending in session memory until the next unlock.
  const { order } = await orderPlacedWhileLocked(wallet, popup, shopURL);

  // Unlock, and stop the worker the moment the unlock has put the key in session memory: the
  // receipt write starts right then. Polled from inside the page, with no test-runner round trip.
  const stop = await workerStopper(wallet, popup, extensionId);
  const polls = await popup.evaluate(async (password) => {
    const c = (globalThis as any).chrome;
    c.runtime.sendMessage({ type: 'vault.unlock', password }).catch(() => {}); // its answer may never come
    for (let i = 1; i < 200_000; i++) if ((await c.storage.session.get('dataKey')).dataKey) return i;
    return -1;
  }, PASSWORD);
  await stop();
  expect(polls, 'the unlock reached the point of writing').toBeGreaterThan(0);

  // A fresh worker: the vault opens (every item readable) and holds the receipt once, or not yet.
  type Listed = { ok: boolean; value: { kind: string; damaged: boolean; data?: { orderNumber?: string; amount?: number; currency?: string } }[] };
  const receipts = async () => {
    const all = await sendFromPage<Listed>(popup, { type: 'items.list' });
    expect(all.ok).toBe(true);
    expect(all.value.filter((i) => i.damaged)).toEqual([]);
    return all.value.filter((i) => i.kind === 'receipt');
  };
  const status = await sendFromPage<{ value: { state: string } }>(popup, { type: 'vault.status' });
  if (status.value.state !== 'unlocked') await sendFromPage(popup, { type: 'vault.unlock', password: PASSWORD });
  const first = await receipts();
  expect(first.length).toBeLessThanOrEqual(1);
  test.info().annotations.push({ type: 'after the stop', description: first.length ? 'written' : 'still pending' });
  if (!first.length) expect(await pendingReceipts(wallet)).toContain(order); // not lost: still pending

  // The next unlock writes what is still pending, under the same id: one receipt, whole.
  expect(await sendFromPage(popup, { type: 'vault.lock' })).toMatchObject({ ok: true });
  expect(await sendFromPage(popup, { type: 'vault.unlock', password: PASSWORD })).toMatchObject({ ok: true });
  const after = await receipts();
  expect(after).toHaveLength(1);
  expect(after[0]!.data).toMatchObject({ orderNumber: order, amount: 1200, currency: 'USD' });
  await expect.poll(() => pendingReceipts(wallet)).not.toContain(order);
  await popup.bringToFront();
  await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toEqual([expect.stringContaining(`#${order}`)]);
});

test("hosted card fields whose provider's own button pays: the receipt names the shop, not the provider", async ({ wallet, popup, shopURL, providerURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/hosted.html?pay&frame=${encodeURIComponent(providerURL)}`);
  const provider = page.frameLocator('#card-frame');
  await provider.getByLabel('Card number').waitFor();
  await choose(page, page.getByLabel('Name on card'), /Home/);
  await expect(provider.getByLabel('Card number')).toHaveValue('4242424242424242');
  await provider.getByRole('button', { name: 'Pay $18.50' }).click(); // the provider's frame submits, not the shop
  await expect(provider.getByText('Paid.')).toBeVisible();
  await popup.bringToFront();
  const rows = await expect.poll(() => receiptRows(popup), { timeout: 20_000 }).toHaveLength(1).then(() => receiptRows(popup));
  expect(rows[0]).toContain(new URL(shopURL).hostname);
  expect(rows[0]).not.toContain(new URL(providerURL).hostname);
  expect(rows[0]).toContain('Visa •••• 4242');
});

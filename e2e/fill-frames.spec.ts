// Hosted card fields: the card number, expiry and CVC live in a frame of another origin. A fill
// started on the top page reaches that frame (visible, in the form), never a hidden or sandboxed one.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badgeOf, choose, expectValues, menuHostBox, openMenu, seedWallet, valuesOf } from './fill-helpers';
import { startDemoServer } from '../scripts/demo-server.mjs';

const frameNamed = (page: Page, id: string) => page.frames().find((f) => f.url().endsWith(`hosted-card.html?${id}`))!;

/** The demo's hosted-card checkout, its card frames served from another origin, with a seeded wallet. */
async function onHostedCheckout(wallet: BrowserContext, popup: Page, fn: (page: Page) => Promise<void>): Promise<void> {
  const { server, url, otherURL } = await startDemoServer();
  try {
    await seedWallet(popup);
    const page = await wallet.newPage();
    await page.goto(`${url}/hosted.html?frame=${encodeURIComponent(otherURL)}`);
    await fn(page);
  } finally {
    await new Promise((r) => server.close(r));
  }
}

test('hosted card fields in a cross-origin frame are filled; hidden and sandboxed frames stay empty', async ({ wallet, popup }) => {
  await onHostedCheckout(wallet, popup, async (page) => {
    const card = page.frameLocator('#card-frame');
    await card.getByLabel('Card number').waitFor();
    // The badge counts the tab: the page's 6 fields and the card frame's 3, not the hidden or sandboxed frame's.
    await expect.poll(() => badgeOf(wallet, page)).toBe('9');
    await choose(page, page.getByLabel('Name on card'), /Home/);
    await expectValues(page, { 'cc-name': 'Ada Lovelace', name: 'Ada Lovelace', addr1: '12 Analytical Street, Suite 3', email: 'ada@example.com' });
    await expectValues(frameNamed(page, 'card-frame'), { number: '4242424242424242', expiry: '08 / 29', cvc: '123' });
    for (const id of ['hidden-frame', 'sandboxed-frame']) {
      expect(await valuesOf(frameNamed(page, id), ['number', 'expiry', 'cvc'])).toEqual({ number: '', expiry: '', cvc: '' });
    }
    // Shown, the hidden frame's fields count too.
    await page.evaluate(() => (document.getElementById('hidden-frame')!.style.display = 'block'));
    await expect.poll(() => badgeOf(wallet, page)).toBe('12');
  });
});

test('in a short hosted card frame the menu fits the frame and fills it, and the shop page that moved on with pushState', async ({ wallet, popup }) => {
  await onHostedCheckout(wallet, popup, async (page) => {
    await page.evaluate(() => history.pushState({}, '', '?step=payment'));
    const number = page.frameLocator('#card-frame').getByLabel('Card number');
    await number.waitFor();
    const card = frameNamed(page, 'card-frame');
    const menu = await openMenu(page, number, card);
    const box = (await menuHostBox(card))!;
    expect(box.top >= 0 && box.left >= 0 && box.bottom <= box.viewport.height && box.right <= box.viewport.width).toBe(true); // all of it shows
    await menu.getByRole('option', { name: /Home/ }).click();
    await expectValues(card, { number: '4242424242424242', expiry: '08 / 29', cvc: '123' });
    await expectValues(page, { 'cc-name': 'Ada Lovelace', name: 'Ada Lovelace', addr1: '12 Analytical Street, Suite 3', email: 'ada@example.com' });
  });
});

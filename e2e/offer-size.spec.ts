// The save offer's frame takes the height of what it shows, as the inline menu does: the offer page
// measures itself, the background relays the height (with the token) to the top page, which clamps
// it (40–400 px, and within the window). A one-proposal offer is small; a long one scrolls inside.
import type { Frame, Page } from '@playwright/test';
import { createWallet, expect, serviceWorker, test } from './fixtures';
import { offerShown, typeIntoField } from './offer-helpers';

const MAX_HEIGHT = 400;

/** The offer host's height on the page (the popover div the wallet adds to the document). */
const hostHeight = (page: Page) => page.evaluate(() => [...document.querySelectorAll(':root > div[popover]')].at(-1)?.getBoundingClientRect().height ?? 0);
/** What the offer page shows: the height its content wants (with the border) and whether it scrolls. */
const content = (frame: Frame) =>
  frame.evaluate(() => ({ height: Math.ceil(document.getElementById('offer')!.getBoundingClientRect().height) + 2, scrolls: document.body.scrollHeight > document.body.clientHeight }));

/** A random Luhn-valid Visa number. */
function cardNumber(): string {
  const digits = [4, ...Array.from({ length: 14 }, () => Math.floor(Math.random() * 10))];
  const sum = digits.slice().reverse().reduce((acc, d, i) => acc + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return [...digits, (10 - (sum % 10)) % 10].join('');
}

test('a one-proposal offer is as small as what it shows', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/one-page.html`);
  await typeIntoField(page.getByLabel('Name on card'), 'Grace Hopper', true);
  await typeIntoField(page.getByLabel('Card number'), '5555 5555 5555 4444', true);
  await typeIntoField(page.getByLabel('Expiry (MM/YY)'), '11/31', true);
  await page.getByRole('button', { name: 'Pay now' }).click();
  const frame = await offerShown(page);
  await expect(frame.getByRole('listitem')).toHaveCount(1);

  await expect.poll(async () => (await hostHeight(page)) === (await content(frame)).height, { message: 'the frame is as tall as its content' }).toBe(true);
  expect(await hostHeight(page)).toBeLessThan(160);
  expect((await content(frame)).scrolls).toBe(false);
  await expect(frame.getByRole('button', { name: 'Save' })).toBeInViewport();
});

test('an offer with many proposals stops at the maximum height and scrolls inside', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/one-page.html`);
  await page.bringToFront();
  // What a checkout with eighteen card sections would leave: the offer waiting for this tab in session
  // memory. The tab's next page (a reload) reports in and is shown it, as after any submit.
  const numbers = Array.from({ length: 18 }, cardNumber);
  const sw = await serviceWorker(wallet);
  await sw.evaluate(
    async ({ numbers, site }) => {
      const c = (globalThis as any).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      const id = 'a1'.repeat(24);
      const sections = numbers.map((n) => ({ kind: 'payment', values: { 'cc-name': 'Grace Hopper', 'cc-number': n, 'cc-exp': '11/31' } }));
      await c.storage.session.set({ pendingOffers: { [id]: { id, tabId: tab.id, site, expiresAt: Date.now() + 4 * 60_000, sections } } });
    },
    { numbers, site: new URL(shopURL).origin },
  );
  await page.reload();
  const frame = await offerShown(page);
  await expect(frame.getByRole('listitem')).toHaveCount(18);

  // At most 400 px, and never past the window (12 px margins).
  const limit = Math.min(MAX_HEIGHT, (await page.evaluate(() => innerHeight)) - 24);
  await expect.poll(() => hostHeight(page), { message: 'the frame stops at the maximum' }).toBe(limit);
  const shown = await content(frame);
  expect(shown.height).toBeGreaterThan(limit);
  expect(shown.scrolls).toBe(true);
  // The last proposal and the buttons are reached by scrolling inside the frame.
  const last = frame.getByRole('listitem').last();
  await expect(last).toContainText(`•••• ${numbers.at(-1)!.slice(-4)}`);
  await last.scrollIntoViewIfNeeded();
  await expect(frame.getByRole('button', { name: 'Save' })).toBeVisible();
});

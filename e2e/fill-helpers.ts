// Shared steps for the fill tests: a wallet holding one card, addresses, an identity and a profile
// tying them together; opening the inline menu by clicking a field as a user does; choosing in it.
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { createWallet, expect, sendFromPage, serviceWorker } from './fixtures';

export const CARD = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, csc: '123' };
export const CARD_LABEL = 'Visa •••• 4242, exp 08/29';
export const US_ADDRESS = {
  name: 'Ada Lovelace', street: '12 Analytical Street', line2: 'Suite 3', city: 'San Francisco', region: 'CA',
  postalCode: '94107', country: 'US', phone: '+1 415 555 0199', email: 'ada@example.com',
};
export const FR_ADDRESS = { name: 'Ada Lovelace', street: '12 rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR', phone: '+33 6 12 34 56 78', email: 'ada@example.fr' };
export const CN_ADDRESS = { name: '李雷', street: '建国路88号', city: '北京', region: '北京市', postalCode: '100022', country: 'CN', phone: '+86 138 0013 8000' };
export const JP_ADDRESS = {
  name: '山田 太郎', street: '千代田1-1', line2: 'デモビル101', city: '千代田区', region: '東京都', postalCode: '100-0001', country: 'JP', phone: '03-1234-5678',
};
export const NL_ADDRESS = { name: 'Sanne de Vries', street: 'Prinsengracht 263', line2: '2e verdieping', city: 'Amsterdam', postalCode: '1016 GV', country: 'NL' };
export const DE_ADDRESS = { name: 'Max Mustermann', street: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'DE', email: 'max@example.de' };
export const PT_BILLING = { name: 'Ana Silva', street: 'Avenida da Boavista 500', city: 'Porto', postalCode: '4100-111', country: 'PT' };
export const PT_SHIPPING = { name: 'Ana Silva', street: 'Rua Augusta 100', city: 'Lisboa', postalCode: '1100-053', country: 'PT' };
export const IDENTITY = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.com', phone: '+1 415 555 0199' };

async function put(popup: Page, kind: string, data: unknown): Promise<string> {
  const res = await sendFromPage<{ ok: boolean; value: { id: string } }>(popup, { type: 'items.put', item: { kind, data } });
  expect(res.ok).toBe(true);
  return res.value.id;
}

/**
 * Creates the wallet and saves the test items. `ask`: the "ask before filling cards" setting;
 * `shipping`: the profile's shipping address when it is not its billing `address`.
 */
export async function seedWallet(popup: Page, { ask = false, address = US_ADDRESS, shipping }: { ask?: boolean; address?: object; shipping?: object } = {}) {
  await createWallet(popup);
  const cardId = await put(popup, 'card', CARD);
  const addressId = await put(popup, 'address', address);
  const shippingId = shipping ? await put(popup, 'address', shipping) : addressId;
  const identityId = await put(popup, 'identity', IDENTITY);
  const profileId = await put(popup, 'profile', { name: 'Home', cardId, billingId: addressId, shippingId, identityId });
  await sendFromPage(popup, { type: 'settings.set', settings: { askBeforeFillingCards: ask, defaultProfileId: profileId } });
  return { cardId, addressId, identityId, profileId };
}

/** The inline menu's frame in `page` (an extension page inside a closed shadow root), or undefined; `except`: frames to pass over. */
export function menuFrame(page: Page, except?: Set<Frame>): Frame | undefined {
  return page.frames().find((f) => !except?.has(f) && !f.isDetached() && /^chrome-extension:\/\/[^/]+\/menu\.html/.test(f.url()));
}

/** The tallest the menu frame gets; past it the menu scrolls inside. */
export const MENU_MAX_HEIGHT = 320;
/** The menu host's height on the page (the popover div the wallet adds to the document). */
export const menuHostHeight = async (page: Page | Frame) => (await menuHostBox(page))?.height ?? 0;
/** The menu host's box in the viewport of `page` (the page, or the frame the menu shows in). */
export const menuHostBox = (page: Page | Frame) =>
  page.evaluate(() => {
    const r = document.querySelector(':root > div[popover]')?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, viewport: { width: innerWidth, height: innerHeight } } : null;
  });
/** What the menu page shows: the height its content wants (with the border) and whether it scrolls. */
export const menuContent = (frame: Frame) =>
  frame.evaluate(() => ({ height: Math.ceil(document.getElementById('menu')!.getBoundingClientRect().height) + 2, scrolls: document.body.scrollHeight > document.body.clientHeight }));

/**
 * Waits until the menu frame takes clicks: it ignores them for 500 ms after it shows a view or its
 * frame is resized (a menu above its field grows upwards, moving the entries). After the rendering
 * step that dispatches a resize, `data-ready` says the delay since the last one has passed.
 */
async function settledMenu(frame: Frame): Promise<void> {
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await frame.locator('body[data-ready]').waitFor();
}

/**
 * Clicks the field as a user and waits for the menu to take its content's height (in `shownIn`, a
 * frame the menu opens in, the page by default, no more than the room on the roomier side of the
 * field) and then to take clicks.
 */
export async function openMenu(page: Page, field: Locator, shownIn: Page | Frame = page): Promise<Frame> {
  await page.bringToFront();
  const before = new Set(page.frames()); // a menu already open closes on this click
  await field.click();
  await expect.poll(() => !!menuFrame(page, before), { message: 'the inline menu appears' }).toBe(true);
  const frame = menuFrame(page, before)!;
  const room = shownIn === page ? Infinity : await field.evaluate((el) => Math.max(innerHeight - el.getBoundingClientRect().bottom, el.getBoundingClientRect().top) - 4);
  const sized = async () => Math.abs((await menuHostHeight(shownIn)) - Math.min(MENU_MAX_HEIGHT, (await menuContent(frame)).height, room)) < 1;
  await expect.poll(sized, { message: 'the menu frame is as tall as its content', intervals: [20, 50, 100] }).toBe(true);
  await settledMenu(frame);
  return frame;
}

export async function choose(page: Page, field: Locator, entry: string | RegExp, shownIn: Page | Frame = page): Promise<void> {
  const frame = await openMenu(page, field, shownIn);
  const option = frame.getByRole('option', { name: entry });
  // On a loaded machine, Playwright's click into this frame (which removes itself after the fill) has
  // stayed at "performing click action" past the test's time, once in about a thousand runs: after
  // 20 s the menu still open is clicked again; a menu gone has taken the click (the callers check
  // what it filled).
  await option.click({ timeout: 20_000 }).catch(async () => {
    if (menuFrame(page)) await option.click();
  });
  await expect.poll(() => !!menuFrame(page), { message: 'the menu closes after the fill' }).toBe(false);
}

/** Every value of the form controls named in `expected`, read from the page. */
export async function valuesOf(page: Page | Frame, names: string[]): Promise<Record<string, string>> {
  return page.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, (document.querySelector(`[name="${n}"]`) as HTMLInputElement).value])), names);
}

export async function expectValues(page: Page | Frame, expected: Record<string, string>): Promise<void> {
  await expect.poll(() => valuesOf(page, Object.keys(expected))).toEqual(expected);
}

/** The toolbar badge text of `page`'s tab, read from the extension (the page is brought to the front:
 * without the tabs permission the wallet cannot see URLs, so the tab is found as the active one). */
export async function badgeOf(wallet: BrowserContext, page: Page): Promise<string> {
  await page.bringToFront();
  const sw = await serviceWorker(wallet);
  return sw.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return c.action.getBadgeText({ tabId: tab.id });
  });
}

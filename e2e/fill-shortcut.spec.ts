// The keyboard command "fill the focused form from the default profile" (Alt+Shift+F, the key the
// browser gives the extension at install), pressed as a key: the key event goes in through the
// DevTools protocol at the browser's input layer, where the browser looks up its own and extensions'
// shortcuts, as it does for a key from the keyboard.
//
// Found when writing this (Chromium 156, Linux, headless):
//  - Chromium would not give the extension the first suggestion, Alt+Shift+W, at install (it counts
//    it as a browser shortcut there); Alt+Shift+F it gives, so that is the suggested key.
//  - Playwright's keyboard.press() never triggers an extension command: it sends no native key code,
//    and on Linux the browser matches shortcuts on it. The key below carries one.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectValues, menuFrame, openMenu, seedWallet } from './fill-helpers';

/** Alt+Shift+F as the keyboard sends it: a raw key down with its native key code, then the key up. */
async function pressAltShiftF(wallet: BrowserContext, page: Page): Promise<void> {
  const cdp = await wallet.newCDPSession(page);
  const key = { modifiers: 1 | 8, key: 'F', code: 'KeyF', windowsVirtualKeyCode: 70, nativeVirtualKeyCode: 70 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
}

async function focusedCheckout(wallet: BrowserContext, shopURL: string): Promise<Page> {
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html`);
  // Focus a field as a user (the menu opens; Escape closes it and leaves the focus in the field).
  await openMenu(page, page.getByLabel('Full name'));
  await page.keyboard.press('Escape');
  await expect.poll(() => !!menuFrame(page)).toBe(false);
  await expect(page.getByLabel('Full name')).toBeFocused();
  return page;
}

test('Alt+Shift+F, as given at install, fills the focused checkout from the default profile', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await focusedCheckout(wallet, shopURL);
  await pressAltShiftF(wallet, page);
  await expectValues(page, {
    'cc-name': 'Ada Lovelace', 'cc-number': '4242424242424242', 'cc-exp': '08/29', 'cc-csc': '123',
    name: 'Ada Lovelace', address: '12 Analytical Street', city: 'San Francisco', zip: '94107', email: 'ada@example.com',
  });
});

test('with "ask before filling cards", the shortcut fills everything but the card number and CVC', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { ask: true });
  const page = await focusedCheckout(wallet, shopURL);
  await pressAltShiftF(wallet, page);
  await expectValues(page, { 'cc-name': 'Ada Lovelace', 'cc-exp': '08/29', name: 'Ada Lovelace', email: 'ada@example.com' });
  await expectValues(page, { 'cc-number': '', 'cc-csc': '' });
});

test('the shortcut fills from a field focused inside an open shadow root (demo/embedded.html)', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/embedded.html`);
  const holder = page.locator('card-fields').getByLabel('Name on card');
  await openMenu(page, holder);
  await page.keyboard.press('Escape');
  await expect.poll(() => !!menuFrame(page)).toBe(false);
  await expect(holder).toBeFocused();
  await pressAltShiftF(wallet, page);
  const shadow = () => page.evaluate(() => Object.fromEntries([...document.querySelector('card-fields')!.shadowRoot!.querySelectorAll('input')].map((i) => [i.name, i.value])));
  await expect.poll(shadow).toEqual({ holder: 'Ada Lovelace', pan: '4242424242424242', exp: '08/29', code: '123' });
});

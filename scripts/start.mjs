// `npm start`: builds the wallet, serves the demo shop on 127.0.0.1 and opens Chromium with the
// extension loaded on it. With no display it runs the same thing headless as a guided tour that
// prints each step and saves screenshots under demo-output/.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionWorker, launchWithExtension, ROOT } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const OUT = path.join(ROOT, 'demo-output');
const step = (n, text) => console.log(`[tour ${String(n).padStart(2)}] ${text}`);

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { server, url } = await startDemoServer(Number(process.env.PORT ?? 0));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-start-'));
const interactive = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.TOUR;

try {
  if (interactive) await openForUser();
  else await guidedTour();
} finally {
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

async function openForUser() {
  const context = await launchWithExtension(profile, { headless: false });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/`);
  console.log(`Demo shop: ${url}/ — the wallet's welcome tab asks for a master password first.`);
  console.log('Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
}

async function guidedTour() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const shot = async (page, name) => {
    const file = path.join(OUT, name);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`          screenshot: ${path.relative(ROOT, file)}`);
  };
  console.log('No display found: running the guided tour headless.');
  const context = await launchWithExtension(profile);
  try {
    const sw = await extensionWorker(context);
    const id = new URL(sw.url()).host;
    step(1, `Chromium started with the wallet loaded (extension id ${id}); demo shop at ${url}/`);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await shot(popup, '01-first-run.png');
    // A throwaway wallet: the password is random and never printed.
    const password = `tour-${crypto.randomBytes(9).toString('base64url')}`;
    await popup.getByLabel('Master password').fill(password);
    await popup.getByLabel('Type it again').fill(password);
    await popup.getByRole('button', { name: 'Create wallet' }).click();
    await popup.getByTestId('lock-state').filter({ hasText: 'Unlocked' }).waitFor();
    step(2, 'Created a throwaway wallet with a random master password: it is unlocked');
    // What the manager's forms save, sent the same way: a card, an address, an identity and a profile.
    const put = (kind, data) =>
      popup.evaluate(async ([k, d]) => (await chrome.runtime.sendMessage({ type: 'items.put', item: { kind: k, data: d } })).value.id, [kind, data]);
    const cardId = await put('card', { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, csc: '123', nickname: 'Visa' });
    const addressId = await put('address', {
      name: 'Ada Lovelace', street: '12 Analytical Row', city: 'London', postalCode: 'N1 9GU', country: 'GB', phone: '+44 20 7946 0958', email: 'ada@example.org',
    });
    const identityId = await put('identity', { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org' });
    const profileId = await put('profile', { name: 'Home', cardId, billingId: addressId, shippingId: addressId, identityId });
    // The tour fills the card without the extra password prompt; by default the wallet asks for it.
    await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'settings.set', settings: { defaultProfileId: id, askBeforeFillingCards: false } }), profileId);
    await popup.reload();
    await popup.getByText('•••• 4242').first().waitFor();
    step(3, 'Saved a card, an address, an identity and the profile "Home", each encrypted in the vault');
    await shot(popup, '02-wallet-unlocked.png');

    const shop = await context.newPage();
    await shop.goto(`${url}/`);
    step(4, 'Opened the demo shop');
    await shot(shop, '03-shop.png');
    await shop.getByRole('link', { name: 'Buy now' }).first().click();
    await shop.waitForURL(/checkout/);
    await shop.bringToFront();
    // Without the "tabs" permission tab URLs are hidden; the shop is the active tab now.
    const [checkoutTab] = await popup.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    let badge = '';
    for (let i = 0; i < 50 && !badge; i++) {
      badge = await popup.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), checkoutTab?.id);
      if (!badge) await new Promise((r) => setTimeout(r, 100));
    }
    step(5, `Checkout page: the wallet found ${badge || 'no'} fillable fields (toolbar badge "${badge}")`);
    await shot(shop, '04-checkout.png');

    await shop.getByLabel('Full name').click();
    let menu;
    for (let i = 0; i < 100 && !menu; i++) {
      menu = shop.frames().find((f) => /^chrome-extension:\/\/[^/]+\/menu\.html/.test(f.url()));
      if (!menu) await shop.waitForTimeout(50);
    }
    if (!menu) throw new Error('the inline menu did not appear');
    // The menu takes clicks 500 ms after it last showed a view or was resized to its content.
    await menu.locator('body[data-ready]').waitFor();
    const want = await menu.evaluate(() => Math.min(320, Math.ceil(document.getElementById('menu').getBoundingClientRect().height) + 2));
    await shop.waitForFunction((h) => Math.abs(document.querySelector(':root > div[popover]')?.getBoundingClientRect().height - h) < 1, want);
    await menu.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await menu.locator('body[data-ready]').waitFor();
    step(6, `Focused "Full name": the inline menu offers ${(await menu.getByRole('option').evaluateAll((els) => els.map((e) => `${e.firstChild.textContent} (${e.lastChild.textContent})`))).join(', ')}`);
    await shot(shop, '05-inline-menu.png');
    await menu.getByRole('option', { name: /Home/ }).click();
    await shop.waitForFunction(() => document.querySelector('[name="cc-number"]').value !== '');
    const filled = await shop.evaluate(() => [...document.querySelectorAll('#checkout input:not([type=hidden]), #checkout select')].filter((e) => e.value).length);
    step(7, `Chose the profile "Home": ${filled} fields filled (card, billing address, contact)`);
    await shot(shop, '06-checkout-filled.png');
    await shop.getByRole('button', { name: 'Place order' }).click();
    await shop.waitForURL(/confirmation/);
    step(8, `Order placed: ${await shop.locator('main').innerText().then((t) => t.replace(/\s+/g, ' ').trim())}`);
    await shot(shop, '07-confirmation.png');

    await popup.bringToFront();
    await popup.reload();
    await popup.getByRole('tab', { name: 'Receipts' }).click();
    const receipt = popup.getByRole('list', { name: 'Receipts' }).getByRole('listitem').first();
    await receipt.waitFor();
    step(9, `The purchase left a receipt in the wallet: ${(await receipt.innerText()).replace(/\s+/g, ' ').replace(/ Edit Delete$/, '').trim()}`);
    await shot(popup, '08-receipt.png');

    await popup.getByRole('button', { name: 'Lock now' }).click();
    await popup.getByTestId('lock-state').filter({ hasText: 'Locked' }).waitFor();
    step(10, 'Locked the wallet: the key is wiped from memory and session storage');
    await shot(popup, '09-locked.png');
    console.log(`Tour finished. Screenshots are in ${path.relative(process.cwd(), OUT) || OUT}/`);
  } finally {
    await context.close();
  }
}

// The save/update offer after a purchase (issue #7): a card and address typed by hand on the demo
// shop are offered for saving on the next page, in an extension frame, and on the toolbar badge;
// nothing is stored without "Save"; changed items are offered as updates, identical ones not at all;
// "Never for this site" sticks; with the wallet locked the offer waits (in memory only) for the
// unlock, and its expiry alarm wipes it; search, login and newsletter forms are never captured.
import type { Locator, Page } from '@playwright/test';
import { createWallet, expect, PASSWORD, sendFromPage, serviceWorker, test } from './fixtures';
import { badgeOf, seedWallet } from './fill-helpers';
import { offerFrame, offerShown, typeIntoField } from './offer-helpers';

const NEW_CARD = { name: 'Grace Hopper', number: '5555 5555 5555 4444', exp: '11/31' };
const ADDRESS = { name: 'Grace Hopper', street: '1 Compiler Way', line2: '', city: 'Arlington', zip: '22201', country: 'US', email: 'grace@example.com', phone: '+1 703 555 0100' };

/** Buys on the demo checkout with everything typed by hand, then waits for the confirmation page. */
async function buyByHand(page: Page, shopURL: string, card = NEW_CARD, address = ADDRESS, menu = true): Promise<void> {
  await page.goto(`${shopURL}/checkout.html?item=mug`);
  await page.bringToFront();
  const typeInto = (field: Locator, text: string) => typeIntoField(field, text, menu);
  await typeInto(page.getByLabel('Name on card'), card.name);
  await typeInto(page.getByLabel('Card number'), card.number);
  await typeInto(page.getByLabel('Expiry (MM/YY)'), card.exp);
  await typeInto(page.getByLabel('Security code'), '321');
  await typeInto(page.getByLabel('Full name'), address.name);
  await typeInto(page.getByLabel('Street address'), address.street);
  await typeInto(page.getByLabel('Apartment, suite (optional)'), address.line2);
  await typeInto(page.getByLabel('City'), address.city);
  await typeInto(page.getByLabel('Postal code'), address.zip);
  await page.getByLabel('Country').selectOption(address.country);
  await typeInto(page.getByLabel('Email'), address.email);
  await typeInto(page.getByLabel('Phone'), address.phone);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/confirmation\.html/);
}

const offersWaiting = async (popup: Page) => ((await sendFromPage<{ ok: boolean; value: unknown[] }>(popup, { type: 'offers.list' })).value ?? []).length;

/** What the user sees in the popup's lists (reopened so the popup reads the vault again). */
async function cardsInPopup(popup: Page): Promise<string> {
  await popup.reload();
  await popup.getByRole('tab', { name: 'Cards' }).waitFor();
  return popup.getByRole('tabpanel').innerText();
}
async function addressesInPopup(popup: Page): Promise<string[]> {
  await popup.reload();
  await popup.getByRole('tab', { name: 'Addresses' }).click();
  // The tab's code loads on first use: read the list once it is there (empty or not), not the "Loading…" before it.
  const list = popup.getByRole('list', { name: 'Addresses' });
  await list.waitFor({ state: 'attached' });
  return list.getByRole('listitem').allInnerTexts();
}

test('a new card typed by hand is offered on the next page and saved by "Save"', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await buyByHand(page, shopURL);

  const frame = await offerShown(page);
  await expect(frame.getByRole('heading')).toContainText('127.0.0.1');
  await expect(frame.getByText('New card: Mastercard •••• 4444, exp 11/31')).toBeVisible();
  await expect(frame.getByText('New address: Grace Hopper, Arlington')).toBeVisible();
  expect(await badgeOf(wallet, page)).toBe('+');
  // Nothing is stored before the user says yes.
  expect(await cardsInPopup(popup)).not.toContain('4444');

  await page.bringToFront();
  await frame.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => !!offerFrame(page), { message: 'the offer goes away once answered' }).toBe(false);
  await expect.poll(() => cardsInPopup(popup)).toContain('•••• 4444');
  await expect.poll(() => addressesInPopup(popup)).toEqual([expect.stringContaining('1 Compiler Way, 22201 Arlington')]);
  const stored = await sendFromPage<{ value: { kind: string; data: Record<string, unknown> }[] }>(popup, { type: 'items.list', kinds: ['card'] });
  expect(stored.value[0]!.data).toMatchObject({ number: '5555555555554444', holder: 'Grace Hopper', expMonth: 11, expYear: 2031 });
  expect(stored.value[0]!.data.csc).toBeUndefined();
  expect(await badgeOf(wallet, page)).not.toBe('+');
});

test('the offer is also answered from the popup, which takes it out of the page', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await buyByHand(page, shopURL);
  await offerShown(page);

  await popup.bringToFront();
  await popup.reload();
  const offer = popup.getByRole('region', { name: 'Save what you typed on 127.0.0.1' });
  await expect(offer.getByRole('listitem')).toHaveText(['New card: Mastercard •••• 4444, exp 11/31', 'New address: Grace Hopper, Arlington']);
  await offer.getByRole('checkbox').nth(1).uncheck(); // the card only
  await offer.getByRole('button', { name: 'Save' }).click();
  await expect(offer).toHaveCount(0);
  await expect(popup.getByRole('tabpanel')).toContainText('•••• 4444');
  expect(await addressesInPopup(popup)).toEqual([]);
  await expect.poll(() => !!offerFrame(page), { message: 'the frame leaves the page' }).toBe(false);
});

test('a changed address is offered as an update and updated; identical card and address are not offered', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup); // Visa 4242 and Ada Lovelace, 12 Analytical Street, Suite 3, 94107 San Francisco
  const page = await wallet.newPage();
  const card = { name: 'Ada Lovelace', number: '4242424242424242', exp: '08/29' };
  const same = { name: 'Ada Lovelace', street: '12 Analytical Street', line2: 'Suite 3', city: 'San Francisco', zip: '94107', country: 'US', email: 'ada@example.com', phone: '+1 415 555 0199' };

  // Identical: no offer. The page gets time to show one; then the changed purchase proves the path works.
  await buyByHand(page, shopURL, card, same);
  await page.waitForTimeout(2000);
  expect(offerFrame(page)).toBeUndefined();
  expect(await offersWaiting(popup)).toBe(0);

  await buyByHand(page, shopURL, card, { ...same, name: 'Ada King', line2: 'Suite 9' });
  const frame = await offerShown(page);
  await expect(frame.getByRole('listitem')).toHaveText(['Update address: Ada King, San Francisco (name, address line 2)']);
  await page.bringToFront();
  await frame.getByRole('button', { name: 'Update' }).click();
  await expect.poll(() => addressesInPopup(popup)).toEqual([expect.stringContaining('Ada King')]);
  const stored = await sendFromPage<{ value: { data: Record<string, unknown> }[] }>(popup, { type: 'items.list', kinds: ['address'] });
  expect(stored.value).toHaveLength(1);
  expect(stored.value[0]!.data).toMatchObject({ name: 'Ada King', line2: 'Suite 9', street: '12 Analytical Street' });
});

test('"Never for this site" adds the site to the excluded sites and the next purchase offers nothing', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await buyByHand(page, shopURL);
  const frame = await offerShown(page);
  await frame.getByRole('button', { name: 'Never for this site' }).click();
  await expect.poll(() => !!offerFrame(page)).toBe(false);

  await popup.reload();
  await popup.getByRole('tab', { name: 'Settings' }).click();
  await expect(popup.getByRole('list', { name: 'Sites excluded from offers' })).toContainText(new URL(shopURL).origin);

  // The site is excluded: no inline menu opens either.
  await buyByHand(page, shopURL, { name: 'Alan Turing', number: '4000 0566 5566 5556', exp: '02/30' }, ADDRESS, false);
  await page.waitForTimeout(2000);
  expect(offerFrame(page)).toBeUndefined();
  expect(await offersWaiting(popup)).toBe(0);
  expect(await cardsInPopup(popup)).not.toContain('4444');
});

test('locked wallet: the offer waits for the unlock in the page, then is answerable', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  await popup.getByRole('button', { name: 'Lock now' }).click();
  const page = await wallet.newPage();
  await buyByHand(page, shopURL);

  const frame = await offerShown(page);
  await expect(frame.getByLabel('Master password, to see what to save')).toBeVisible();
  await expect(frame.getByText('New card')).toHaveCount(0); // nothing is compared or shown before the unlock
  await popup.reload();
  await expect(popup.getByText('Unlock to answer: save what you typed on 127.0.0.1')).toBeVisible();

  await page.bringToFront();
  await frame.getByLabel('Master password, to see what to save').fill(PASSWORD);
  await frame.getByRole('button', { name: 'Unlock' }).click();
  await expect(frame.getByText('New card: Mastercard •••• 4444, exp 11/31')).toBeVisible();
  await frame.locator('body[data-ready]').waitFor();
  await frame.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => cardsInPopup(popup)).toContain('•••• 4444');
});

test('locked wallet: the offer is wiped when its 5-minute alarm fires (fired early through chrome.alarms)', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  await popup.getByRole('button', { name: 'Lock now' }).click();
  const page = await wallet.newPage();
  const before = Date.now();
  await buyByHand(page, shopURL);
  await offerShown(page);

  const sw = await serviceWorker(wallet);
  const alarms = await sw.evaluate(() => (globalThis as any).chrome.alarms.getAll() as Promise<{ name: string; scheduledTime: number }[]>);
  const expiry = alarms.find((a) => a.name.startsWith('wallet-offer-expiry:'));
  expect(expiry, 'an expiry alarm is armed').toBeDefined();
  expect(expiry!.scheduledTime).toBeGreaterThanOrEqual(before + 5 * 60_000 - 1000);
  expect(expiry!.scheduledTime).toBeLessThanOrEqual(Date.now() + 5 * 60_000 + 1000);

  // Re-arm the same alarm to fire now: the browser fires it and the wallet's own listener runs.
  await sw.evaluate((name) => (globalThis as any).chrome.alarms.create(name, { when: Date.now() }), expiry!.name);
  await expect.poll(() => !!offerFrame(page), { message: 'the offer leaves the page', timeout: 15_000 }).toBe(false);
  expect(await offersWaiting(popup)).toBe(0);
  expect(await badgeOf(wallet, page)).not.toBe('+');

  // After the unlock there is nothing left to answer, and nothing was stored.
  await popup.reload();
  await popup.getByLabel('Master password').fill(PASSWORD);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
  expect(await offersWaiting(popup)).toBe(0);
  await expect(popup.getByText('Save what you typed on')).toHaveCount(0);
  expect(await cardsInPopup(popup)).not.toContain('4444');
});

test('a single-page checkout that swaps its fields away gets the offer on the same page', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/one-page.html`);
  await typeIntoField(page.getByLabel('Name on card'), 'Grace Hopper', true);
  await typeIntoField(page.getByLabel('Card number'), '5555-5555-5555-4444', true);
  await typeIntoField(page.getByLabel('Expiry (MM/YY)'), '11/31', true);
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByText('Thank you!')).toBeVisible();
  const frame = await offerShown(page);
  expect(page.url()).toContain('one-page.html');
  await expect(frame.getByRole('listitem')).toHaveText(['New card: Mastercard •••• 4444, exp 11/31']);
  await frame.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => cardsInPopup(popup)).toContain('•••• 4444');
});

test('search, login and newsletter forms are never captured', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  // The e-mail boxes get the inline menu (with nothing to fill in an empty wallet): the user
  // dismisses it before typing, so it cannot cover the button when it opens late.
  for (const [field, text, button, menu] of [
    ['Search the shop', 'tote bag', 'Search', false],
    ['Email', 'grace@example.com', 'Sign in', true],
    ['Your email', 'grace@example.com', 'Subscribe', true],
  ] as const) {
    await page.goto(`${shopURL}/account.html`);
    await typeIntoField(page.getByLabel(field, { exact: true }), text, menu);
    if (button === 'Sign in') await typeIntoField(page.getByLabel('Password'), 'hunter2-hunter2');
    await page.getByRole('button', { name: button }).click();
    await page.waitForURL(/index\.html/);
    await page.waitForTimeout(1000);
    expect(offerFrame(page), `${button}: no offer`).toBeUndefined();
    expect(await offersWaiting(popup), `${button}: nothing waiting`).toBe(0);
  }
});

test('a card typed into a payment provider\'s frame (hosted card fields, another origin) is offered for the shop; "Never" excludes the shop', async ({ wallet, popup, shopURL, providerURL }) => {
  await createWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/hosted.html?pay&frame=${encodeURIComponent(providerURL)}`);
  await page.bringToFront();
  const provider = page.frameLocator('#card-frame');
  await typeIntoField(provider.getByLabel('Card number'), '5555 5555 5555 4444', true);
  await typeIntoField(provider.getByLabel('Expiry'), '11/31', true);
  await provider.getByRole('button', { name: 'Pay $18.50' }).click(); // the provider's own button: its frame submits
  await expect(provider.getByText('Paid.')).toBeVisible();

  const shop = new URL(shopURL);
  const frame = await offerShown(page);
  await expect(frame.getByRole('heading')).toHaveText(`Save what you typed on ${shop.host}?`);
  await expect(frame.getByText('New card: Mastercard •••• 4444, exp 11/31')).toBeVisible();
  await frame.getByRole('button', { name: 'Never for this site' }).click();
  await expect.poll(() => !!offerFrame(page)).toBe(false);

  await popup.reload();
  await popup.getByRole('tab', { name: 'Settings' }).click();
  const excluded = popup.getByRole('list', { name: 'Sites excluded from offers' });
  await expect(excluded).toContainText(shop.origin);
  await expect(excluded).not.toContainText(providerURL); // not the payment provider's
  expect(await cardsInPopup(popup)).not.toContain('4444');
});

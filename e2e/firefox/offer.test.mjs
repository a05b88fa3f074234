// The save offer after a purchase in Firefox ESR (issue #7): a new card and address typed by hand on
// the demo shop are offered on the next page, in the wallet's offer frame and on the toolbar badge;
// nothing is stored before the user clicks Save, then the card is in the popup's cards list. Search,
// login and newsletter forms are never captured. With the wallet locked, the user types the master
// password in the offer frame first.
import assert from 'node:assert/strict';
import { clickInFrame, extFrame, frameGone, menuHost, readyFrame } from './frames.mjs';
import { PASSWORD, actionState, byLabel, clickButton, demoURL, hrefOf, lockWallet, openExtensionPage, step, tabIdFor, waitFor, withWallet } from './harness.mjs';

const NEW_CARD = { name: 'Grace Hopper', number: '5555 5555 5555 4444', exp: '11/31' };
const ADDRESS = { name: 'Grace Hopper', street: '1 Compiler Way', city: 'Arlington', zip: '22201', country: 'US', email: 'grace@example.com', phone: '+1 703 555 0100' };

/**
 * Types into a field as a user: click, then keys. With `menu`, the wallet's inline menu opens on the
 * click; the user dismisses it (Escape) once it shows, then types, so a menu that opens late never
 * takes the keys or covers the next field.
 */
async function typeInto(page, label, text, { menu = false } = {}) {
  const field = await byLabel(page, label);
  await field.click();
  if (menu) {
    await waitFor(() => menuHost(page), { message: `the inline menu opens on "${label}"` });
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await menuHost(page)), { message: 'Escape closes it' });
  }
  await field.type(text);
  const now = await field.evaluate((e) => e.value);
  assert.equal(now, text, `"${label}" holds what was typed`);
}

async function waitForURL(page, part) {
  await waitFor(async () => (await hrefOf(page)).includes(part), { timeout: 30_000, message: `${part} loaded` });
}

/** Buys on the demo checkout with everything typed by hand, then waits for the confirmation page. */
async function buyByHand(page) {
  await page.goto(`${await demoURL()}/checkout.html?item=mug`, { waitUntil: 'load' });
  await page.bringToFront();
  const fields = [
    ['Name on card', NEW_CARD.name], ['Card number', NEW_CARD.number], ['Expiry (MM/YY)', NEW_CARD.exp], ['Security code', '321'],
    ['Full name', ADDRESS.name], ['Street address', ADDRESS.street], ['City', ADDRESS.city], ['Postal code', ADDRESS.zip],
    ['Email', ADDRESS.email], ['Phone', ADDRESS.phone],
  ];
  for (const [label, text] of fields) await typeInto(page, label, text, { menu: true });
  await page.select('select[name="country"]', ADDRESS.country);
  await clickButton(page, 'Place order');
  await waitForURL(page, 'confirmation.html');
}

const frameText = (frame) => frame.evaluate(() => document.body.innerText);

/** Waits for the popup's cards tab (a fresh popup tab, which reads the vault again) to list `last4`. */
async function cardListed(popup, last4) {
  const view = await openExtensionPage(popup, 'popup.html');
  await waitFor(async () => (await view.evaluate(() => document.querySelector('[role="tabpanel"]')?.innerText ?? '')).includes(`•••• ${last4}`), {
    message: `the cards tab lists •••• ${last4}`,
  });
}

const send = (extPage, msg) => extPage.evaluate((m) => browser.runtime.sendMessage(m), msg);
const offersWaiting = async (popup) => ((await send(popup, { type: 'offers.list' })).value ?? []).length;
const storedCards = async (popup) => (await send(popup, { type: 'items.list', kinds: ['card'] })).value;

/** Search, login and newsletter forms on the shop's account page, each typed into and submitted: never an offer. */
async function noOfferFromAccountForms(page, popup) {
  // The e-mail boxes get the inline menu (with nothing to fill in an empty wallet): the user
  // dismisses it before typing, so it cannot cover the button when it opens late.
  for (const [field, text, button, menu] of [
    ['Search the shop', 'tote bag', 'Search', false],
    ['Email', 'grace@example.com', 'Sign in', true],
    ['Your email', 'grace@example.com', 'Subscribe', true],
  ]) {
    await step(`${button}: no offer`, async () => {
      await page.goto(`${await demoURL()}/account.html`, { waitUntil: 'load' });
      await page.bringToFront();
      await typeInto(page, field, text, { menu });
      if (button === 'Sign in') await typeInto(page, 'Password', 'hunter2-hunter2');
      await clickButton(page, button);
      await waitForURL(page, 'index.html');
      await new Promise((r) => setTimeout(r, 1000)); // an offer would show within this (the purchase below shows one)
      assert.equal(await extFrame(page, 'offer.html'), null, 'no offer frame');
      assert.equal(await offersWaiting(popup), 0, 'no offer waiting');
    });
  }
}

export const tests = [
  {
    name: 'search, login and newsletter forms: no offer; a new card typed by hand at checkout: offered on the next page, "Save" puts it in the cards list',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        const page = await browser.newPage();
        await noOfferFromAccountForms(page, popup);
        await step('buy with a card typed by hand', () => buyByHand(page));

        const frame = await step('the offer shows on the confirmation page', () => readyFrame(page, 'offer.html', { timeout: 30_000 }));
        const text = await frameText(frame);
        for (const part of [`Save what you typed on ${new URL(await demoURL()).host}?`, 'New card: Mastercard •••• 4444, exp 11/31', 'New address: Grace Hopper, Arlington']) {
          assert.ok(text.includes(part), `offer shows "${part}" in ${JSON.stringify(text)}`);
        }
        const tabId = await tabIdFor(popup, await hrefOf(page));
        assert.equal((await actionState(popup, tabId)).badge, '+', 'the toolbar badge tells an offer waits');
        assert.deepEqual(await storedCards(popup), [], 'nothing stored before Save');

        await clickInFrame(page, 'offer.html', 'button', { text: 'Save' });
        await frameGone(page, 'offer.html', 'the offer goes away once answered');
        await step('the card is in the popup cards list', () => cardListed(popup, '4444'));
        const [card] = await storedCards(popup);
        const { number, holder, expMonth, expYear, csc } = card.data;
        assert.deepEqual({ number, holder, expMonth, expYear, csc }, { number: '5555555555554444', holder: 'Grace Hopper', expMonth: 11, expYear: 2031, csc: undefined }, 'saved as typed, without the security code');
        assert.notEqual((await actionState(popup, tabId)).badge, '+', 'the badge no longer shows an offer');
      }, { create: true }),
  },
  {
    name: 'locked wallet: the master password typed in the offer frame unlocks it, then Save stores the card',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        await lockWallet(popup);
        const page = await browser.newPage();
        await step('buy with a card typed by hand', () => buyByHand(page));
        const frame = await step('the offer asks for the master password', () => readyFrame(page, 'offer.html', { timeout: 30_000 }));
        const locked = await frameText(frame);
        assert.ok(locked.includes('Master password, to see what to save'), `asks the password: ${JSON.stringify(locked)}`);
        assert.ok(!locked.includes('New card'), 'nothing is compared or shown before the unlock');

        await clickInFrame(page, 'offer.html', 'input[type="password"]');
        await waitFor(() => frame.evaluate(() => document.activeElement?.type === 'password'), { message: 'the password field has the focus' });
        await page.keyboard.type(PASSWORD);
        await clickInFrame(page, 'offer.html', 'button', { text: 'Unlock' });
        await waitFor(async () => (await frameText(frame)).includes('New card: Mastercard •••• 4444, exp 11/31'), { timeout: 20_000, message: 'the offer after the unlock' });
        await clickInFrame(page, 'offer.html', 'button', { text: 'Save' });
        await frameGone(page, 'offer.html', 'the offer goes away once answered');
        await step('the card is in the popup cards list', () => cardListed(popup, '4444'));
      }, { create: true }),
  },
];

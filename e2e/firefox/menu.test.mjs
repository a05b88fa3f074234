// The inline menu in Firefox ESR, clicked as a user: "Never offer on this site" keeps the menu away
// until the site is removed from the excluded sites in the popup's settings; the menu frame takes
// the height of what it shows (small for one entry, at most 320 px for twenty, then it scrolls and
// its last entry still fills); a choice the page moved the menu under fills nothing and says so.
import assert from 'node:assert/strict';
import { MENU_MAX_HEIGHT, clickInFrame, detached, frameGone, menuContent, menuHost, openMenu, wheelToOption } from './frames.mjs';
import { byLabel, demoURL, openExtensionPage, PASSWORD, step, waitFor, withWallet } from './harness.mjs';
import { ADDRESS, expectValues, put, seed, values } from './shop.mjs';

const EXCLUDED_LIST = 'ul[aria-label="Sites excluded from offers"]';

/** The excluded sites as the popup's settings list them (a fresh popup tab reads the settings again). */
async function openSettings(popup) {
  const view = await openExtensionPage(popup, 'popup.html');
  await (await view.waitForSelector('[role="tab"]#tab-settings')).click();
  await view.waitForSelector('h2 ::-p-text(Sites excluded from offers)');
  return view;
}
const excludedSites = (view) => view.evaluate((s) => [...document.querySelectorAll(`${s} li .grow`)].map((e) => e.textContent), EXCLUDED_LIST);

/** Focuses the field again as a user (another field first); true when no menu opened in 1.5 s. */
async function noMenuOnFocus(page, label) {
  await page.bringToFront();
  await (await byLabel(page, 'City')).click();
  await (await byLabel(page, label)).click();
  await new Promise((r) => setTimeout(r, 1500)); // a menu would show well within this
  return !(await menuHost(page));
}

export const tests = [
  {
    name: '"Never offer on this site" closes the menu and keeps it away until the site is removed in the settings',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        await seed(popup);
        const shop = await demoURL();
        const page = await browser.newPage();
        await page.goto(`${shop}/checkout.html`, { waitUntil: 'load' });
        const menu = await openMenu(page, 'Full name');
        await step('a script click (untrusted) does nothing', async () => {
          await menu.evaluate(() => document.querySelector('button.never').click());
          await new Promise((r) => setTimeout(r, 800)); // the exclusion would close the menu within this
          assert.ok(await menuHost(page), 'the menu stays');
          assert.deepEqual((await popup.evaluate(() => browser.runtime.sendMessage({ type: 'settings.get' }))).value.excludedSites, []);
        });
        await clickInFrame(page, 'menu.html', 'button.never');
        await frameGone(page, 'menu.html', 'the menu closes');
        assert.equal(await menuHost(page), null, 'no menu host left on the page');
        assert.ok(await noMenuOnFocus(page, 'Full name'), 'no menu when the field is focused again');

        const view = await openSettings(popup);
        await step('the site is listed in the settings', () => waitFor(async () => (await excludedSites(view)).join() === shop, { message: `excluded sites = [${shop}]` }));
        await (await view.waitForSelector(`button[aria-label="Remove: ${shop}"]`)).click();
        await waitFor(async () => !(await view.$(EXCLUDED_LIST)), { message: 'the list of excluded sites empties' });

        await step('the menu is back', async () => {
          await (await byLabel(page, 'City')).click();
          await openMenu(page, 'Full name');
        });
      }, { create: true }),
  },
  {
    name: 'menu frame sized to its content: one entry small, twenty at the maximum and scrolling, the last one fills',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        const addPlaces = async (from, to) => {
          for (let i = from; i <= to; i++) await put(popup, 'address', { ...ADDRESS, label: `Place ${i}`, city: `City ${i}` });
        };
        await addPlaces(1, 1);
        const page = await browser.newPage();
        await page.goto(`${await demoURL()}/checkout.html`, { waitUntil: 'load' });

        let first;
        await step('one entry', async () => {
          const frame = (first = await openMenu(page, 'Street address')); // waits for host height = content height
          const one = await menuContent(frame);
          assert.equal(one.options.length, 1, `one option: ${JSON.stringify(one.options)}`);
          assert.equal(one.scrolls, false, 'nothing to scroll');
          assert.ok(one.height < 200, `small menu (${one.height} px)`);
          assert.equal((await menuHost(page)).height, one.height);
        });

        await addPlaces(2, 20);
        await step('twenty entries', async () => {
          await (await byLabel(page, 'Full name')).click(); // above the menu, which covers the fields below
          await detached(first, 'the first menu closes');
          // Room for the tallest menu below the field: in a 600 px viewport with the field in the
          // middle, the menu would take only the room that fits there and scroll inside.
          await page.evaluate(() => document.querySelector('[name="address"]').scrollIntoView({ block: 'start' }));
          const frame = await openMenu(page, 'Street address');
          const many = await menuContent(frame);
          assert.equal(many.options.length, 20, `twenty options: ${JSON.stringify(many.options)}`);
          assert.equal((await menuHost(page)).height, MENU_MAX_HEIGHT, 'the frame stops at the maximum height');
          assert.ok(many.height > MENU_MAX_HEIGHT && many.scrolls, `the content (${many.height} px) scrolls inside`);
          await wheelToOption(page, frame, 'Place 20, City 20');
          await clickInFrame(page, 'menu.html', '[role="option"]', { text: 'Place 20, City 20' });
          await expectValues(page, { city: 'City 20', address: '12 Analytical Street' });
        });
      }, { create: true }),
  },
  {
    name: 'a choice the page moves the menu under fills nothing and says why; once it stops, the next choice fills',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        await seed(popup);
        await popup.evaluate(() => browser.runtime.sendMessage({ type: 'settings.set', settings: { askBeforeFillingCards: true } }));
        const page = await browser.newPage();
        await page.goto(`${await demoURL()}/checkout.html`, { waitUntil: 'load' });
        await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
        const menu = await openMenu(page, 'Full name');
        const chooseHome = async () => {
          await clickInFrame(page, 'menu.html', '[role="option"]', { text: 'Home' });
          const password = await menu.waitForSelector('input[type="password"]');
          await password.type(PASSWORD);
          await password.press('Enter');
        };
        await chooseHome();
        // While the wallet checks the password, the page starts scrolling itself a pixel down and
        // back every 50 ms: the menu follows its field, so when the values arrive it has just moved.
        await page.evaluate(() => {
          let step = 1;
          window.__nudge = setInterval(() => scrollBy(0, (step = -step)), 50);
        });
        await step('the menu says why nothing was filled', () =>
          waitFor(async () => (await menuContent(menu)).text.includes('The menu had just moved as you chose, so nothing was filled. Choose again.'), { message: 'the note in the menu' }),
        );
        assert.deepEqual(await values(page, ['name', 'cc-number']), { name: '', 'cc-number': '' });
        await page.evaluate(() => clearInterval(window.__nudge));
        await new Promise((r) => setTimeout(r, 600));
        await step('the next choice fills', async () => {
          await chooseHome();
          await expectValues(page, { name: 'Ada Lovelace', 'cc-number': '4242424242424242' });
        });
      }, { create: true }),
  },
];

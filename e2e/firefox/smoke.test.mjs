// Smoke test of the Firefox build: dist/firefox installed into Firefox ESR as a temporary add-on,
// the first-run flow in the popup (shown in the welcome tab the extension opens on install), and
// the content script's report on the demo checkout, read back from the toolbar badge.
import assert from 'node:assert/strict';
import {
  ALERT,
  LOCK_STATE,
  PASSWORD,
  actionState,
  createWallet,
  demoURL,
  expectText,
  lockWallet,
  step,
  submitUnlock,
  tabIdFor,
  textOf,
  unlockWallet,
  waitFor,
  withWallet,
} from './harness.mjs';

export const tests = [
  {
    name: 'install, create master password, lock, wrong then right password, badge counts the demo checkout fields',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        await step('welcome tab shows first run', async () => {
          await expectText(popup, 'h2', 'Create your master password');
          assert.equal(await textOf(popup, LOCK_STATE), null, 'no lock state is shown before a wallet exists');
        });

        await step('create master password', async () => {
          await createWallet(popup, PASSWORD);
          await expectText(popup, '.empty', /^Your wallet is empty/);
        });

        await step('lock', () => lockWallet(popup));

        await step('wrong password is refused', async () => {
          await submitUnlock(popup, PASSWORD + 'x');
          await expectText(popup, ALERT, 'Wrong master password.', { timeout: 20_000 });
          assert.equal(await textOf(popup, LOCK_STATE), 'Locked', 'still locked after a wrong password');
        });

        await step('right password unlocks', () => unlockWallet(popup, PASSWORD));

        await step('content script reports the demo checkout on the badge', async () => {
          const checkoutURL = `${await demoURL()}/checkout.html`;
          const shop = await browser.newPage();
          await shop.goto(checkoutURL, { waitUntil: 'load' });
          // What the page itself declares: form fields with an autocomplete field type.
          const declared = await shop.$$eval(
            'input[autocomplete], select[autocomplete], textarea[autocomplete]',
            (els) => els.filter((e) => !/^(on|off)$/i.test(e.getAttribute('autocomplete').trim())).length,
          );
          assert.ok(declared > 0, 'the demo checkout declares autocomplete fields');

          // The tab's URL is visible to the extension through its host permissions (content script matches).
          const tabId = await tabIdFor(popup, checkoutURL);
          const { badge, title } = await waitFor(
            async () => {
              const s = await actionState(popup, tabId);
              return s.badge ? s : null;
            },
            { timeout: 10_000, message: `a badge on the checkout tab (id ${tabId})` },
          );
          assert.match(badge, /^[1-9]\d*$/, `badge is a positive number, got ${JSON.stringify(badge)}`);
          assert.equal(Number(badge), declared, `badge counts the ${declared} autocomplete fields of the page`);
          assert.equal(title, `Checkout form found: ${declared} fields the wallet can fill`, 'toolbar button title');
        });
      }),
  },
];

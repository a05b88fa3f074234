// The classifier's DOM reads in Firefox ESR on another window's nodes and in a shadow root. The top
// frame's content script walks into a same-origin srcdoc frame (no content script runs there: the
// manifest does not ask for about: frames) and into an open shadow root, and reads their nodes
// through the getters of its own window's prototypes (src/content/detect/dom.ts), which must take
// the frame's nodes through Firefox's Xray wrappers: one that threw would fail the whole page's
// classification (no badge, no menu, no fill). The page (demo/embedded.html) has no autocomplete
// tokens, so every field is known by its label or the text beside it, which those walks read.
import assert from 'node:assert/strict';
import { clickInFrame, frameGone, menuContent, menuHost, openMenu } from './frames.mjs';
import { actionState, demoURL, step, tabIdFor, waitFor, waitForEqual, withWallet } from './harness.mjs';
import { seed } from './shop.mjs';

/** The values of the address frame's fields and of the card component's (in its shadow root). */
const embeddedValues = (page) =>
  page.evaluate(() => {
    const read = (root, names) => Object.fromEntries(names.map((n) => [n, root.querySelector(`[name="${n}"]`).value]));
    return {
      frame: read(document.getElementById('address-frame').contentDocument, ['name', 'street', 'town', 'pc', 'mail']),
      shadow: read(document.querySelector('card-fields').shadowRoot, ['holder', 'pan', 'exp', 'code']),
    };
  });

export const tests = [
  {
    name: 'fields known by their labels in a same-origin srcdoc frame and an open shadow root: counted, menu on the frame\'s field and on the shadow field, filled',
    fn: () =>
      withWallet(async ({ browser, popup }) => {
        await seed(popup);
        const page = await browser.newPage();
        const url = `${await demoURL()}/embedded.html`;
        await page.goto(url, { waitUntil: 'load' });
        const tabId = await tabIdFor(popup, url);
        await step('the badge counts the frame\'s 5 address fields and the shadow root\'s 4 card fields', async () => {
          let seen;
          await waitFor(async () => (seen = await actionState(popup, tabId)).badge === '9', { message: 'badge "9"' }).catch(() => assert.deepEqual(seen, { badge: '9' }));
          assert.equal(seen.title, 'Checkout form found: 9 fields the wallet can fill');
        });
        await step('the menu opens on "City" in the srcdoc frame, just under it, and Escape closes it', async () => {
          const inFrame = await waitFor(async () => page.frames().find((f) => f.url() === 'about:srcdoc') ?? null, { message: 'the srcdoc frame' });
          await openMenu(page, await inFrame.waitForSelector('[name="town"]'));
          // The field's box in the page: the frame's box, its border, then the field's box in the frame.
          const field = await page.evaluate(() => {
            const frame = document.getElementById('address-frame');
            const f = frame.getBoundingClientRect();
            const r = frame.contentDocument.querySelector('[name="town"]').getBoundingClientRect();
            return { left: f.left + frame.clientLeft + r.left, bottom: f.top + frame.clientTop + r.bottom };
          });
          const host = await menuHost(page);
          assert.ok(Math.abs(host.top - (field.bottom + 4)) <= 1 && Math.abs(host.left - field.left) <= 1, `menu at ${JSON.stringify(host)}, field at ${JSON.stringify(field)}`);
          await page.keyboard.press('Escape');
          await frameGone(page, 'menu.html', 'Escape in the frame\'s field closes the menu');
        });
        const menu = await step('the menu opens on "Name on card" in the shadow root', async () => {
          const holder = await page.waitForFunction(() => document.querySelector('card-fields')?.shadowRoot?.querySelector('[name="holder"]'));
          return openMenu(page, holder);
        });
        assert.deepEqual((await menuContent(menu)).options, ['Homeprofile', 'Visa •••• 4242, exp 08/29card']);
        await clickInFrame(page, 'menu.html', '[role="option"]', { text: 'Home' });
        await frameGone(page, 'menu.html', 'the menu closes after the fill');
        const expected = {
          frame: { name: 'Ada Lovelace', street: '12 Analytical Street, Suite 3', town: 'San Francisco', pc: '94107', mail: 'ada@example.com' },
          shadow: { holder: 'Ada Lovelace', pan: '4242424242424242', exp: '08/29', code: '123' },
        };
        await waitForEqual(() => embeddedValues(page), expected, 'the filled values');
      }, { create: true }),
  },
];

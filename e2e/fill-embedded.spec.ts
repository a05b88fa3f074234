// A same-origin srcdoc frame and an open shadow root, fields known by their labels only
// (demo/embedded.html; the Firefox twin is e2e/firefox/frames-detect.test.mjs): the top frame's
// content script classifies both, the menu opens on a field in the shadow root or in the frame, and a profile fills
// the shadow root's card fields and the frame's address.
import { expect, test } from './fixtures';
import { choose, expectValues, menuFrame, menuHostBox, openMenu, seedWallet } from './fill-helpers';

test('srcdoc address frame and shadow-root card fields: the menu opens in the shadow root and the profile fills both', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/embedded.html`);
  const holder = page.locator('card-fields').getByLabel('Name on card'); // Playwright's locators pierce open shadow roots
  await expect(holder).toBeVisible();
  await choose(page, holder, /Home/);
  const shadow = (names: string[]) =>
    page.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, (document.querySelector('card-fields')!.shadowRoot!.querySelector(`[name="${n}"]`) as HTMLInputElement).value])), names);
  await expect.poll(() => shadow(['holder', 'pan', 'exp', 'code'])).toEqual({ holder: 'Ada Lovelace', pan: '4242424242424242', exp: '08/29', code: '123' });
  const frame = (await (await page.locator('#address-frame').elementHandle())!.contentFrame())!;
  await expectValues(frame, { name: 'Ada Lovelace', street: '12 Analytical Street, Suite 3', town: 'San Francisco', pc: '94107', mail: 'ada@example.com' });
});

test('a field in the srcdoc frame opens the menu just under it; a press elsewhere in the frame closes it, and a choice fills the frame', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/embedded.html`);
  await page.evaluate(() => scrollBy(0, 60)); // the frame's offset, not only the field's own, places the menu
  const inFrame = page.frameLocator('#address-frame');
  const town = inFrame.getByLabel(/City/);
  await openMenu(page, town);
  const field = (await town.boundingBox())!;
  const host = (await menuHostBox(page))!;
  expect(Math.abs(host.top - (field.y + field.height + 4))).toBeLessThanOrEqual(1);
  expect(Math.abs(host.left - field.x)).toBeLessThanOrEqual(1);

  await inFrame.locator('legend').click();
  await expect.poll(() => !!menuFrame(page), { message: 'a press elsewhere in the frame closes the menu' }).toBe(false);

  await choose(page, inFrame.getByLabel('Full name'), /Home/);
  const frame = (await (await page.locator('#address-frame').elementHandle())!.contentFrame())!;
  await expectValues(frame, { name: 'Ada Lovelace', street: '12 Analytical Street, Suite 3', town: 'San Francisco', pc: '94107', mail: 'ada@example.com' });
});

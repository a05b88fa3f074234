// A page that tries to trick the wallet: fields no one can see, and a menu covered or faded to steal a click.
import { expect, test } from './fixtures';
import { choose, expectValues, menuFrame, seedWallet, valuesOf } from './fill-helpers';

const HIDDEN = ['steal-csc', 'steal-street', 'steal-phone', 'steal-zip', 'steal-city', 'steal-org', 'steal-country', 'steal-region'];
const empty = Object.fromEntries(HIDDEN.map((n) => [n, '']));

test('hidden, off-screen, transparent, zero-size, clipped and covered fields stay empty', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/hostile.html`);
  await choose(page, page.getByLabel('Name on card'), /Home/);
  await expectValues(page, { 'cc-name': 'Ada Lovelace', 'cc-number': '4242424242424242', 'cc-exp': '08/29', name: 'Ada Lovelace', email: 'ada@example.com' });
  expect(await valuesOf(page, HIDDEN)).toEqual(empty);
});

for (const trap of ['cover', 'fade']) {
  test(`the menu disables itself when the page ${trap === 'cover' ? 'puts a layer over it' : 'fades it out'}`, async ({ wallet, popup, shopURL }) => {
    await seedWallet(popup);
    const page = await wallet.newPage();
    await page.goto(`${shopURL}/hostile.html?trap=${trap}`);
    await page.bringToFront();
    await page.getByLabel('Name on card').click();
    await page.locator('body[data-menu-seen]').waitFor();
    await expect.poll(() => !!menuFrame(page), { message: 'then removes itself' }).toBe(false);
    // A click where the menu was lands on the page's layer: nothing is filled.
    await page.mouse.click(200, 300);
    await page.waitForTimeout(500);
    expect(await valuesOf(page, ['cc-name', 'cc-number', 'name', ...HIDDEN])).toEqual({ 'cc-name': '', 'cc-number': '', name: '', ...empty });
  });
}

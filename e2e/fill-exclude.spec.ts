// "Never offer on this site" in the inline menu: the site joins the excluded sites of the settings,
// its fields get no menu any more, and removing it in the popup's settings brings the menu back.
import { expect, test } from './fixtures';
import { menuFrame, openMenu, seedWallet } from './fill-helpers';
import { tab } from './manager/helpers';

test('"Never offer on this site" closes the menu and keeps it away until the site is removed in the settings', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html`);
  const name = page.getByLabel('Full name');
  const frame = await openMenu(page, name);
  await frame.getByRole('button', { name: 'Never offer on this site' }).click();
  await expect.poll(() => !!menuFrame(page), { message: 'the menu closes' }).toBe(false);

  // Focus the field again, as a user: no menu. (The same steps open it again below.)
  const noMenuAfterFocus = async () => {
    await page.getByLabel('City').click();
    await name.click();
    await page.waitForTimeout(1500);
    return !menuFrame(page);
  };
  expect(await noMenuAfterFocus()).toBe(true);

  await popup.reload();
  await tab(popup, 'Settings');
  const list = popup.getByRole('list', { name: 'Sites excluded from offers' });
  await expect(list.getByRole('listitem')).toHaveText([`${shopURL}Remove`]);
  await list.getByRole('button', { name: `Remove: ${shopURL}` }).click();
  await expect(list).toHaveCount(0);

  await page.getByLabel('City').click();
  await openMenu(page, name);
});

test('a script click on "Never offer on this site" does nothing', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html`);
  const frame = await openMenu(page, page.getByLabel('Full name'));
  // A script click (untrusted) in the menu frame does nothing.
  await frame.evaluate(() => (document.querySelector('button.never') as HTMLButtonElement).click());
  await page.waitForTimeout(800);
  expect(menuFrame(page)).toBeDefined();
  await popup.reload();
  await tab(popup, 'Settings');
  await expect(popup.getByRole('list', { name: 'Sites excluded from offers' })).toHaveCount(0);
});

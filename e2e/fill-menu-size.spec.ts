// The inline menu's frame takes the height of what it shows: small for one entry, at most 320 px
// for many (the list then scrolls inside the frame, and its last entry can still be chosen).
import type { Page } from '@playwright/test';
import { createWallet, expect, sendFromPage, test } from './fixtures';
import { expectValues, MENU_MAX_HEIGHT, menuContent as content, menuHostHeight as hostHeight, openMenu, US_ADDRESS } from './fill-helpers';

async function addAddresses(popup: Page, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const res = await sendFromPage<{ ok: boolean }>(popup, { type: 'items.put', item: { kind: 'address', data: { ...US_ADDRESS, label: `Place ${i + 1}`, city: `City ${i + 1}` } } });
    expect(res.ok).toBe(true);
  }
}

test('one entry: a small menu showing all of it; twenty: the tallest menu, scrolling, its last entry chosen', async ({ wallet, popup, shopURL }) => {
  await createWallet(popup);
  await addAddresses(popup, 1);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html`);
  let frame = await openMenu(page, page.getByLabel('Street address'));
  await expect(frame.getByRole('option')).toHaveCount(1);
  const one = await content(frame);
  expect(one.scrolls).toBe(false);
  await expect.poll(() => hostHeight(page), { message: 'the frame is as tall as its content' }).toBe(one.height);
  expect(one.height).toBeLessThan(200);

  await addAddresses(popup, 19, 1);
  // A press outside the menu and the fields closes it (City lies under this menu).
  await page.getByText('Billing address').click();
  await expect.poll(() => frame.isDetached(), { message: 'the first menu is gone' }).toBe(true);
  frame = await openMenu(page, page.getByLabel('Street address'));
  await expect(frame.getByRole('option')).toHaveCount(20);
  await expect.poll(() => hostHeight(page), { message: 'the frame stops at the maximum height' }).toBe(MENU_MAX_HEIGHT);
  expect(await content(frame)).toMatchObject({ scrolls: true });
  await frame.getByRole('option', { name: /Place 20, City 20/ }).click();
  await expectValues(page, { city: 'City 20', address: '12 Analytical Street' });
});

// Shared steps for the save/update offer tests: finding the offer frame in a page, waiting for it to
// accept clicks, and typing into a checkout field by hand as a user does (dismissing the inline menu).
import type { Frame, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { menuFrame } from './fill-helpers';

export function offerFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => !f.isDetached() && /^chrome-extension:\/\/[^/]+\/offer\.html/.test(f.url()));
}

/** Waits for the offer frame on `page` and for it to accept clicks (it ignores the first 500 ms). */
export async function offerShown(page: Page): Promise<Frame> {
  await expect.poll(() => !!offerFrame(page), { message: 'the save offer appears', timeout: 15_000 }).toBe(true);
  const frame = offerFrame(page)!;
  await frame.locator('body[data-ready]').waitFor();
  return frame;
}

/**
 * Types into a field as a user: click, then keys. With `menu`, the wallet's inline menu opens on the
 * click; the user dismisses it (Escape) once it shows, then types — so a menu that opens late never
 * takes the keys or covers the next click. Without it (an excluded site, a non-checkout form) Escape
 * after typing closes whatever may have opened.
 */
export async function typeIntoField(field: Locator, text: string, menu = false): Promise<void> {
  const page = field.page();
  await field.click();
  if (menu) {
    await expect.poll(() => !!menuFrame(page), { message: 'the inline menu opens on the field' }).toBe(true);
    await field.press('Escape');
    await expect.poll(() => !!menuFrame(page), { message: 'Escape closes it' }).toBe(false);
  }
  await field.press('ControlOrMeta+a');
  if (text) await field.pressSequentially(text);
  else await field.press('Delete');
  if (!menu) await field.press('Escape');
}

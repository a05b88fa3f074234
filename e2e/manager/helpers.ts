// Shared steps for the manager specs: open the unlocked manager, seed items through the protocol,
// and save a screenshot of a screen (reports/screens: kept across runs, not committed).
import type { Page } from '@playwright/test';
import { createWallet, expect, sendFromPage } from '../fixtures';

export const SHOTS_DIR = 'reports/screens';

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

/** A fresh wallet with the popup at the manager's first screen, sized like the toolbar popup. */
export async function openManager(popup: Page): Promise<void> {
  await popup.setViewportSize({ width: 420, height: 640 });
  await createWallet(popup);
}

export async function put(page: Page, kind: string, data: unknown, id?: string): Promise<string> {
  const res = await sendFromPage<{ ok: boolean; value: { id: string } }>(page, { type: 'items.put', item: { kind, data, ...(id ? { id } : {}) } });
  expect(res.ok).toBe(true);
  return res.value.id;
}

export async function tab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

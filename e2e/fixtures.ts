// Playwright fixtures: Debian's Chromium with the built extension (dist/chrome) loaded in a fresh
// profile per test (the `wallet` fixture), and the demo shop served on 127.0.0.1.
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionWorker, launchWithExtension } from '../scripts/chromium.mjs';
import { startDemoServer } from '../scripts/demo-server.mjs';

export const PASSWORD = 'tangerine-harbor-violin-42';

export const launchWallet = (profileDir: string): Promise<BrowserContext> => launchWithExtension(profileDir);

export const serviceWorker = (context: BrowserContext): Promise<Worker> => extensionWorker(context);

interface TestFixtures {
  profileDir: string;
  wallet: BrowserContext;
  extensionId: string;
  popup: Page;
}

// Every test gets a fresh profile (a Chromium launch costs about half a second); the demo shop
// server is shared by all tests of a worker.
export const test = base.extend<TestFixtures, { demo: { url: string; otherURL: string }; shopURL: string; providerURL: string }>({
  demo: [
    async ({}, use) => {
      const { server, url, otherURL } = await startDemoServer();
      await use({ url, otherURL });
      await new Promise((r) => server.close(r));
    },
    { scope: 'worker' },
  ],
  shopURL: [async ({ demo }, use) => use(demo.url), { scope: 'worker' }],
  /** The same demo files from another origin: a payment provider's (hosted.html?frame=…). */
  providerURL: [async ({ demo }, use) => use(demo.otherURL), { scope: 'worker' }],
  profileDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  wallet: async ({ profileDir }, use) => {
    const context = await launchWallet(profileDir);
    // Installing into a fresh profile opens the wallet's welcome tab (runtime.onInstalled), about
    // 0.2 s after the worker starts. Left open, it is often the tab in front of the test's own pages,
    // and Chromium then draws those at one or two frames a second: every click waits for it.
    const isWelcome = (p: Page) => p.url().endsWith('/popup.html?welcome');
    await (context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }))).close();
    await use(context);
    await context.close();
  },
  extensionId: async ({ wallet }, use) => {
    await use(new URL((await serviceWorker(wallet)).url()).host);
  },
  popup: async ({ wallet, extensionId }, use) => {
    const page = await wallet.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/** Creates the wallet through the popup, as a first-time user does. */
export async function createWallet(popup: Page, password = PASSWORD): Promise<void> {
  await popup.getByLabel('Master password').fill(password);
  await popup.getByLabel('Type it again').fill(password);
  await popup.getByRole('button', { name: 'Create wallet' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
}

export async function unlockWallet(popup: Page, password = PASSWORD): Promise<void> {
  await popup.getByLabel('Master password').fill(password);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
}

/** Sends one protocol request from an extension page, as the popup's own code does. */
export async function sendFromPage<T = unknown>(page: Page, msg: unknown): Promise<T> {
  // `chrome` is the extension page's own global; the test process has no types for it.
  return page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg) as Promise<T>;
}

/**
 * Prepares to stop the extension's service worker the way the browser does when it is idle
 * (DevTools protocol). Prepared in advance so a test can stop it at an exact moment.
 */
export async function workerStopper(context: BrowserContext, page: Page, extensionId: string): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  const versionId = await new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      const v = e.versions.find((x) => x.scriptURL.includes(extensionId) && x.runningStatus === 'running');
      if (v) resolve(v.versionId);
    });
    void cdp.send('ServiceWorker.enable');
  });
  return async () => {
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await cdp.detach();
  };
}

export async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  await (await workerStopper(context, page, extensionId))();
}

export const TEST_CARD = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, nickname: 'Visa' };

// Launches Debian's Chromium with the built extension loaded, for tests, the tour and the bench.
import { chromium } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_EXT_DIR = path.join(ROOT, 'dist', 'chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium keeps only the last --disable-features it is given, so this one repeats Playwright's own
// (playwright-core 1.65, server/chromium/chromiumSwitches.ts) and adds the omnibox popup's WebUI:
// Chromium 156 preloads it in a renderer of its own in every window, a quarter of the CPU a test's
// launch and wallet creation take here (.ci lanes are CPU-bound).
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup',
];

// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

export function launchWithExtension(profileDir, { headless = true, extDir = CHROME_EXT_DIR } = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1200, height: 900 } : null,
    // Playwright disables extensions by default; this re-allows exactly ours.
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...QUIET_FLAGS],
  });
}

/** The extension's service worker, waiting for it to start if needed. */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

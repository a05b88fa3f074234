// Shared helpers for the Firefox ESR e2e tests (run by e2e/firefox/run.mjs).
//
// Firefox is driven by puppeteer-core 24 over WebDriver BiDi (no geckodriver). The built add-on
// (dist/firefox) is installed as a temporary add-on. Things worth knowing when writing a test:
//  - Automation may not navigate to moz-extension:// pages. Extension pages are reached either
//    through the welcome tab the background opens on install (runtime.onInstalled → popup.html?welcome)
//    or by asking an extension page already open to `browser.tabs.create()` another one
//    (openExtensionPage). Both show up in `browser.pages()`.
//  - puppeteer's `page.url()` stays "about:blank" for pages that the extension opened (no navigation
//    event reaches it), so pages are identified by evaluating `location.href` in them.
//  - Code evaluated in an extension page sees the WebExtension `browser` namespace with the
//    extension's own permissions: that is how tests read toolbar badges, tabs and storage.
//  - The wallet's frames inside web pages (inline menu, save offer) are listed by BiDi as
//    "about:blank" yet can be evaluated in: frames.mjs finds them that way and clicks them with the mouse.
//  - The extension UUID is pinned (pref extensions.webextensions.uuids), so EXT_ORIGIN is known
//    before the add-on is installed.
import puppeteer from 'puppeteer-core';
import assert, { AssertionError } from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../scripts/demo-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// FIREFOX_EXT_DIR: test another build of the add-on than dist/firefox (absolute or relative to cwd).
export const EXT_DIR = process.env.FIREFOX_EXT_DIR ? path.resolve(process.env.FIREFOX_EXT_DIR) : path.join(ROOT, 'dist', 'firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
export const EXT_UUID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
export const EXT_ORIGIN = `moz-extension://${EXT_UUID}`;
export const PASSWORD = 'tangerine-harbor-violin-42';
export const ARTIFACTS_DIR = path.join(ROOT, 'reports', 'firefox');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Waiting

/**
 * Polls `probe` until it returns a truthy value (which is returned) or `timeout` ms pass. Errors
 * thrown by the probe count as "not yet" (pages that are still loading throw). On timeout it
 * throws an AssertionError with `message` and the last value or error seen.
 */
export async function waitFor(probe, { timeout = 20_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      last = { value: v };
    } catch (e) {
      last = { error: e };
    }
    if (Date.now() >= deadline) {
      const seen = last?.error ? `last error: ${last.error.message}` : `last value: ${JSON.stringify(last?.value)}`;
      throw new AssertionError({ message: `timed out after ${timeout} ms waiting for ${message} (${seen})` });
    }
    await sleep(interval);
  }
}

/**
 * Polls `read` until what it returns deep-equals `expected` (compared as JSON, keys in order); on
 * timeout fails with the assertion's own diff of the last value read.
 */
export async function waitForEqual(read, expected, message = JSON.stringify(expected)) {
  let seen;
  await waitFor(async () => JSON.stringify((seen = await read())) === JSON.stringify(expected), { message }).catch(() => assert.deepEqual(seen, expected));
}

/** Runs one step of a longer test; a failure names the step. */
export async function step(name, fn) {
  try {
    return await fn();
  } catch (e) {
    e.message = `[${name}] ${e.message}`;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Demo shop (stateless: one server is shared by every test of a run)

let demo;

/** Base URL of the demo shop (scripts/demo-server.mjs), started on first use. */
export async function demoURL() {
  demo ??= startDemoServer();
  return (await demo).url;
}

export async function stopDemoServer() {
  if (!demo) return;
  const { server } = await demo;
  demo = undefined;
  await new Promise((r) => server.close(r));
}

// ---------------------------------------------------------------------------------------------
// Browser lifecycle. Every browser launched here is tracked so that the runner can close whatever
// a failed or timed-out test left open (closeAllBrowsers).

const openBrowsers = new Set();

export function checkBuild() {
  const manifest = path.join(EXT_DIR, 'manifest.json');
  if (!fs.existsSync(manifest)) throw new Error(`${EXT_DIR}/manifest.json is missing: run \`npm run build\` first`);
  if (process.env.FIREFOX_EXT_DIR) return [];
  const built = fs.statSync(manifest).mtimeMs;
  const newer = [];
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    else if (st.mtimeMs > built && !/\.(test|spec)\.[cm]?[jt]sx?$/.test(p)) newer.push(path.relative(ROOT, p));
  };
  for (const p of ['src', '_locales', 'manifest.json', 'scripts/build.mjs']) if (fs.existsSync(path.join(ROOT, p))) walk(path.join(ROOT, p));
  return newer; // sources changed since the last build (the caller warns)
}

// A profile Firefox has started in once (and nothing else: no add-on, no page). A copy of it starts
// in about half the CPU of a new profile, which Firefox fills with its databases and caches on first
// start; every test still gets its own copy. Made on first use, removed (with any copy a crashed
// browser left) when the runner exits.
let template = null;
const profiles = new Map(); // browser → the profile copy it runs in

function cleanProfile(dir) {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

async function freshProfile() {
  template ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-ff-template-'));
    process.once('exit', () => [dir, ...profiles.values()].forEach(cleanProfile));
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: dir });
    await browser.close();
    return dir;
  })();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-ff-'));
  fs.cpSync(await template, dir, { recursive: true });
  return dir;
}

/** A fresh Firefox ESR in its own temporary profile. `prefs` are added to the defaults. */
export async function launchFirefox({ prefs = {} } = {}) {
  const userDataDir = await freshProfile();
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
        ...prefs,
      },
    })
    .catch((e) => {
      cleanProfile(userDataDir);
      throw e;
    });
  openBrowsers.add(browser);
  profiles.set(browser, userDataDir);
  browser.once('disconnected', () => openBrowsers.delete(browser));
  return browser;
}

export async function closeBrowser(browser) {
  openBrowsers.delete(browser);
  try {
    await Promise.race([browser.close(), sleep(5_000).then(() => browser.process()?.kill('SIGKILL'))]);
  } catch {
    browser.process()?.kill('SIGKILL');
  }
  const dir = profiles.get(browser);
  profiles.delete(browser);
  if (dir) cleanProfile(dir);
}

export async function closeAllBrowsers() {
  await Promise.all([...openBrowsers].map(closeBrowser));
}

/** Installs dist/firefox as a temporary add-on; returns its id. */
export async function installWallet(browser) {
  const id = await browser.installExtension(EXT_DIR);
  if (id !== GECKO_ID) throw new AssertionError({ message: `installed add-on id ${id}, expected ${GECKO_ID}` });
  return id;
}

/** `location.href` of a page, or '' while it cannot be evaluated. */
export async function hrefOf(page) {
  return page.evaluate(() => location.href).catch(() => '');
}

/**
 * The open page whose URL starts with `EXT_ORIGIN/<pathPrefix>` (e.g. 'popup.html?welcome'),
 * waiting for it to appear. `exclude`: pages to skip (e.g. the ones open before).
 */
export async function findExtensionPage(browser, pathPrefix = 'popup.html', { timeout = 20_000, exclude = [] } = {}) {
  const want = `${EXT_ORIGIN}/${pathPrefix}`;
  const skip = new Set(exclude);
  const page = await waitFor(
    async () => {
      for (const p of await browser.pages()) {
        if (!skip.has(p) && (await hrefOf(p)).startsWith(want)) return p;
      }
      return null;
    },
    { timeout, message: `extension page ${want}` },
  );
  await page.waitForFunction(() => document.readyState === 'complete', { timeout });
  return page;
}

/** Opens another extension page (e.g. 'popup.html') from an extension page already open. */
export async function openExtensionPage(fromPage, pagePath = 'popup.html') {
  const firefox = fromPage.browser();
  const before = await firefox.pages();
  // `browser` below is the page's WebExtension namespace (the function runs in the page).
  await fromPage.evaluate((url) => browser.tabs.create({ url }).then(() => undefined), `${EXT_ORIGIN}/${pagePath}`);
  return findExtensionPage(firefox, pagePath, { exclude: before });
}

/**
 * Launches Firefox, installs the wallet and returns the welcome tab the extension opens on
 * install (the popup UI in a tab): `{ browser, popup, close }`. With `create: true` the master
 * password is created too, as a first-time user does.
 */
export async function launchWallet({ create = false, password = PASSWORD, prefs } = {}) {
  const browser = await launchFirefox({ prefs });
  try {
    await installWallet(browser);
    const popup = await findExtensionPage(browser, 'popup.html?welcome');
    if (create) await createWallet(popup, password);
    return { browser, popup, close: () => closeBrowser(browser) };
  } catch (e) {
    await closeBrowser(browser);
    throw e;
  }
}

/** `await withWallet(async ({ browser, popup }) => …, options)`: launchWallet, always closed after. */
export async function withWallet(fn, options) {
  const w = await launchWallet(options);
  try {
    return await fn(w);
  } catch (e) {
    // Capture the pages before they are closed (the runner prints where).
    if (e && typeof e === 'object' && !e.artifacts) e.artifacts = await captureArtifacts().catch(() => null);
    throw e;
  } finally {
    await w.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Page helpers (work on any page, extension or web)

/** The form control labelled `label` (exact text of its <label>), waiting for it to appear. */
export async function byLabel(page, label, { timeout = 20_000 } = {}) {
  const handle = await page.waitForFunction(
    (text) => {
      for (const l of document.querySelectorAll('label')) {
        if (l.textContent.trim() !== text) continue;
        const el = l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, select, textarea');
        if (el) return el;
      }
      return null;
    },
    { timeout },
    label,
  ).catch((e) => {
    throw new AssertionError({ message: `no field labelled "${label}" (${e.message})` });
  });
  return handle;
}

/** Replaces the value of the field labelled `label` by typing `value` (real key events). */
export async function fillByLabel(page, label, value) {
  const el = await byLabel(page, label);
  await el.evaluate((e) => {
    e.value = '';
    e.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await el.type(value);
  const now = await el.evaluate((e) => e.value);
  if (now !== value) throw new AssertionError({ message: `field "${label}" holds ${JSON.stringify(now)} after typing` });
}

/** The <button> whose text is exactly `name`, once it exists and is enabled. */
export async function buttonNamed(page, name, { timeout = 20_000 } = {}) {
  return page.waitForFunction(
    (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text && !b.disabled) ?? null,
    { timeout },
    name,
  ).catch(async (e) => {
    const buttons = await page.$$eval('button', (bs) => bs.map((b) => `${b.textContent.trim()}${b.disabled ? ' (disabled)' : ''}`)).catch(() => []);
    throw new AssertionError({ message: `no enabled button "${name}" (buttons: ${JSON.stringify(buttons)}; ${e.message})` });
  });
}

export async function clickButton(page, name) {
  await (await buttonNamed(page, name)).click();
}

/** Trimmed text of the first element matching `selector`, or null if there is none. */
export async function textOf(page, selector) {
  return page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);
}

/** Waits until `selector`'s trimmed text equals `expected` (string) or matches it (RegExp). */
export async function expectText(page, selector, expected, { timeout = 20_000 } = {}) {
  let actual;
  const ok = (t) => (expected instanceof RegExp ? expected.test(t ?? '') : t === expected);
  try {
    await waitFor(async () => ok((actual = await textOf(page, selector))), { timeout, message: selector });
  } catch {
    throw new AssertionError({
      message: `${selector}: expected text ${expected instanceof RegExp ? expected : JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      actual,
      expected,
      operator: 'expectText',
    });
  }
  return actual;
}

// ---------------------------------------------------------------------------------------------
// Wallet UI flows (the popup, shown in a tab)

export const LOCK_STATE = '[data-testid="lock-state"]';
export const ALERT = '[role="alert"]';

export async function createWallet(popup, password = PASSWORD) {
  await fillByLabel(popup, 'Master password', password);
  await fillByLabel(popup, 'Type it again', password);
  await clickButton(popup, 'Create wallet'); // enabled once the strength check passes
  await expectText(popup, LOCK_STATE, 'Unlocked', { timeout: 30_000 });
}

export async function lockWallet(popup) {
  await clickButton(popup, 'Lock now');
  await expectText(popup, LOCK_STATE, 'Locked');
}

/** Submits `password` on the unlock screen; does not wait for the outcome. */
export async function submitUnlock(popup, password) {
  await fillByLabel(popup, 'Master password', password);
  await clickButton(popup, 'Unlock');
}

export async function unlockWallet(popup, password = PASSWORD) {
  await submitUnlock(popup, password);
  await expectText(popup, LOCK_STATE, 'Unlocked', { timeout: 30_000 });
}

// ---------------------------------------------------------------------------------------------
// Extension APIs, evaluated in an extension page

/** `browser.tabs.query(query)` as the extension sees it (urls of tabs it has host access to). */
export async function queryTabs(extPage, query = {}) {
  return extPage.evaluate((q) => browser.tabs.query(q).then((tabs) => tabs.map(({ id, url, title, active, status }) => ({ id, url, title, active, status }))), query);
}

/** The extension's tab id for the tab showing exactly `url` (waits for it). */
export async function tabIdFor(extPage, url, { timeout = 20_000 } = {}) {
  const tab = await waitFor(async () => (await queryTabs(extPage)).find((t) => t.url === url), { timeout, message: `a tab at ${url}` });
  return tab.id;
}

/** Toolbar badge text and title the extension set for `tabId`. */
export async function actionState(extPage, tabId) {
  return extPage.evaluate(
    async (id) => ({ badge: await browser.action.getBadgeText({ tabId: id }), title: await browser.action.getTitle({ tabId: id }) }),
    tabId,
  );
}

// ---------------------------------------------------------------------------------------------
// Failure artifacts: a screenshot, the URL and the text of every open page, in reports/firefox/.

let currentTest = 'test';

/** The runner names the running test here; failure artifacts go to reports/firefox/<name>/. */
export function setCurrentTest(name) {
  currentTest = name;
}

/** Saves what every open page shows; returns the directory (relative to the repo) or null. */
export async function captureArtifacts(testName = currentTest) {
  const dir = path.join(ARTIFACTS_DIR, testName.replace(/[^\w.-]+/g, '_').slice(0, 80));
  fs.rmSync(dir, { recursive: true, force: true });
  const saved = [];
  for (const browser of openBrowsers) {
    const pages = await Promise.race([browser.pages(), sleep(3_000).then(() => [])]).catch(() => []);
    for (const [i, page] of pages.entries()) {
      fs.mkdirSync(dir, { recursive: true });
      const base = path.join(dir, `page-${i}`);
      const info = await Promise.race([
        page.evaluate(() => `${location.href}\n\n${document.body?.innerText ?? ''}`),
        sleep(3_000).then(() => '(no answer)'),
      ]).catch((e) => `(evaluate failed: ${e.message})`);
      fs.writeFileSync(`${base}.txt`, info);
      await Promise.race([page.screenshot({ path: `${base}.png` }), sleep(5_000)]).catch(() => {});
      saved.push(base);
    }
  }
  return saved.length ? path.relative(ROOT, dir) : null;
}

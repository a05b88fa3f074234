// A card number and the master password saved through the protocol must be found nowhere in the
// Chromium profile directory: not while the browser runs, not after it closes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { startDemoServer } from '../scripts/demo-server.mjs';
import { createWallet, expect, launchWallet, sendFromPage, serviceWorker, test } from './fixtures';
import { choose, US_ADDRESS } from './fill-helpers';
import { offerFrame, offerShown, typeIntoField } from './offer-helpers';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Every file that holds `needle` in UTF-8/Latin-1 or UTF-16LE, the two ways Chromium stores strings. */
function filesContaining(dir: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return filesUnder(dir).filter((f) => {
    let data: Buffer;
    try {
      data = fs.readFileSync(f);
    } catch {
      return false; // a lock file or socket that cannot be read
    }
    return forms.some((form) => data.includes(form));
  });
}

/** A random Luhn-valid 16-digit number, so no earlier run or fixture can explain a hit. */
function randomCardNumber(): string {
  const digits = [4, ...Array.from({ length: 14 }, () => Math.floor(Math.random() * 10))];
  const sum = digits
    .slice()
    .reverse()
    .reduce((acc, d, i) => acc + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return [...digits, (10 - (sum % 10)) % 10].join('');
}

/** A plain string written to IndexedDB by the same extension: the scan must find it, which shows it
 * reaches where the vault's records live. */
function writeControl(sw: Worker, marker: string): Promise<void> {
  return sw.evaluate(
    (m) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('scan-control', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onsuccess = () => {
          const tx = req.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(m, m);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    marker,
  );
}

test('no card number or master password in any file of the profile, during and after the session', async () => {
  test.setTimeout(90_000);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-disk-'));
  const password = `Disk-${Math.random().toString(36).slice(2)}-quartz-river`;
  const cardNumber = randomCardNumber();
  const holder = `Holder${Math.random().toString(36).slice(2, 10)}`;
  const control = `control-marker-${Math.random().toString(36).slice(2)}`;
  try {
    const context = await launchWallet(profile);
    const sw = await serviceWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);

    expect(await sendFromPage(page, { type: 'vault.create', password })).toMatchObject({ ok: true });
    const put = await sendFromPage(page, {
      type: 'items.put',
      item: { kind: 'card', data: { number: cardNumber, holder, expMonth: 3, expYear: 2031 } },
    });
    expect(put).toMatchObject({ ok: true });
    // The card reads back decrypted, so it really was stored.
    const list = await sendFromPage<{ value: Array<{ data: { number: string } }> }>(page, { type: 'items.list' });
    expect(list.value.map((i) => i.data.number)).toEqual([cardNumber]);

    // Control: a plain string written to IndexedDB by the same extension must be found, which shows the
    // scan reaches where the vault's records live.
    await writeControl(sw, control);
    await expect.poll(() => filesContaining(profile, control).length, { timeout: 20_000 }).toBeGreaterThan(0);

    expect(filesContaining(profile, cardNumber)).toEqual([]);
    expect(filesContaining(profile, password)).toEqual([]);
    expect(filesContaining(profile, holder)).toEqual([]);

    await context.close();
    expect(filesContaining(profile, control).length).toBeGreaterThan(0);
    expect(filesContaining(profile, cardNumber)).toEqual([]);
    expect(filesContaining(profile, password)).toEqual([]);
    expect(filesContaining(profile, holder)).toEqual([]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('a purchase with a new card typed by hand: the number is on no file while the offer waits, nor after it is answered', async () => {
  test.setTimeout(120_000);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-disk-'));
  const { server, url: shopURL } = await startDemoServer();
  const cardNumber = randomCardNumber();
  const control = `control-marker-${Math.random().toString(36).slice(2)}`;
  try {
    const context = await launchWallet(profile);
    const sw = await serviceWorker(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
    await createWallet(popup);
    expect(await sendFromPage(popup, { type: 'items.put', item: { kind: 'address', data: US_ADDRESS } })).toMatchObject({ ok: true });

    // The wallet fills the address (so the purchase gets a receipt); the new card is typed by hand.
    // A single-page checkout: the card number never goes into a URL the browser keeps in its history.
    // Chromium also keeps a page's typed form values in its session-restore file (Sessions/) unless a
    // field says autocomplete="off", as many card forms do: the page's own doing, with or without a
    // wallet. The card fields here say it, so whatever is found can only have been written by the wallet.
    const page = await context.newPage();
    await page.goto(`${shopURL}/spa-checkout.html`);
    await page.locator('input[name^="cc-"]').evaluateAll((inputs) => inputs.forEach((i) => i.setAttribute('autocomplete', 'off')));
    await choose(page, page.getByLabel('Full name'), /San Francisco/);
    await typeIntoField(page.getByLabel('Name on card'), 'Grace Hopper', true);
    const typed = cardNumber.replace(/(\d{4})(?=\d)/g, '$1 '); // as people type it: 4050 8674 …
    await typeIntoField(page.getByLabel('Card number'), typed, true);
    await typeIntoField(page.getByLabel('Expiry (MM/YY)'), '11/31', true);
    await page.getByRole('button', { name: 'Pay now' }).click();
    await expect(page.getByText('Thank you! Your payment went through.')).toBeVisible();

    // Captured: the offer waits in session memory (holding the typed number), the receipt is written.
    const frame = await offerShown(page);
    await expect(frame.getByText(`New card: Visa •••• ${cardNumber.slice(-4)}, exp 11/31`)).toBeVisible();
    const session = () => sw.evaluate(() => (globalThis as any).chrome.storage.session.get('pendingOffers'));
    expect(JSON.stringify(await session())).toContain(typed);
    const onDisk = () => [...filesContaining(profile, cardNumber), ...filesContaining(profile, typed)];
    const receipts = () => sendFromPage<{ value: unknown[] }>(popup, { type: 'items.list', kinds: ['receipt'] }).then((r) => r.value.length);
    await expect.poll(receipts, { timeout: 20_000 }).toBe(1);

    await writeControl(sw, control);
    await expect.poll(() => filesContaining(profile, control).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(onDisk(), 'while the offer waits').toEqual([]);

    // Answered: the card is stored, encrypted; the pending offer is gone from session memory.
    await page.bringToFront();
    await frame.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => offerFrame(page)).toBeUndefined();
    const cards = await sendFromPage<{ value: Array<{ data: { number: string } }> }>(popup, { type: 'items.list', kinds: ['card'] });
    expect(cards.value.map((c) => c.data.number)).toEqual([cardNumber]);
    expect(JSON.stringify(await session())).not.toContain(typed);
    const control2 = `${control}-answered`;
    await writeControl(sw, control2);
    await expect.poll(() => filesContaining(profile, control2).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(onDisk(), 'after the answer').toEqual([]);

    await context.close();
    expect(filesContaining(profile, control2).length).toBeGreaterThan(0);
    expect(onDisk(), 'after the browser closed').toEqual([]);
  } finally {
    await new Promise((r) => server.close(r));
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

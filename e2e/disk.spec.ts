// A card number and the master password saved through the protocol must be found nowhere in the
// Chromium profile directory: not while the browser runs, not after it closes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, launchWallet, sendFromPage, serviceWorker, test } from './fixtures';

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
    await sw.evaluate(
      (marker) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('scan-control', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('kv');
          req.onsuccess = () => {
            const tx = req.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put(marker, 'k');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      control,
    );
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

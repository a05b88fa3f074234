// Backup import and export of 10,000 items in Chromium, as the popup does them (message round trip,
// backup-password KDF, decrypt/encrypt, one IndexedDB transaction), beside the same number of rows of
// the same size written (or read) with one plain IndexedDB transaction and no crypto, timed in the
// same extension service worker in the same run.
import { median } from './stats.mjs';
import { withWalletPage } from './wallet-page.mjs';

const ITEMS = 10_000;
const ROUNDS = 3;
const PASSWORD = 'bench-backup-wallet-9c2e';
const BACKUP_PASSWORD = 'bench-backup-file-4d1a';

export async function run() {
  return withWalletPage(async ({ sw, send, timed }) => {
    await send({ type: 'vault.create', password: PASSWORD });
    const cards = Array.from({ length: ITEMS }, (_, i) => ({
      type: 3,
      name: `Card ${i}`,
      card: { cardholderName: `Holder ${i}`, number: `4${String(i).padStart(15, '0')}`, expMonth: String(1 + (i % 12)), expYear: '2031' },
    }));
    await send({ type: 'import.bitwarden', json: JSON.stringify({ items: cards }), mode: 'replace' });

    const exportMs = [];
    const importMs = [];
    const writeBaseline = [];
    const readBaseline = [];
    let file = '';
    for (let r = 0; r < ROUNDS; r++) {
      const exported = await timed({ type: 'backup.export', password: BACKUP_PASSWORD });
      exportMs.push(exported.ms);
      file = exported.value.file;
      const imported = await timed({ type: 'backup.import', file, password: BACKUP_PASSWORD, mode: 'replace' });
      if (imported.value.added.card !== ITEMS) throw new Error('import did not restore every item');
      importMs.push(imported.ms);
      const base = await sw.evaluate(plainIndexedDb, ITEMS);
      writeBaseline.push(base.write);
      readBaseline.push(base.read);
    }
    const note = `median of ${ROUNDS}; includes the backup KDF (Argon2id 46 MiB); backup ${(file.length / 1024 / 1024).toFixed(1)} MB`;
    return [
      { name: 'import.10k-items', value: median(importMs), unit: 'ms', baseline: median(writeBaseline), note: `${note}; baseline: bulkPut of 10k same-size rows, no crypto` },
      { name: 'export.10k-items', value: median(exportMs), unit: 'ms', baseline: median(readBaseline), note: `${note}; baseline: getAll of those rows, no crypto` },
    ];
  });
}

/** Runs in the service worker: writes then reads n rows shaped like sealed items, one transaction each. */
async function plainIndexedDb(n) {
  const name = `bench-baseline-${Math.random()}`;
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('items', { keyPath: 'id' }).createIndex('kind', 'kind');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const rows = Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    kind: 'card',
    iv: crypto.getRandomValues(new Uint8Array(12)),
    ct: crypto.getRandomValues(new Uint8Array(140)),
    createdAt: i,
    updatedAt: i,
  }));
  const done = (tx) => new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
  let t0 = performance.now();
  const wtx = db.transaction('items', 'readwrite');
  for (const row of rows) wtx.objectStore('items').put(row);
  await done(wtx);
  const write = performance.now() - t0;
  t0 = performance.now();
  const rtx = db.transaction('items');
  const all = rtx.objectStore('items').getAll();
  await done(rtx);
  const read = performance.now() - t0;
  if (all.result.length !== n) throw new Error('baseline read back the wrong number of rows');
  db.close();
  await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
  return { write, read };
}

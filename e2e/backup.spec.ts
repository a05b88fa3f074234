// Backup, import and export through the protocol, in Chromium with the real service worker:
// a full round trip, every kind of bad file, the Bitwarden sample, and an import cut off by
// stopping the worker half way.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWallet, expect, sendFromPage, test, TEST_CARD, workerStopper } from './fixtures';

const BACKUP_PASSWORD = 'lantern-orchard-pebble-17';
const here = path.dirname(fileURLToPath(import.meta.url));
const BITWARDEN_SAMPLE = fs.readFileSync(path.join(here, '../src/background/backup/fixtures/bitwarden-export.json'), 'utf8');

type Res<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
interface View {
  id: string;
  kind: string;
  damaged: boolean;
  updatedAt: number;
  data?: Record<string, unknown>;
}

async function ok<T>(page: Page, msg: unknown): Promise<T> {
  const res = await sendFromPage<Res<T>>(page, msg);
  if (!res.ok) throw new Error(`${(msg as { type: string }).type} failed: ${res.error.code} ${res.error.message}`);
  return res.value;
}
const list = (page: Page) => ok<View[]>(page, { type: 'items.list' });
const byId = (items: View[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

async function walletWithOneOfEach(popup: Page): Promise<View[]> {
  await createWallet(popup);
  const { id: cardId } = await ok<{ id: string }>(popup, { type: 'items.put', item: { kind: 'card', data: { ...TEST_CARD, csc: '123' } } });
  const address = { name: 'Grace Hopper', street: '1 Navy Yard', line2: 'Bldg "7", 2nd floor', city: 'Arlington', region: 'VA', postalCode: '22202', country: 'US' };
  const { id: addressId } = await ok<{ id: string }>(popup, { type: 'items.put', item: { kind: 'address', data: address } });
  const { id: identityId } = await ok<{ id: string }>(popup, { type: 'items.put', item: { kind: 'identity', data: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org' } } });
  await ok(popup, { type: 'items.put', item: { kind: 'loyalty', data: { name: 'Miles', number: 'M-123', merchant: 'Air Example' } } });
  await ok(popup, { type: 'items.put', item: { kind: 'profile', data: { name: 'Home', cardId, shippingId: addressId, billingId: addressId, identityId } } });
  await ok(popup, {
    type: 'items.put',
    item: { kind: 'receipt', data: { merchant: 'Café Ünïcödé 合计', site: 'https://shop.example', date: '2026-11-25T10:00:00.000Z', amount: 123456, currency: 'JPY', cardId, cardLast4: '4242' } },
  });
  return list(popup);
}

test('backup, delete everything, import: every item comes back exactly', async ({ popup }) => {
  const before = await walletWithOneOfEach(popup);
  expect(before).toHaveLength(6);
  const backup = await ok<{ file: string; count: number }>(popup, { type: 'backup.export', password: BACKUP_PASSWORD });
  expect(backup.count).toBe(6);
  expect(backup.file).not.toContain('4242');
  for (const item of before) await ok(popup, { type: 'items.delete', id: item.id });
  expect(await list(popup)).toEqual([]);

  const summary = await ok<{ added: Record<string, number> }>(popup, { type: 'backup.import', file: backup.file, password: BACKUP_PASSWORD, mode: 'merge' });
  expect(summary.added).toEqual({ card: 1, address: 1, identity: 1, loyalty: 1, profile: 1, receipt: 1 });
  expect(byId(await list(popup))).toEqual(byId(before));
  // Importing it again finds only duplicates.
  expect(await ok(popup, { type: 'backup.import', file: backup.file, password: BACKUP_PASSWORD, mode: 'merge' })).toMatchObject({ added: {}, duplicates: 6 });
});

test('every kind of bad backup file gets its own clear error and changes nothing', async ({ popup }) => {
  const before = await walletWithOneOfEach(popup);
  const { file } = await ok<{ file: string }>(popup, { type: 'backup.export', password: BACKUP_PASSWORD, kinds: ['card', 'address'] });
  const edit = (change: (f: { header: Record<string, unknown> }) => void) => {
    const f = JSON.parse(file);
    change(f);
    return JSON.stringify(f);
  };
  const cases: [string, string, string][] = [
    ['truncated', file.slice(0, Math.floor(file.length * 0.6)), 'backup-damaged'],
    ['tampered header', edit((f) => void (f.header.kinds = ['card'])), 'backup-damaged'],
    ['wrong password', file, 'wrong-backup-password'],
    ['not a backup', 'Date,Merchant\n2026-01-01,Shop\n', 'not-a-backup'],
    ['newer version', edit((f) => void (f.header.version = 2)), 'newer-backup'],
  ];
  for (const [label, text, code] of cases) {
    const password = label === 'wrong password' ? 'not the backup password' : BACKUP_PASSWORD;
    for (const mode of ['merge', 'replace']) {
      const res = await sendFromPage<Res<unknown>>(popup, { type: 'backup.import', file: text, password, mode });
      expect(res.ok, label).toBe(false);
      if (!res.ok) {
        expect(res.error.code, label).toBe(code);
        expect(res.error.message.length, label).toBeGreaterThan(10);
      }
      expect(byId(await list(popup)), label).toEqual(byId(before));
    }
  }
});

test('the Bitwarden sample imports its cards, identities and addresses and reports the rest', async ({ popup }) => {
  await createWallet(popup);
  const summary = await ok<{ added: Record<string, number>; skipped: { name: string }[]; ignored: Record<string, number> }>(popup, {
    type: 'import.bitwarden',
    json: BITWARDEN_SAMPLE,
    mode: 'merge',
  });
  expect(summary.added).toEqual({ card: 2, identity: 4, address: 2 });
  expect(summary.skipped.map((s) => s.name)).toEqual(['Old store card', 'Amex without expiry', 'Holiday cottage']);
  expect(summary.ignored).toEqual({ login: 1, secureNote: 1 });
  const cards = (await list(popup)).filter((i) => i.kind === 'card').map((i) => i.data!.number).sort();
  expect(cards).toEqual(['4111111111111111', '5555555555554444']);
  await popup.reload();
  await expect(popup.getByRole('listitem').filter({ hasText: '•••• 1111' })).toHaveCount(1);
});

test('a large import cut off by stopping the worker leaves all the old items or all the new, never a mix', async ({ wallet, popup, extensionId }) => {
  test.setTimeout(180_000);
  await createWallet(popup);
  for (let i = 0; i < 5; i++) await ok(popup, { type: 'items.put', item: { kind: 'card', data: { ...TEST_CARD, number: `400000000000000${i}` } } });
  await ok(popup, { type: 'items.put', item: { kind: 'loyalty', data: { name: 'Miles', number: 'M-1', merchant: 'Air Example' } } });
  const old = byId(await list(popup));
  const oldBackup = await ok<{ file: string }>(popup, { type: 'backup.export', password: BACKUP_PASSWORD, kinds: ['card'] });

  // 10,000 new cards replace the old ones, are backed up, then the old ones are restored.
  const items = Array.from({ length: 10_000 }, (_, i) => ({
    type: 3,
    name: `Card ${i}`,
    card: { cardholderName: `Holder ${i}`, number: `5${String(i).padStart(15, '0')}`, expMonth: String(1 + (i % 12)), expYear: '2031' },
  }));
  await ok(popup, { type: 'import.bitwarden', json: JSON.stringify({ encrypted: false, items }), mode: 'replace' });
  const newItems = byId(await list(popup));
  expect(newItems.filter((i) => i.kind === 'card')).toHaveLength(10_000);
  const newBackup = await ok<{ file: string; count: number }>(popup, { type: 'backup.export', password: BACKUP_PASSWORD, kinds: ['card'] });
  await ok(popup, { type: 'backup.import', file: oldBackup.file, password: BACKUP_PASSWORD, mode: 'replace' });
  expect(byId(await list(popup))).toEqual(old);

  const stop = await workerStopper(wallet, popup, extensionId);
  await popup.evaluate(
    ([file, password]) => {
      // Not awaited: the answer never comes, the worker is stopped first.
      (globalThis as any).chrome.runtime.sendMessage({ type: 'backup.import', file, password, mode: 'replace' }).catch(() => {});
    },
    [newBackup.file, BACKUP_PASSWORD],
  );
  // Poll from inside the page (no test-runner round trip per poll) so the sealing phase is seen even
  // on a fast machine; stop the worker the moment the import is sealing (or already writing).
  const { phase, seen } = await popup.evaluate(async () => {
    const seen: string[] = [];
    let phase = '';
    for (let i = 0; i < 20_000 && phase !== 'sealing' && phase !== 'writing' && phase !== 'done'; i++) {
      const status = await (globalThis as any).chrome.runtime.sendMessage({ type: 'backup.importStatus' });
      if (status?.ok) phase = status.value.phase;
      if (!seen.includes(phase)) seen.push(phase);
    }
    return { phase, seen };
  });
  await stop();
  // The import was really under way when the worker was stopped: sealing, or already writing when
  // the first status answer came late (a loaded machine), never done.
  expect(['sealing', 'writing'], `phases seen: ${seen.join(', ')}`).toContain(phase);
  test.info().annotations.push({ type: 'stopped during', description: phase });

  // A fresh worker: the wallet opens, and holds exactly one of the two states.
  const after = byId(await list(popup));
  const isOld = JSON.stringify(after) === JSON.stringify(old);
  // newItems already holds the loyalty card: the Bitwarden import replaced only the cards.
  expect(newItems).toHaveLength(10_001);
  const isNew = JSON.stringify(after) === JSON.stringify(newItems);
  expect(after.length === old.length || after.length === 10_001, `vault holds ${after.length} items`).toBe(true);
  expect(isOld || isNew).toBe(true);
  test.info().annotations.push({ type: 'state after the stop', description: isOld ? 'old' : 'new' });
  // And it still imports: no import is left "running".
  expect(await ok(popup, { type: 'backup.import', file: newBackup.file, password: BACKUP_PASSWORD, mode: 'replace' })).toMatchObject({ added: { card: 10_000 } });
});

test('receipts from a CSV file come back out as CSV, formulas neutralised; a second import adds nothing', async ({ popup }) => {
  await createWallet(popup);
  const csv = 'Date,Store,Total,Order #,Notes\r\n2026-01-02,Bakery,"£3.50",77,\r\n2026-01-03,=cmd|calc,"1 234,56 €",,"two\nlines"\r\n';
  expect(await ok(popup, { type: 'import.receiptsCsv', csv })).toMatchObject({ added: { receipt: 2 }, skipped: [] });
  expect(await ok(popup, { type: 'import.receiptsCsv', csv })).toMatchObject({ added: {}, duplicates: 2 });
  const out = await ok<{ csv: string; count: number; fileName: string }>(popup, { type: 'export.csv', kind: 'receipt' });
  expect(out.count).toBe(2);
  expect(out.fileName).toMatch(/receipts-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(out.csv).toContain("2026-01-02T00:00:00.000Z,Bakery,,3.50,GBP,,,,77,,\r\n");
  expect(out.csv).toContain(`'=cmd|calc,,1234.56,EUR`);
  expect(out.csv).toContain('"two\nlines"');
});

// Backup, import and export through the real router and handlers, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, type ExportedBackup, type ImportStatus, type ImportSummary } from '../../core/transfer';
import type { ItemView } from '../../core/types';
import { BACKUP_PASSWORD, CONTENT, errorOf, fill, unlockedWallet, valueOf } from '../testing/transfer-wallet';

const REQUESTS = [
  { type: 'backup.export', password: BACKUP_PASSWORD },
  { type: 'backup.import', file: '{}', password: BACKUP_PASSWORD, mode: 'merge' },
  { type: 'backup.importStatus' },
  { type: 'import.bitwarden', json: '{}', mode: 'merge' },
  { type: 'import.receiptsCsv', csv: 'Date,Merchant\n' },
  { type: 'export.csv', kind: 'receipt' },
];

describe('backup and import requests', () => {
  it.each(REQUESTS)('are forbidden to content scripts: $type', async (req) => {
    const { call } = await unlockedWallet();
    expect(errorOf(await call(req, CONTENT)).code).toBe('forbidden');
  });

  it('back up, delete everything, import: every item back with the same id, data and time', async () => {
    const { call } = await unlockedWallet();
    const before = await fill(call);
    const backup = valueOf(await call<ExportedBackup>({ type: 'backup.export', password: BACKUP_PASSWORD }));
    expect(backup).toMatchObject({ count: 4, damaged: 0, fileName: expect.stringMatching(/^checkout-wallet-\d{4}-\d{2}-\d{2}\.backup\.json$/) });
    for (const item of before) await call({ type: 'items.delete', id: item.id });
    expect(valueOf(await call<ItemView[]>({ type: 'items.list' }))).toEqual([]);
    const summary = valueOf(await call<ImportSummary>({ type: 'backup.import', file: backup.file, password: BACKUP_PASSWORD, mode: 'merge' }));
    expect(summary).toMatchObject({ added: { card: 1, address: 1, profile: 1, receipt: 1 }, duplicates: 0 });
    expect(valueOf(await call<ItemView[]>({ type: 'items.list' }))).toEqual(before);
    expect(valueOf(await call<ImportStatus>({ type: 'backup.importStatus' }))).toEqual({ phase: 'done', done: 4, total: 4 });
  });

  it('exports only the chosen kinds, and a replace import touches only those', async () => {
    const { call } = await unlockedWallet();
    const before = await fill(call);
    const backup = valueOf(await call<ExportedBackup>({ type: 'backup.export', password: BACKUP_PASSWORD, kinds: ['receipt'] }));
    expect(backup.count).toBe(1);
    const summary = valueOf(await call<ImportSummary>({ type: 'backup.import', file: backup.file, password: BACKUP_PASSWORD, mode: 'replace' }));
    // The receipt is rewritten under its own id: nothing of its kind had to be removed.
    expect(summary).toMatchObject({ added: { receipt: 1 }, removed: 0 });
    expect(valueOf(await call<ItemView[]>({ type: 'items.list' }))).toEqual(before);
  });

  it('refuses a weak backup password, a locked wallet and oversized files with clear errors', async () => {
    const { call } = await unlockedWallet();
    expect(errorOf(await call({ type: 'backup.export', password: 'short' })).code).toBe('weak-password');
    const big = 'x'.repeat(MAX_IMPORT_CHARS + 1);
    expect(errorOf(await call({ type: 'import.receiptsCsv', csv: big }))).toMatchObject({ code: 'too-large', message: expect.stringContaining('50 MB') });
    expect(errorOf(await call({ type: 'backup.import', file: big, password: 'x', mode: 'merge' })).code).toBe('too-large');
    await call({ type: 'vault.lock' });
    expect(errorOf(await call({ type: 'backup.export', password: BACKUP_PASSWORD })).code).toBe('locked');
    expect(errorOf(await call({ type: 'export.csv', kind: 'address' })).code).toBe('locked');
    expect(valueOf(await call<ImportStatus>({ type: 'backup.importStatus' })).phase).toBe('failed');
  });

  it('rejects malformed requests: unknown fields, empty or repeated kinds, unknown modes', async () => {
    const { call } = await unlockedWallet();
    for (const req of [
      { type: 'backup.export', password: BACKUP_PASSWORD, kinds: [] },
      { type: 'backup.export', password: BACKUP_PASSWORD, kinds: ['card', 'card'] },
      { type: 'backup.import', file: '{}', password: 'x', mode: 'overwrite' },
      { type: 'export.csv', kind: 'card' },
      { type: 'backup.importStatus', extra: 1 },
    ]) {
      expect(errorOf(await call(req)).code).toBe('invalid-message');
    }
  });

  it('runs one import at a time', async () => {
    const { call } = await unlockedWallet();
    const backup = valueOf(await call<ExportedBackup>({ type: 'backup.export', password: BACKUP_PASSWORD }));
    const first = call({ type: 'backup.import', file: backup.file, password: BACKUP_PASSWORD, mode: 'merge' });
    expect(errorOf(await call({ type: 'import.receiptsCsv', csv: 'Date,Merchant\n' })).code).toBe('busy');
    expect((await first).ok).toBe(true);
    expect((await call({ type: 'import.receiptsCsv', csv: 'Date,Merchant\n2026-01-01,A\n' })).ok).toBe(true);
  });

  it('imports a Bitwarden export and receipts CSV, and exports CSV', async () => {
    const { call } = await unlockedWallet();
    const bitwarden = JSON.stringify({ encrypted: false, items: [{ type: 3, name: 'Visa', card: { cardholderName: 'Ada', number: '4111-1111-1111-1111', expMonth: '1', expYear: '2031' } }, { type: 1, name: 'login' }] });
    expect(valueOf(await call<ImportSummary>({ type: 'import.bitwarden', json: bitwarden, mode: 'merge' }))).toMatchObject({ added: { card: 1 }, ignored: { login: 1 } });
    const csv = 'Date,Merchant,Amount\n2026-01-02,Bakery,£3.50\n';
    expect(valueOf(await call<ImportSummary>({ type: 'import.receiptsCsv', csv }))).toMatchObject({ added: { receipt: 1 } });
    expect(valueOf(await call<ImportSummary>({ type: 'import.receiptsCsv', csv }))).toMatchObject({ added: {}, duplicates: 1 });
    const out = valueOf(await call<{ csv: string; count: number }>({ type: 'export.csv', kind: 'receipt' }));
    expect(out.count).toBe(1);
    expect(out.csv).toContain('Bakery');
    expect(out.csv).toContain('3.50,GBP');
  });
});

describe('Bitwarden replace', () => {
  it('replaces only the kinds the file holds', async () => {
    const { call } = await unlockedWallet();
    const before = await fill(call);
    const json = JSON.stringify({ items: [{ type: 3, name: 'New', card: { cardholderName: 'B', number: '5555555555554444', expMonth: '2', expYear: '2032' } }] });
    expect(valueOf(await call<ImportSummary>({ type: 'import.bitwarden', json, mode: 'replace' }))).toMatchObject({ added: { card: 1 }, removed: 1 });
    const after = valueOf(await call<ItemView[]>({ type: 'items.list' }));
    expect(after.filter((i) => i.kind !== 'card')).toEqual(before.filter((i) => i.kind !== 'card'));
  });
});

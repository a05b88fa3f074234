// Random, truncated and mutated files through the real import handlers: every one either imports
// cleanly or gets one of the clear file errors, and a failed import changes nothing in the vault.
import { describe, expect, it } from 'vitest';
import type { ExportedBackup, ImportSummary } from '../../core/transfer';
import type { ItemView } from '../../core/types';
import type { Result } from '../../core/protocol';
import { BACKUP_PASSWORD, fill, unlockedWallet, valueOf } from '../testing/transfer-wallet';
import bitwardenSample from './fixtures/bitwarden-export.json';
import { prng } from '../../core/testing/prng';

const FILE_ERRORS = ['not-a-backup', 'backup-damaged', 'wrong-backup-password', 'newer-backup', 'unreadable-file', 'too-large'];
const NOISE = ['{', '}', '[', ']', '"', ':', ',', '\\', '\u0000', '\ud800', 'null', '1e999', '-0', 'A', '=', '\n', '"kdf"', '"m":9999999999'];

/** Truncations, single-character changes and inserted noise of `text`, reproducibly. */
function mutants(text: string, count: number, seed: number): string[] {
  const rand = prng(seed);
  const pick = () => Math.floor(rand() * text.length);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = pick();
    switch (i % 4) {
      case 0:
        out.push(text.slice(0, at));
        break;
      case 1:
        out.push(text.slice(0, at) + String.fromCharCode(32 + Math.floor(rand() * 95)) + text.slice(at + 1));
        break;
      case 2:
        out.push(text.slice(0, at) + NOISE[Math.floor(rand() * NOISE.length)] + text.slice(at));
        break;
      default:
        out.push(text.slice(at));
    }
  }
  return out;
}

async function expectCleanOutcome(res: Result<ImportSummary>, before: ItemView[], list: () => Promise<ItemView[]>, mode = 'merge') {
  if (res.ok) {
    // A mutation the format ignores (whitespace, a field it does not read) is the same backup: a
    // merge finds only duplicates; a replace writes the same items back (the list check below).
    if (mode === 'merge') expect(Object.values(res.value.added).reduce((a, b) => a + (b ?? 0), 0)).toBe(0);
  } else {
    expect(FILE_ERRORS).toContain(res.error.code);
    expect(res.error.message.length).toBeGreaterThan(0);
  }
  expect(await list()).toEqual(before);
}

describe('import fuzz', () => {
  it('backup files: 120 truncated and mutated copies, in merge and replace mode', async () => {
    const { call } = await unlockedWallet();
    const before = await fill(call);
    const list = async () => valueOf(await call<ItemView[]>({ type: 'items.list' }));
    const backup = valueOf(await call<ExportedBackup>({ type: 'backup.export', password: BACKUP_PASSWORD }));
    const files = mutants(backup.file, 120, 7);
    for (const [i, file] of files.entries()) {
      const mode = i % 2 ? 'replace' : 'merge';
      const res = await call<ImportSummary>({ type: 'backup.import', file, password: BACKUP_PASSWORD, mode });
      await expectCleanOutcome(res, before, list, mode);
    }
  }, 120_000);

  it('Bitwarden exports and receipts CSV: random text, truncations and mutations', async () => {
    const { call } = await unlockedWallet();
    const before = await fill(call);
    const list = async () => valueOf(await call<ItemView[]>({ type: 'items.list' }));
    const rand = prng(11);
    const random = Array.from({ length: 30 }, () =>
      Array.from({ length: Math.floor(rand() * 300) }, () => String.fromCharCode(Math.floor(rand() * 0x3000))).join(''),
    );
    const json = JSON.stringify(bitwardenSample);
    for (const text of random) {
      // Random text is never an export: even replace mode must leave everything in place.
      const res = await call<ImportSummary>({ type: 'import.bitwarden', json: text, mode: 'replace' });
      expect(res.ok).toBe(false);
      await expectCleanOutcome(res, before, list);
    }
    for (const text of mutants(json, 60, 3)) {
      const res = await call<ImportSummary>({ type: 'import.bitwarden', json: text, mode: 'merge' });
      if (res.ok) {
        // A mutant that still parses imports what it holds; undo it so the next one starts from the same vault.
        for (const item of await list()) if (!before.some((b) => b.id === item.id)) await call({ type: 'items.delete', id: item.id });
        continue;
      }
      await expectCleanOutcome(res, before, list);
    }
    for (const text of random) {
      const res = await call<ImportSummary>({ type: 'import.receiptsCsv', csv: text });
      if (res.ok) expect(Object.keys(res.value.added)).toEqual([]);
      else expect(FILE_ERRORS).toContain(res.error.code);
      expect(await list()).toEqual(before);
    }
  }, 120_000);
});

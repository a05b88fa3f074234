// Backup, import and export requests (page-only). Files are checked for size first; every import
// runs under one ImportProgress, so there is one at a time and the popup can poll its progress.
import { WalletError } from '../../core/errors';
import type { KdfParams } from '../../core/kdf';
import type { PageRequest, ResponseMap } from '../../core/protocol';
import { MAX_IMPORT_CHARS } from '../../core/transfer';
import { ITEM_KINDS } from '../../core/types';
import type { Vault } from '../vault';
import { fromBitwarden } from './bitwarden';
import { addressesToCsv, receiptsToCsv } from './csv-export';
import { readBackup, writeBackup } from './file';
import { importItems } from './import-items';
import type { ImportProgress } from './progress';
import { receiptsFromCsv } from './receipts-csv';

export type TransferType = 'backup.export' | 'backup.import' | 'backup.importStatus' | 'import.bitwarden' | 'import.receiptsCsv' | 'export.csv';
export type TransferHandlers = { [T in TransferType]: (req: Extract<PageRequest, { type: T }>) => Promise<ResponseMap[T]> };

export interface TransferDeps {
  vault: Vault;
  progress: ImportProgress;
  /** The data key; throws `locked` when the wallet is locked (and counts as wallet activity). */
  requireKey(): Promise<CryptoKey>;
  /** KDF for new backups: the vault's (tests pass a cheap one). */
  backupKdf: KdfParams;
  minPasswordLength: number;
}

export function makeTransferHandlers(d: TransferDeps): TransferHandlers {
  /** Refuses an import if the wallet was locked while it was being prepared. */
  const stillUnlocked = async () => {
    await d.requireKey();
  };

  return {
    'backup.export': async ({ password, kinds }) => {
      const key = await d.requireKey();
      if ([...password].length < d.minPasswordLength) {
        throw new WalletError('weak-password', `Use at least ${d.minPasswordLength} characters for the backup password.`);
      }
      const chosen = kinds ?? [...ITEM_KINDS];
      const all = await d.vault.exportItems(key);
      const items = all.items.filter((i) => chosen.includes(i.kind));
      const now = new Date();
      const file = await writeBackup(items, chosen, password, d.backupKdf, now);
      return { file, fileName: `checkout-wallet-${now.toISOString().slice(0, 10)}.backup.json`, count: items.length, damaged: all.damaged };
    },
    'backup.import': ({ file, password, mode }) =>
      d.progress.run(async (report) => {
        checkSize(file);
        const key = await d.requireKey();
        const backup = await readBackup(file, password);
        const incoming = backup.items.map((item, position) => ({ ...item, position, name: '' }));
        return importItems(d.vault, key, incoming, { mode, kinds: backup.header.kinds, report, beforeCommit: stillUnlocked });
      }),
    'backup.importStatus': async () => d.progress.status(),
    'import.bitwarden': ({ json, mode, includeCsc }) =>
      d.progress.run(async (report) => {
        checkSize(json);
        const key = await d.requireKey();
        const { items, skipped, ignored } = fromBitwarden(json, { includeCsc });
        // Replace mode replaces the kinds the file holds: a file of cards leaves addresses alone.
        const kinds = [...new Set(items.map((i) => i.kind))];
        return importItems(d.vault, key, items, { mode, kinds, report, beforeCommit: stillUnlocked, skipped, ignored });
      }),
    'import.receiptsCsv': ({ csv }) =>
      d.progress.run(async (report) => {
        checkSize(csv);
        const key = await d.requireKey();
        const { items, skipped } = receiptsFromCsv(csv);
        return importItems(d.vault, key, items, { mode: 'merge', kinds: ['receipt'], report, beforeCommit: stillUnlocked, skipped });
      }),
    'export.csv': async ({ kind }) => {
      const items = await d.vault.list(await d.requireKey());
      const { csv, count } = kind === 'receipt' ? receiptsToCsv(items) : addressesToCsv(items);
      return { csv, count, fileName: `checkout-wallet-${kind === 'receipt' ? 'receipts' : 'addresses'}-${new Date().toISOString().slice(0, 10)}.csv` };
    },
  };
}

function checkSize(text: string): void {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new WalletError('too-large', `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB; nothing was imported.`);
  }
}

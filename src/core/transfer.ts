// What backup, import and export requests answer (see protocol.ts), shared by the popup and the background.
import type { ItemKind } from './types';

/** Imported files over this many characters are refused with `too-large`. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

export interface ExportedBackup {
  /** The backup file's text (JSON); the popup offers it as a download. */
  file: string;
  fileName: string;
  count: number;
  /** Items that could not be decrypted and so are not in the backup. */
  damaged: number;
}

export interface CsvExport {
  csv: string;
  fileName: string;
  count: number;
}

/** Why an entry of an imported file was not imported; the popup words each one in the user's language. */
export const SKIP_REASONS = [
  'no-card', // a Bitwarden card entry without card details
  'card-number', // missing, or not 12 to 19 digits
  'card-expiry-month',
  'card-expiry-year',
  'no-identity', // a Bitwarden identity entry without identity details
  'identity-empty', // no name, email or address
  'address-country', // missing or not recognised
  'address-incomplete', // street, city and postal code are needed
  'no-merchant', // a CSV receipt without merchant or site
  'receipt-date', // missing or not understood
  'receipt-amount', // not understood, or no currency
  'invalid-field', // fails the wallet's schema at `field`
  'invalid-item', // fails the wallet's schema as a whole
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An entry of an imported file that was not imported, and why (never its secret values). */
export interface SkippedEntry {
  /** Position in the file: item index, or CSV line number. */
  position: number;
  /** A name the user recognises (Bitwarden item name, merchant); empty when there is none. */
  name: string;
  reason: SkipReason;
  /** The field that failed (for `invalid-field`): its name, never its value. */
  field?: string;
}

export interface ImportSummary {
  /** Items written, by kind. */
  added: Partial<Record<ItemKind, number>>;
  /** Items already in the wallet with the same kind and content (merge only). */
  duplicates: number;
  /** Items of the replaced kinds that the file did not hold, so are gone now (replace only). */
  removed: number;
  skipped: SkippedEntry[];
  /** Entries of kinds the wallet does not hold (Bitwarden logins, secure notes…), counted by kind. */
  ignored: Record<string, number>;
}

export type ImportPhase = 'idle' | 'reading' | 'sealing' | 'writing' | 'done' | 'failed';

export interface ImportStatus {
  phase: ImportPhase;
  /** Items sealed or written so far in this phase, out of total. */
  done: number;
  total: number;
}

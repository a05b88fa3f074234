// Receipt search and filters, run in popup memory over the decrypted receipts (10,000 must answer in
// well under 30 ms): each receipt's searchable text is lower-cased once, not on every keystroke.
import type { ReceiptData } from '../../core/types';

export interface ReceiptRow {
  id: string;
  data: ReceiptData;
  /** merchant and order number, lower-cased */
  haystack: string;
  /** "2026-03" */
  month: string;
}

export interface ReceiptFilter {
  text: string;
  cardId: string;
  profileId: string;
  month: string;
}

export const NO_FILTER: ReceiptFilter = { text: '', cardId: '', profileId: '', month: '' };

export function toRow(id: string, data: ReceiptData): ReceiptRow {
  return { id, data, haystack: `${data.merchant}\n${data.orderNumber ?? ''}`.toLowerCase(), month: data.date.slice(0, 7) };
}

/** Newest first (ISO timestamps sort as text). */
export function sortNewestFirst(rows: ReceiptRow[]): ReceiptRow[] {
  return rows.sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : 0));
}

export function filterReceipts(rows: readonly ReceiptRow[], f: ReceiptFilter): ReceiptRow[] {
  const needle = f.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!needle || r.haystack.includes(needle)) &&
      (!f.cardId || r.data.cardId === f.cardId) &&
      (!f.profileId || r.data.profileId === f.profileId) &&
      (!f.month || r.month === f.month),
  );
}

/** Months that have receipts, newest first, for the month filter. */
export function monthsOf(rows: readonly ReceiptRow[]): string[] {
  return [...new Set(rows.map((r) => r.month))].sort().reverse();
}

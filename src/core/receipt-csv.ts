// Receipts as CSV: the one format every receipts export writes (Settings → Export receipts, in the
// background, and the receipts tab's "Export CSV" of the rows its filters show, in the popup) and
// the receipts CSV import reads back (background/backup/receipts-csv.ts). Dates in ISO 8601 UTC,
// amounts as plain decimals in the currency's own exponent, so spreadsheets read them as numbers.
import { writeCsv } from './csv';
import { exponentOf } from './money/currencies';
import type { ReceiptData } from './types';

export const RECEIPT_COLUMNS = ['Date', 'Merchant', 'Site', 'Amount', 'Currency', 'Card', 'Card last 4', 'Profile', 'Order number', 'Note', 'Needs review'] as const;

export function receiptsCsv(receipts: readonly ReceiptData[]): string {
  const rows = receipts.map((r) => [
    r.date,
    r.merchant,
    r.site,
    r.amount !== undefined && r.currency ? formatMinor(r.amount, exponentOf(r.currency)) : '',
    r.currency ?? '',
    r.cardLabel ?? '',
    r.cardLast4 ?? '',
    r.profileName ?? '',
    r.orderNumber ?? '',
    r.note ?? '',
    r.needsReview ? 'yes' : '',
  ]);
  return writeCsv([[...RECEIPT_COLUMNS], ...rows]);
}

/** 123456 with exponent 2 → "1234.56"; plain digits and a dot, which any spreadsheet reads as a number. */
export function formatMinor(amount: number, exponent: number): string {
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const whole = exponent ? `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` : digits;
  return amount < 0 ? `-${whole}` : whole;
}

// Receipts as CSV, written by the wallet's one CSV writer (src/core/csv.ts: RFC 4180 quoting,
// spreadsheet formulas neutralised). The popup exports what its filters show.
import { writeCsv } from '../../core/csv';
import { amountText } from './money';
import type { ReceiptRow } from './receipt-query';

export const CSV_HEADER = ['date', 'merchant', 'site', 'amount', 'currency', 'card', 'card_last4', 'profile', 'order_number', 'note'];

export function receiptsCsv(rows: readonly ReceiptRow[], profileName: (id: string) => string | undefined): string {
  return writeCsv([
    CSV_HEADER,
    ...rows.map(({ data: r }) => [
      r.date.slice(0, 10),
      r.merchant,
      r.site,
      r.amount !== undefined && r.currency ? amountText(r.amount, r.currency) : '',
      r.currency ?? '',
      r.cardLabel ?? '',
      r.cardLast4 ?? '',
      r.profileName ?? (r.profileId ? profileName(r.profileId) : undefined) ?? '',
      r.orderNumber ?? '',
      r.note ?? '',
    ]),
  ]);
}

// Receipts as CSV (RFC 4180): every field quoted when it holds a comma, quote or line break; text
// fields that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
import { amountText } from './money';
import type { ReceiptRow } from './receipt-query';

export const CSV_HEADER = ['date', 'merchant', 'site', 'amount', 'currency', 'card', 'card_last4', 'profile', 'order_number', 'note'];

export function csvField(value: string, isText = true): string {
  const safe = isText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function receiptsCsv(rows: readonly ReceiptRow[], profileName: (id: string) => string | undefined): string {
  const lines = [CSV_HEADER.join(',')];
  for (const { data: r } of rows) {
    const amount = r.amount !== undefined && r.currency ? amountText(r.amount, r.currency) : '';
    const profile = r.profileName ?? (r.profileId ? profileName(r.profileId) : undefined) ?? '';
    lines.push(
      [
        csvField(r.date.slice(0, 10), false),
        csvField(r.merchant),
        csvField(r.site),
        csvField(amount, false),
        csvField(r.currency ?? '', false),
        csvField(r.cardLabel ?? ''),
        csvField(r.cardLast4 ?? '', false),
        csvField(profile),
        csvField(r.orderNumber ?? ''),
        csvField(r.note ?? ''),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

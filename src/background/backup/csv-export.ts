// Receipts and addresses as CSV for spreadsheets (the user asked for the file: it is written in the
// clear, formulas neutralised by core/csv). The receipt columns are the ones receipts-csv.ts reads.
import { writeCsv } from '../../core/csv';
import { exponentOf } from '../../core/money/currencies';
import type { AddressData, ItemView, ReceiptData } from '../../core/types';

const RECEIPT_COLUMNS = ['Date', 'Merchant', 'Site', 'Amount', 'Currency', 'Card', 'Card last 4', 'Profile', 'Order number', 'Note', 'Needs review'] as const;
const ADDRESS_COLUMNS = ['Label', 'Name', 'Organization', 'Street', 'Line 2', 'City', 'Region', 'Postal code', 'Country', 'Phone', 'Email'] as const;

export function receiptsToCsv(items: readonly ItemView[]): { csv: string; count: number } {
  const receipts = items.filter((i): i is Extract<ItemView, { kind: 'receipt'; damaged: false }> => i.kind === 'receipt' && !i.damaged);
  const rows = receipts.map(({ data: r }: { data: ReceiptData }) => [
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
  return { csv: writeCsv([[...RECEIPT_COLUMNS], ...rows]), count: rows.length };
}

export function addressesToCsv(items: readonly ItemView[]): { csv: string; count: number } {
  const addresses = items.filter((i): i is Extract<ItemView, { kind: 'address'; damaged: false }> => i.kind === 'address' && !i.damaged);
  const rows = addresses.map(({ data: a }: { data: AddressData }) =>
    [a.label, a.name, a.organization, a.street, a.line2, a.city, a.region, a.postalCode, a.country, a.phone, a.email].map((x) => x ?? ''),
  );
  return { csv: writeCsv([[...ADDRESS_COLUMNS], ...rows]), count: rows.length };
}

/** 123456 with exponent 2 → "1234.56"; plain digits and a dot, which any spreadsheet reads as a number. */
export function formatMinor(amount: number, exponent: number): string {
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const whole = exponent ? `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` : digits;
  return amount < 0 ? `-${whole}` : whole;
}

// Receipts and addresses as CSV for spreadsheets (the user asked for the file: it is written in the
// clear, formulas neutralised by core/csv). Receipts in the one format of core/receipt-csv.ts, which
// receipts-csv.ts reads back.
import { writeCsv } from '../../core/csv';
import { receiptsCsv } from '../../core/receipt-csv';
import type { AddressData, ItemView } from '../../core/types';

const ADDRESS_COLUMNS = ['Label', 'Name', 'Organization', 'Street', 'Line 2', 'City', 'Region', 'Postal code', 'Country', 'Phone', 'Email'] as const;

export function receiptsToCsv(items: readonly ItemView[]): { csv: string; count: number } {
  const receipts = items.flatMap((i) => (i.kind === 'receipt' && !i.damaged ? [i.data] : []));
  return { csv: receiptsCsv(receipts), count: receipts.length };
}

export function addressesToCsv(items: readonly ItemView[]): { csv: string; count: number } {
  const addresses = items.filter((i): i is Extract<ItemView, { kind: 'address'; damaged: false }> => i.kind === 'address' && !i.damaged);
  const rows = addresses.map(({ data: a }: { data: AddressData }) =>
    [a.label, a.name, a.organization, a.street, a.line2, a.city, a.region, a.postalCode, a.country, a.phone, a.email].map((x) => x ?? ''),
  );
  return { csv: writeCsv([[...ADDRESS_COLUMNS], ...rows]), count: rows.length };
}

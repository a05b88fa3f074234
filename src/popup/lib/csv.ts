// The receipts tab's "Export CSV": the rows its filters show, in the wallet's one receipts CSV format
// (core/receipt-csv.ts, the same as Settings → Export receipts, and what the receipts import reads).
import { receiptsCsv as writeReceipts } from '../../core/receipt-csv';
import type { ReceiptRow } from './receipt-query';

/** `profileName`: for receipts recorded before they kept the profile's name, today's name of their profile. */
export function receiptsCsv(rows: readonly ReceiptRow[], profileName: (id: string) => string | undefined): string {
  return writeReceipts(
    rows.map(({ data: r }) => {
      const name = r.profileName ?? (r.profileId ? profileName(r.profileId) : undefined);
      return name ? { ...r, profileName: name } : r;
    }),
  );
}

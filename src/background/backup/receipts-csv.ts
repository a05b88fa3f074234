// Reads receipts from a CSV file with a header row. Columns are found by name (this wallet's own
// export, or common names other tools use); amounts go through the amount parser, so "$12.50",
// "12,50 €" and "12.50" with a Currency column all work. Bad rows are reported with their line.
import { CsvError, readCsv, restoreFormula } from '../../core/csv';
import { WalletError } from '../../core/errors';
import { parseAmount } from '../../core/money/parse-amount';
import type { SkippedEntry, SkipReason } from '../../core/transfer';
import type { IncomingItem } from './import-items';

/** Receipt field → header names that mean it (compared lower-case, spaces and punctuation ignored). */
const COLUMN_NAMES: Record<string, readonly string[]> = {
  date: ['date', 'orderdate', 'purchasedate', 'datum', 'fecha'],
  merchant: ['merchant', 'store', 'shop', 'vendor', 'seller', 'payee', 'händler', 'marchand'],
  site: ['site', 'url', 'website', 'web'],
  amount: ['amount', 'total', 'price', 'ordertotal', 'sum', 'betrag', 'montant', 'importe'],
  currency: ['currency', 'währung', 'devise', 'moneda'],
  cardLabel: ['card', 'cardlabel', 'paymentmethod'],
  cardLast4: ['cardlast4', 'last4', 'cardlastfour'],
  profileName: ['profile'],
  orderNumber: ['ordernumber', 'order', 'orderid', 'orderno'],
  note: ['note', 'notes', 'memo', 'description', 'comment'],
  needsReview: ['needsreview'],
};

const squash = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function receiptsFromCsv(text: string): { items: IncomingItem[]; skipped: SkippedEntry[] } {
  let rows: string[][];
  try {
    rows = readCsv(text);
  } catch (e) {
    throw new WalletError('unreadable-file', e instanceof CsvError ? `Not a readable CSV file: ${e.message}` : 'Not a readable CSV file.');
  }
  const [header, ...body] = rows;
  const columns = new Map<string, number>();
  header?.forEach((h, i) => {
    const name = squash(restoreFormula(h));
    for (const [field, names] of Object.entries(COLUMN_NAMES)) if (names.includes(name) && !columns.has(field)) columns.set(field, i);
  });
  if (!columns.has('date') || !(columns.has('merchant') || columns.has('site'))) {
    throw new WalletError('unreadable-file', 'The CSV needs a header row with at least a Date and a Merchant (or Site) column.');
  }

  const items: IncomingItem[] = [];
  const skipped: SkippedEntry[] = [];
  body.forEach((row, index) => {
    const position = index + 2; // the line number a spreadsheet shows, after the header
    const cell = (field: string) => {
      const i = columns.get(field);
      return i === undefined ? '' : restoreFormula(row[i] ?? '').trim();
    };
    const site = cell('site');
    const merchant = cell('merchant') || hostOf(site);
    const skip = (reason: SkipReason) => skipped.push({ position, name: merchant.slice(0, 200), reason });
    if (!merchant) return skip('no-merchant');
    const date = isoDate(cell('date'));
    if (!date) return skip('receipt-date');
    const currencyCell = cell('currency').toUpperCase();
    const amountCell = cell('amount');
    const money = amountCell ? parseAmount(amountCell, /^[A-Z]{3}$/.test(currencyCell) ? { currency: currencyCell } : {}) : null;
    if (amountCell && !money) return skip('receipt-amount');
    const optional = {
      cardLabel: cell('cardLabel'),
      cardLast4: cell('cardLast4'),
      profileName: cell('profileName'),
      orderNumber: cell('orderNumber'),
      note: cell('note'),
    };
    items.push({
      kind: 'receipt',
      data: {
        merchant,
        site,
        date,
        ...(money ? { amount: money.amount, currency: money.currency } : {}),
        ...Object.fromEntries(Object.entries(optional).filter(([, x]) => x !== '')),
        needsReview: !money || /^(yes|true|1)$/i.test(cell('needsReview')),
      },
      position,
      name: merchant.slice(0, 200),
    });
  });
  return { items, skipped };
}

/** ISO dates and timestamps only (nothing locale-dependent); a bare 2026-11-25 is midnight UTC. */
function isoDate(s: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  const t = s.length === 10 ? `${s}T00:00:00` : s.replace(' ', 'T');
  const d = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t : `${t}Z`); // no zone given: UTC, not the machine's
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function hostOf(site: string): string {
  try {
    return new URL(site).hostname;
  } catch {
    return '';
  }
}

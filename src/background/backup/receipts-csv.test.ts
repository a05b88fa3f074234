import { describe, expect, it } from 'vitest';
import { readCsv } from '../../core/csv';
import { WalletError } from '../../core/errors';
import type { ItemView, ReceiptData } from '../../core/types';
import { formatMinor } from '../../core/receipt-csv';
// The popup's export (the receipts tab), imported here only to prove the import reads back what it writes.
import { receiptsCsv as receiptsTabCsv } from '../../popup/lib/csv';
import { toRow } from '../../popup/lib/receipt-query';
import { addressesToCsv, receiptsToCsv } from './csv-export';
import { receiptsFromCsv } from './receipts-csv';

const receipt = (id: string, data: Partial<ReceiptData>): ItemView => ({
  id,
  kind: 'receipt',
  damaged: false,
  updatedAt: 1,
  data: { merchant: 'Shop', site: 'https://shop.example', date: '2026-11-25T10:00:00.000Z', needsReview: false, ...data },
});

describe('receipts CSV', () => {
  it('exports and reads back the same receipts, amounts in each currency’s decimals', () => {
    const items = [
      receipt('a', { amount: 123456, currency: 'EUR', cardLabel: 'Visa', cardLast4: '4242', orderNumber: 'A-1', note: 'gift, "wrapped"' }),
      receipt('b', { merchant: '=HYPERLINK("x")', amount: 1234, currency: 'JPY' }),
      receipt('c', { amount: -500, currency: 'USD', profileName: 'Home' }),
      receipt('d', { amount: 1234, currency: 'KWD' }),
      receipt('e', { needsReview: true }),
      { id: 'f', kind: 'receipt', damaged: true, updatedAt: 1 },
      { id: 'g', kind: 'card', damaged: false, updatedAt: 1, data: { number: '4111111111111111', holder: 'x', expMonth: 1, expYear: 2030, cardType: 'credit', status: 'active' } },
    ] satisfies ItemView[];
    const { csv, count } = receiptsToCsv(items);
    expect(count).toBe(5);
    expect(csv).not.toContain('4111111111111111');
    expect(readCsv(csv)[2]![1]).toBe(`'=HYPERLINK("x")`); // neutralised in the file
    const { items: back, skipped } = receiptsFromCsv(csv);
    expect(skipped).toEqual([]);
    expect(back.map((i) => i.data)).toEqual(items.slice(0, 5).map((i) => (i as { data: unknown }).data));
  });

  it('reads back what the receipts tab exports (its filtered rows, the same format), profile names filled in', () => {
    const data: ReceiptData[] = [
      { merchant: 'Café "Le Zinc", Paris', site: 'https://zinc.example', date: '2026-03-04T12:34:56.000Z', amount: 1250, currency: 'EUR', cardId: 'c1', cardLabel: 'Old name', cardLast4: '4242', profileId: 'p9', orderNumber: 'Z-1', note: 'gift\nwrapped', needsReview: false },
      { merchant: '@cmd', site: 'https://a.example', date: '2026-03-05T00:00:00.000Z', amount: -500, currency: 'JPY', profileName: 'Work', needsReview: false },
      { merchant: 'B', site: 'https://b.example', date: '2026-03-06T08:00:00.000Z', needsReview: true },
    ];
    const tab = receiptsTabCsv(data.map((d, i) => toRow(`r${i}`, d)), (id) => (id === 'p9' ? 'Home' : undefined));
    // One format: the same file Settings → Export receipts writes for the same receipts.
    const named = data.map((d) => (d.profileId === 'p9' ? { ...d, profileName: 'Home' } : d));
    expect(tab).toBe(receiptsToCsv(named.map((d, i) => ({ id: `r${i}`, kind: 'receipt', damaged: false, updatedAt: 1, data: d }))).csv);
    const { items: back, skipped } = receiptsFromCsv(tab);
    expect(skipped).toEqual([]);
    // Everything but the item references (cardId, profileId: ids do not travel in a CSV file) comes back.
    expect(back.map((i) => i.data)).toEqual(named.map(({ cardId: _c, profileId: _p, ...rest }) => rest));
  });

  it('maps common header names and parses amounts with or without a currency column', () => {
    const csv = 'Order date,Store,Total,Order #\n2026-01-02,Bakery,"£3.50",77\n2026-01-03 14:30,Café,"12,50 €",\n';
    const { items } = receiptsFromCsv(csv);
    expect(items.map((i) => i.data)).toEqual([
      { merchant: 'Bakery', site: '', date: '2026-01-02T00:00:00.000Z', amount: 350, currency: 'GBP', orderNumber: '77', needsReview: false },
      { merchant: 'Café', site: '', date: '2026-01-03T14:30:00.000Z', amount: 1250, currency: 'EUR', needsReview: false },
    ]);
    expect(receiptsFromCsv('Date,Merchant,Amount,Currency\n2026-01-02,Bakery,3.5,CHF\n').items[0]!.data).toMatchObject({ amount: 350, currency: 'CHF' });
  });

  it('reports bad rows by line and reason, and marks receipts without an amount for review', () => {
    const csv = 'Date,Merchant,Site,Amount\n25/11/2026,A,,1.00 USD\n2026-11-25,,,\n2026-11-25,B,,lots\n2026-11-25,,https://c.example/x,\n';
    const { items, skipped } = receiptsFromCsv(csv);
    expect(skipped).toEqual([
      { position: 2, name: 'A', reason: 'receipt-date' },
      { position: 3, name: '', reason: 'no-merchant' },
      { position: 4, name: 'B', reason: 'receipt-amount' },
    ]);
    expect(items.map((i) => i.data)).toEqual([{ merchant: 'c.example', site: 'https://c.example/x', date: '2026-11-25T00:00:00.000Z', needsReview: true }]);
  });

  it('refuses a file without the needed columns, or not CSV at all', () => {
    for (const text of ['Name,Number\nx,1\n', 'Date,Merchant\n"unclosed,2\n']) {
      expect(() => receiptsFromCsv(text)).toThrow(WalletError);
    }
  });
});

describe('addresses CSV and amounts', () => {
  it('writes one row per address under a header', () => {
    const { csv, count } = addressesToCsv([
      { id: 'a', kind: 'address', damaged: false, updatedAt: 1, data: { name: 'Grace', street: '1 Navy Yard', city: 'Arlington', postalCode: '22202', country: 'US', phone: '+1 555' } },
    ]);
    expect(count).toBe(1);
    expect(readCsv(csv)).toEqual([
      ['Label', 'Name', 'Organization', 'Street', 'Line 2', 'City', 'Region', 'Postal code', 'Country', 'Phone', 'Email'],
      ['', 'Grace', '', '1 Navy Yard', '', 'Arlington', '', '22202', 'US', "'+1 555", ''],
    ]);
  });

  it('formats minor units', () => {
    expect([formatMinor(5, 2), formatMinor(-123456, 2), formatMinor(1234, 0), formatMinor(1234, 3)]).toEqual(['0.05', '-1234.56', '1234', '1.234']);
  });
});

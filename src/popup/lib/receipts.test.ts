// Receipt search, filters, chart data and CSV export: the logic behind the receipts tab.
import { describe, expect, it } from 'vitest';
import type { ReceiptData } from '../../core/types';
import { spendingPerMonth } from './chart-data';
import { receiptsCsv } from './csv';
import { parseAmount, amountText } from './money';
import { filterReceipts, monthsOf, NO_FILTER, sortNewestFirst, toRow } from './receipt-query';

const receipt = (over: Partial<ReceiptData>): ReceiptData => ({ merchant: 'Shop', site: 'https://shop.example', date: '2026-03-04T12:00:00.000Z', needsReview: false, ...over });
const rows = [
  toRow('a', receipt({ merchant: 'Librairie Dupont', orderNumber: 'A-100', date: '2026-01-10T12:00:00.000Z', amount: 1250, currency: 'EUR', cardId: 'c1', profileId: 'p1' })),
  toRow('b', receipt({ merchant: 'Gadget Hub', orderNumber: 'GH-7', date: '2026-03-02T12:00:00.000Z', amount: 9999, currency: 'EUR', cardId: 'c2' })),
  toRow('c', receipt({ merchant: 'gadget outlet', date: '2026-03-20T12:00:00.000Z', amount: 500, currency: 'USD', cardId: 'c1', profileId: 'p1' })),
  toRow('d', receipt({ merchant: 'Books', date: '2025-12-31T12:00:00.000Z', amount: 300, currency: 'EUR' })),
];

describe('receipt search and filters', () => {
  it('sorts newest first', () => {
    expect(sortNewestFirst([...rows]).map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('searches merchant and order number, ignoring case', () => {
    expect(filterReceipts(rows, { ...NO_FILTER, text: 'GADGET' }).map((r) => r.id)).toEqual(['b', 'c']);
    expect(filterReceipts(rows, { ...NO_FILTER, text: 'a-100' }).map((r) => r.id)).toEqual(['a']);
    expect(filterReceipts(rows, { ...NO_FILTER, text: 'nothing like it' })).toEqual([]);
  });

  it('filters by card, profile and month, together', () => {
    expect(filterReceipts(rows, { ...NO_FILTER, cardId: 'c1' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(filterReceipts(rows, { ...NO_FILTER, profileId: 'p1', month: '2026-03' }).map((r) => r.id)).toEqual(['c']);
    expect(monthsOf(rows)).toEqual(['2026-03', '2026-01', '2025-12']);
  });
});

describe('spending per month', () => {
  it('sums the most used currency per month, with empty months as zero, across a year boundary', () => {
    const chart = spendingPerMonth(rows, 4);
    expect(chart.currency).toBe('EUR');
    expect(chart.bars).toEqual([
      { month: '2025-12', total: 300 },
      { month: '2026-01', total: 1250 },
      { month: '2026-02', total: 0 },
      { month: '2026-03', total: 9999 },
    ]);
  });

  it('has no bars without amounts', () => {
    expect(spendingPerMonth([toRow('x', receipt({}))])).toEqual({ currency: null, bars: [] });
  });
});

describe('CSV export', () => {
  it('writes the wallet\'s one receipts format: ISO dates, plain amounts, the card as recorded, the profile\'s name', () => {
    const r = toRow('z', receipt({ merchant: 'Café "Le Zinc", Paris', amount: 1250, currency: 'EUR', cardLabel: 'Old name', cardLast4: '4242', profileId: 'p9', orderNumber: 'Z-1', note: 'gift\nwrapped' }));
    const csv = receiptsCsv([r], (id) => (id === 'p9' ? 'Home' : undefined));
    expect(csv.split('\r\n')).toEqual([
      'Date,Merchant,Site,Amount,Currency,Card,Card last 4,Profile,Order number,Note,Needs review',
      '2026-03-04T12:00:00.000Z,"Café ""Le Zinc"", Paris",https://shop.example,12.50,EUR,Old name,4242,Home,Z-1,"gift\nwrapped",',
      '',
    ]);
  });

  it('defuses formulas in text but leaves negative amounts alone', () => {
    const r = toRow('f', receipt({ merchant: '=HYPERLINK("x")', amount: -500, currency: 'EUR', note: '@cmd', needsReview: true }));
    const [, line] = receiptsCsv([r], () => undefined).split('\r\n');
    expect(line).toBe(`2026-03-04T12:00:00.000Z,"'=HYPERLINK(""x"")",https://shop.example,-5.00,EUR,,,,,'@cmd,yes`);
  });
});

describe('amounts', () => {
  it('parses decimals with a point or a comma into minor units and back', () => {
    expect(parseAmount('12.5', 'EUR')).toBe(1250);
    expect(parseAmount('12,05', 'EUR')).toBe(1205);
    expect(parseAmount('1200', 'JPY')).toBe(1200);
    expect(parseAmount('12.345', 'EUR')).toBeNull();
    expect(parseAmount('abc', 'EUR')).toBeNull();
    expect(amountText(1205, 'EUR')).toBe('12.05');
    expect(amountText(-5, 'EUR')).toBe('-0.05');
  });
});

describe('excluded site check', () => {
  it('accepts origins with a plain host, refuses anything else', async () => {
    const { siteOrigin } = await import('./form-checks');
    expect(siteOrigin('https://bank.example')).toBeNull();
    expect(siteOrigin('http://127.0.0.1:8080')).toBeNull();
    expect(siteOrigin('https://not%20a%20site')).toBe('errOrigin');
    expect(siteOrigin('https://bank.example/login')).toBe('errOrigin');
  });
});

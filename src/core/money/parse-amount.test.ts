import { describe, expect, it } from 'vitest';
import { parseAmount, toMinor } from './parse-amount';

describe('parseAmount', () => {
  it.each<[string, { lang?: string; currency?: string }, number, string]>([
    ['$1,234.56', {}, 123456, 'USD'],
    ['1 234,56 €', {}, 123456, 'EUR'],
    ['1\u00a0234,56\u00a0€', {}, 123456, 'EUR'],
    ['1\u202f234,56\u202f€', {}, 123456, 'EUR'],
    ['¥1,234', { lang: 'ja' }, 1234, 'JPY'],
    ['¥1,234', { lang: 'ja-JP' }, 1234, 'JPY'],
    ['¥1,234', { lang: 'zh' }, 123400, 'CNY'],
    ['¥1,234', { lang: 'zh-CN' }, 123400, 'CNY'],
    ['￥1,234.50', {}, 123450, 'CNY'], // fullwidth yen sign; two decimals cannot be yen
    ['1,234円', {}, 1234, 'JPY'],
    ['CHF 12.50', {}, 1250, 'CHF'],
    ["CHF 1'234.50", {}, 123450, 'CHF'],
    ['1.234,56 EUR', {}, 123456, 'EUR'],
    ['R$ 1.234,56', {}, 123456, 'BRL'],
    ['£0.99', {}, 99, 'GBP'],
    ['£.99', {}, 99, 'GBP'],
    ['12,50 zł', {}, 1250, 'PLN'],
    ['₹1,23,456.78', {}, 12345678, 'INR'],
    ['₹12,34,56,789', {}, 123456789 * 100, 'INR'],
    ['KWD 1.234', {}, 1234, 'KWD'],
    ['₩12,000', {}, 12000, 'KRW'],
    ['99 kr', { lang: 'sv-SE' }, 9900, 'SEK'],
    ['99 kr', { lang: 'da' }, 9900, 'DKK'],
    ['$5.00', { lang: 'en-CA' }, 500, 'CAD'],
    ['US$5', { lang: 'en-CA' }, 500, 'USD'],
    ['-$5.00', {}, -500, 'USD'],
    ['−5,00 €', {}, -500, 'EUR'],
    ['Total (3 items): $45.00', {}, 4500, 'USD'],
    ['Qty 2 1 234,56 €', {}, 123456, 'EUR'],
    ['12.5 EUR', {}, 1250, 'EUR'],
    ['1,234.00 JPY', {}, 1234, 'JPY'],
    ['12.50', { currency: 'GBP' }, 1250, 'GBP'],
    ['Total: 1.234,56', { currency: 'EUR' }, 123456, 'EUR'],
    ['１２３４円', {}, 1234, 'JPY'], // fullwidth digits
  ])('%s (%j) → %i %s', (text, hint, amount, currency) => {
    expect(parseAmount(text, hint)).toEqual({ amount, currency });
  });

  it.each([
    ['no number', 'Total'],
    ['no currency and no hint', '12.50'],
    ['a date', '12.03.2024 EUR'],
    ['bad grouping', '$1,2,3'],
    ['three decimals for a two-decimal currency', '$1.999.99'],
    ['cents on yen', '12.34 JPY'],
    ['beyond the data model', '$99,999,999,999,999.99'],
    ['empty', ''],
  ])('returns null for %s', (_label, text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('prefers the number beside a currency over a count', () => {
    expect(parseAmount('2 × 19.99 €')).toEqual({ amount: 1999, currency: 'EUR' });
    expect(parseAmount('3 x 2,50 € = 7,50 €')).toEqual({ amount: 750, currency: 'EUR' });
    expect(parseAmount('Items: 3 — 45.00 USD')).toEqual({ amount: 4500, currency: 'USD' });
  });

  it('does not take letters inside a word for a symbol', () => {
    expect(parseAmount('Order 12.50', {})).toBeNull(); // "R" in "Order" is not the rand
    expect(parseAmount('EURO 12.50')).toBeNull();
  });
});

describe('toMinor', () => {
  it('reads a lone separator before three digits as grouping, except for three-decimal currencies', () => {
    expect(toMinor('1,234', 2)).toBe(123400);
    expect(toMinor('1.234', 2)).toBe(123400);
    expect(toMinor('1.234', 3)).toBe(1234);
    expect(toMinor('0.125', 3)).toBe(125);
  });
  it('pads short fractions and refuses non-zero digits beyond the exponent', () => {
    expect(toMinor('3.5', 2)).toBe(350);
    expect(toMinor('3.50', 0)).toBeNull();
    expect(toMinor('3.00', 0)).toBe(3);
  });
});

// Random and truncated inputs: the parser never throws and returns either null or a sane amount.
import { describe, expect, it } from 'vitest';
import { findTotal } from './find-total';
import { parseAmount, type Money } from './parse-amount';
import { prng } from '../testing/prng';

const PIECES = ['0', '1', '5', '9', '12', '999', ',', '.', ' ', '\u00a0', '\u202f', "'", '-', '−', '$', '€', '£', '¥', '￥', '₹', 'R$',
  'kr', 'zł', 'CHF', 'EUR', 'JPY', 'KWD', 'Total', '合计', '１', '\u0000', '\ud800', '(', ')', '…', 'e', 'E10', 'Infinity', 'NaN'];
const SAMPLES = ['$1,234.56', '1 234,56 €', '¥1,234', 'CHF 12.50', '1.234,56 EUR', 'R$ 1.234,56', '£0.99', '12,50 zł', '₹1,23,456.78'];

function expectSane(m: Money | null) {
  if (m === null) return;
  expect(Number.isSafeInteger(m.amount)).toBe(true);
  expect(Math.abs(m.amount)).toBeLessThanOrEqual(1e13);
  expect(m.currency).toMatch(/^[A-Z]{3}$/);
}

describe('amount parser fuzz', () => {
  it('survives 5,000 random strings', () => {
    const rand = prng(20261125);
    let parsed = 0;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const n = Math.floor(rand() * 12);
      for (let j = 0; j < n; j++) s += PIECES[Math.floor(rand() * PIECES.length)];
      const lang = ['', 'ja', 'zh-CN', 'sv', 'en-CA'][Math.floor(rand() * 5)];
      const m = parseAmount(s, { lang });
      expectSane(m);
      if (m) parsed++;
      expectSane(findTotal([{ label: 'Total', text: s }], { lang }));
    }
    // The generator is meant to produce both outcomes; if it stops doing so the test proves little.
    expect(parsed).toBeGreaterThan(100);
    expect(parsed).toBeLessThan(5000);
  });

  it('survives every truncation of the sample formats, and long garbage', () => {
    for (const sample of SAMPLES) {
      for (let i = 0; i <= sample.length; i++) {
        expectSane(parseAmount(sample.slice(0, i)));
        expectSane(parseAmount(sample.slice(i)));
      }
    }
    const rand = prng(7);
    const long = Array.from({ length: 100_000 }, () => PIECES[Math.floor(rand() * PIECES.length)]).join('');
    const t0 = performance.now();
    expectSane(parseAmount(long));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

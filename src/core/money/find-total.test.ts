import { describe, expect, it } from 'vitest';
import { findTotal, scoreLabel } from './find-total';

describe('findTotal', () => {
  it('picks the grand total over subtotal, shipping and tax, wherever it stands', () => {
    const pairs = [
      { label: 'Subtotal', text: '$100.00' },
      { label: 'Order total', text: '$118.50' },
      { label: 'Shipping', text: '$9.99' },
      { label: 'Estimated tax', text: '$8.51' },
    ];
    expect(findTotal(pairs)).toEqual({ amount: 11850, currency: 'USD', index: 1 });
  });

  it.each([
    ['fr', [['Sous-total', '90,00 €'], ['Frais de port', '5,00 €'], ['Montant total', '95,00 €']], 9500, 'EUR'],
    ['de', [['Zwischensumme', '90,00 €'], ['Versandkosten', '4,90 €'], ['Gesamtsumme', '94,90 €']], 9490, 'EUR'],
    ['it', [['Subtotale', '€ 10,00'], ['Spedizione', '€ 2,00'], ['Totale', '€ 12,00']], 1200, 'EUR'],
    ['es', [['Subtotal', '10,00 €'], ['Importe total', '12,00 €']], 1200, 'EUR'],
    ['nl', [['Subtotaal', '€ 10,00'], ['Verzendkosten', '€ 3,95'], ['Totaal', '€ 13,95']], 1395, 'EUR'],
    ['zh', [['小计', '¥100.00'], ['运费', '¥10.00'], ['合计', '¥110.00']], 11000, 'CNY'],
    ['ja', [['小計', '¥1,000'], ['送料', '¥500'], ['合計', '¥1,500']], 1500, 'JPY'],
    ['ko', [['소계', '₩10,000'], ['배송비', '₩2,500'], ['총액', '₩12,500']], 12500, 'KRW'],
  ])('%s labels', (lang, rows, amount, currency) => {
    const pairs = rows.map(([label, text]) => ({ label: label!, text: text! }));
    expect(findTotal(pairs, { lang })).toMatchObject({ amount, currency });
  });

  it('prefers a grand total to a plain total, and the later of two equal ones', () => {
    expect(findTotal([{ label: 'Grand total', text: '$20.00' }, { label: 'Total', text: '$18.00' }])).toMatchObject({ amount: 2000 });
    expect(findTotal([{ label: 'Total', text: '$18.00' }, { label: 'Total', text: '$20.00' }])).toMatchObject({ amount: 2000, index: 1 });
  });

  it('skips a total label whose text has no amount, and returns null with no total at all', () => {
    expect(findTotal([{ label: 'Total', text: '$20.00' }, { label: 'Order total', text: 'see below' }])).toMatchObject({ amount: 2000 });
    expect(findTotal([{ label: 'Subtotal', text: '$1.00' }, { label: 'Shipping', text: '$2.00' }])).toBeNull();
    expect(findTotal([])).toBeNull();
  });

  it('scores labels', () => {
    expect(scoreLabel('Total incl. VAT')).toBe(3);
    expect(scoreLabel('Total (3 items)')).toBe(2);
    expect(scoreLabel('Tax total')).toBe(0);
    expect(scoreLabel('Shipping total')).toBe(0);
    expect(scoreLabel('Sub-total')).toBe(0);
    expect(scoreLabel('Order summary')).toBe(0);
    expect(scoreLabel('  TOTAL: ')).toBe(2);
  });
});

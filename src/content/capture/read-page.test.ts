// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findTotal } from '../../core/money/find-total';
import { classifyForms } from '../detect';
import { readTotals, siteName, submittedSections } from './read-page';

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
  document.head.innerHTML = '';
});

describe('readTotals', () => {
  it('reads the labels of amounts in spans, table rows and definition lists; core/money picks the total', () => {
    document.body.innerHTML = `
      <div class="summary">Order total: <span>$1,234.56</span></div>
      <table><tr><th>Sous-total</th><td>1 209,56 €</td></tr><tr><th>Montant total TTC</th><td>1 234,56 €</td></tr></table>
      <dl><dt>Gesamtsumme</dt><dd>99,90 €</dd></dl>
      <p>Total: CHF 12.50</p>
      <p>Call 555 0199</p>`;
    const pairs = readTotals(document);
    expect(pairs).toEqual([
      { label: 'Order total:', text: '$1,234.56' },
      { label: 'Montant total TTC', text: '1 234,56 €' },
      { label: 'Gesamtsumme', text: '99,90 €' },
      { label: 'Total: CHF 12.50', text: 'Total: CHF 12.50' },
    ]);
    expect(findTotal(pairs.slice(1, 2), { lang: 'fr' })).toMatchObject({ amount: 123456, currency: 'EUR' });
  });

  it('skips scripts; CJK labels', () => {
    document.body.innerHTML = `<script>var total = 5</script><div>合计 <b>¥1,234</b></div>`;
    expect(readTotals(document)).toEqual([{ label: '合计', text: '¥1,234' }]);
  });
});

describe('submittedSections', () => {
  it("sends the typed fields' texts of the form, a select's option text, never a password", () => {
    document.body.innerHTML = `
      <form id="pay">
        <input name="cc-number" autocomplete="cc-number" value="4242424242424242">
        <select name="country" autocomplete="country"><option value="4" selected>France</option></select>
        <input type="password" name="pw" autocomplete="new-password" value="secret">
        <input name="coupon" value="SAVE10">
      </form>
      <form id="news"><input type="email" name="email" autocomplete="email" value="a@b.example"></form>`;
    const model = classifyForms(document);
    const sections = submittedSections(model, document.getElementById('pay'));
    const values = Object.assign({}, ...sections.map((s) => s.values));
    expect(values).toEqual({ 'cc-number': '4242424242424242', country: 'France' });
    expect(JSON.stringify(sections)).not.toContain('secret');
    expect(JSON.stringify(sections)).not.toContain('SAVE10');
  });
});

describe('siteName', () => {
  it("takes og:site_name, else the title's last part, else nothing", () => {
    document.title = 'Checkout – Demo Shop';
    expect(siteName(document)).toBe('Demo Shop');
    document.head.innerHTML = '<meta property="og:site_name" content="Boutique démo">';
    expect(siteName(document)).toBe('Boutique démo');
    document.head.innerHTML = '';
    document.title = 'Checkout';
    expect(siteName(document)).toBe('');
  });
});

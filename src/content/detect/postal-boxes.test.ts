// @vitest-environment happy-dom
// A postal code over two short boxes whose second says nothing by itself (neighbours.ts splitPostal).
import { describe, expect, it } from 'vitest';
import { classifyForms } from './index';
import { page, typesOf } from './test-page';

const types = (html: string): Record<string, string> => typesOf(page(`<form>${html}</form>`));

describe('a postal code in two boxes, the second unlabelled', () => {
  const forms: [string, string, Record<string, string>][] = [
    ['Japanese 〒 123 - 4567, the second named yubin2', `<label for="z1">郵便番号</label>〒 <input id="z1" name="zip1" maxlength="3"> - <input name="yubin2" maxlength="4">`, { zip1: 'postal-code', yubin2: 'postal-code' }],
    ['Japanese, a full-width dash and tel boxes (typed tel for their type alone)', `<label>〒 <input type="tel" name="a1" maxlength="3"></label>－<input type="tel" name="a2" maxlength="4">`, { a1: 'postal-code', a2: 'postal-code' }],
    ['Brazilian CEP 12345-678, the second named pc2', `<label>CEP <input name="cep" maxlength="5"></label>-<input name="pc2" maxlength="3">`, { cep: 'postal-code', pc2: 'postal-code' }],
    ['Dutch 1234 AB, a space between', `<label for="p1">Postcode</label><input id="p1" name="pc_a" maxlength="4"> <input name="pc_b" maxlength="2">`, { pc_a: 'postal-code', pc_b: 'postal-code' }],
    ['Polish 00-950 in table cells', `<table><tr><td>Kod pocztowy</td><td><input name="k1" size="2"><span>-</span><input name="k2" size="3"></td></tr></table>`, { k1: 'postal-code', k2: 'postal-code' }],
    ['US ZIP+4, the second a number box with a digits placeholder', `<label>ZIP <input name="zip" maxlength="5"></label> – <input type="number" name="f9" maxlength="4" placeholder="0000">`, { zip: 'postal-code', f9: 'postal-code' }],
  ];
  it.each(forms)('%s', (_form, html, expected) => {
    expect(types(html)).toEqual(expected);
    expect(classifyForms(document).sections).toHaveLength(1); // one code, one address
  });
});

describe('a short box after a postal code that is no part of it', () => {
  const forms: [string, string, Record<string, string>][] = [
    ['an "Apt" box', `<label>ZIP <input name="zip" maxlength="5"></label><label>Apt <input name="q" maxlength="5"></label>`, { zip: 'postal-code', q: 'apartment' }],
    ['an unlabelled box after the text "Apt"', `<label>ZIP <input name="zip" maxlength="5"></label> Apt <input name="q" maxlength="5">`, { zip: 'postal-code', q: 'apartment' }],
    ['a box with "Apt" as its placeholder', `<label>ZIP <input name="zip" maxlength="5"></label><input name="q" maxlength="5" placeholder="Apt">`, { zip: 'postal-code', q: 'apartment' }],
    ['a 4-digit "Year" box', `<label>ZIP <input name="zip" maxlength="5"></label><label>Year <input name="q" maxlength="4"></label>`, { zip: 'postal-code', q: 'none' }],
    ['a 4-digit box named year', `<label>ZIP <input name="zip" maxlength="5"></label> - <input name="year" maxlength="4">`, { zip: 'postal-code', year: 'none' }],
    ['a box whose name says it is not fillable', `<label>ZIP <input name="zip" maxlength="5"></label> - <input name="coupon" maxlength="5">`, { zip: 'postal-code', coupon: 'none' }],
    ['a box with a placeholder that is not digits', `<label>ZIP <input name="zip" maxlength="5"></label> - <input name="q" maxlength="4" placeholder="optional">`, { zip: 'postal-code', q: 'none' }],
    ['a box after text that is not a dash', `<label>ZIP <input name="zip" maxlength="5"></label> or <input name="q" maxlength="4">`, { zip: 'postal-code', q: 'none' }],
    ['a box after a word the classifier does not know', `<label>ZIP <input name="zip" maxlength="5"></label> Lote <input name="q" maxlength="4">`, { zip: 'postal-code', q: 'none' }],
    ['a box after a ZIP without maxlength', `<label>ZIP <input name="zip"></label> - <input name="q" maxlength="4">`, { zip: 'postal-code', q: 'none' }],
    ['a box after a ZIP box of 10', `<label>ZIP <input name="zip" maxlength="10"></label> - <input name="q" maxlength="4">`, { zip: 'postal-code', q: 'none' }],
    ['a box without maxlength', `<label>ZIP <input name="zip" maxlength="5"></label> - <input name="q">`, { zip: 'postal-code', q: 'none' }],
    ['a one-character box', `<label>ZIP <input name="zip" maxlength="5"></label> - <input name="q" maxlength="1">`, { zip: 'postal-code', q: 'none' }],
    ['a box with an autocomplete token', `<label>ZIP <input name="zip" maxlength="5"></label> - <input type="tel" name="q" maxlength="4" autocomplete="tel">`, { zip: 'postal-code', q: 'tel' }],
    ['a box with a label the classifier does not know', `<label>ZIP <input name="zip" maxlength="5"></label><label>Lote <input name="q" maxlength="4"></label>`, { zip: 'postal-code', q: 'none' }],
    ['a box with only an aria-label', `<label>ZIP <input name="zip" maxlength="5"></label> - <input name="q" maxlength="4" aria-label="Lote">`, { zip: 'postal-code', q: 'none' }],
  ];
  it.each(forms)('%s', (_form, html, expected) => {
    expect(types(html)).toEqual(expected);
  });
  it('is not a box in another form', () => {
    page(`<form><label>ZIP <input name="zip" maxlength="5"></label></form><form><input name="q" maxlength="4"></form>`);
    expect(typesOf()).toEqual({ zip: 'postal-code', q: 'none' });
  });
  it('is not a third box: a code has two parts', () => {
    expect(types(`<label>ZIP <input name="zip" maxlength="5"></label> - <input name="q1" maxlength="4"> - <input name="q2" maxlength="4">`))
      .toEqual({ zip: 'postal-code', q1: 'postal-code', q2: 'none' });
  });
});

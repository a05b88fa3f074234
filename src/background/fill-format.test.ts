import { describe, expect, it } from 'vitest';
import type { FieldHint, SectionInfo } from '../core/fill';
import { expiryShape, inputText, optionValue, postalParts, sectionTexts, splitDigits } from './fill-format';

const hint = (type: FieldHint['type'], more: Partial<FieldHint> = {}): FieldHint => ({ type, maxLength: -1, placeholder: '', pattern: '', control: 'text', visible: true, ...more });
const exp = { v: '08/2029' };
const options = (...pairs: [string, string][]) => ({ options: pairs });

describe('expiry in one field', () => {
  it.each([
    ['MM/YY', -1, '', '08/29'],
    ['MM / YYYY', -1, '', '08 / 2029'],
    ['MM/AA', -1, '', '08/29'], // French and Spanish: AA for the year
    ['mm/jjjj', -1, '', '08/2029'], // German and Dutch: JJJJ
    ['MMYY', -1, '', '0829'],
    ['', 4, '', '0829'],
    ['', 5, '', '08/29'],
    ['', 7, '', '08/2029'],
    ['', -1, '\\d{2}-\\d{2}', '08-29'],
    ['', -1, '[0-9]{2}/[0-9]{4}', '08/2029'],
    ['', -1, '', '08/29'], // nothing said: MM/YY
  ])('placeholder %j, maxlength %i, pattern %j → %s', (placeholder, maxLength, pattern, want) => {
    expect(inputText(hint('cc-exp', { placeholder, maxLength, pattern }), exp)).toBe(want);
  });

  it('reads only expiry-like placeholders', () => {
    expect(expiryShape('MM / YY')).toBe('MM / YY');
    expect(expiryShape('Expiry date')).toBeNull();
  });
});

describe('expiry in two fields', () => {
  it('year input: four digits unless maxlength 2 or a YY placeholder', () => {
    const year = { v: '2029', alts: ['29'] };
    expect(inputText(hint('cc-exp-year'), year)).toBe('2029');
    expect(inputText(hint('cc-exp-year', { maxLength: 2 }), year)).toBe('29');
    expect(inputText(hint('cc-exp-year', { placeholder: 'AA' }), year)).toBe('29');
    expect(inputText(hint('cc-exp-year', { placeholder: 'YYYY' }), year)).toBe('2029');
  });

  const month = { v: '08', alts: ['8'] };
  it.each([
    ['numbers as values', [['1', 'Jan'], ['8', 'Aug'], ['12', 'Dec']], 'en', '8'],
    ['two-digit values', [['01', '01'], ['08', '08'], ['12', '12']], 'en', '08'],
    ['"08 - August" texts', [['a', '01 - January'], ['h', '08 - August']], 'en', 'h'],
    ['English names', [['x1', 'January'], ['x8', 'August']], 'en', 'x8'],
    ['French short names with dots', [['m1', 'janv.'], ['m8', 'août'], ['m9', 'sept.']], 'fr', 'm8'],
    ['French long names', [['m1', 'Janvier'], ['m8', 'Août']], 'fr', 'm8'],
    ['Chinese', [['01', '1月'], ['08', '8月']], 'zh-CN', '08'],
    ['German on an English page', [['1', 'Januar'], ['8', 'August']], 'de', '8'],
  ] as [string, [string, string][], string, string][])('month select: %s', (_, opts, lang, want) => {
    expect(optionValue(hint('cc-exp-month', options(...opts)), month, lang)).toBe(want);
  });

  it('year select: 2029 or 29, by value or text', () => {
    const year = { v: '2029', alts: ['29'] };
    expect(optionValue(hint('cc-exp-year', options(['28', '2028'], ['29', '2029'])), year, 'en')).toBe('29');
    expect(optionValue(hint('cc-exp-year', options(['2029', '29'], ['2030', '30'])), year, 'en')).toBe('2029');
    expect(optionValue(hint('cc-exp-year', options(['y1', '2029年'])), year, 'zh')).toBeNull();
  });
});

describe('country and state selects', () => {
  const france = { v: 'France', alts: ['FR', 'France', 'FRA'] };
  it('matches by code or by name, never a near miss', () => {
    expect(optionValue(hint('country', options(['', 'Choose'], ['FR', 'France (FR)'])), france, 'en')).toBe('FR');
    expect(optionValue(hint('country', options(['1', 'Allemagne'], ['4', 'France'])), france, 'fr')).toBe('4');
    expect(optionValue(hint('country', options(['fra', 'FRA'])), france, 'en')).toBe('fra');
    expect(optionValue(hint('country', options(['1', 'Francia del Sur'])), france, 'es')).toBeNull();
  });

  it('states by code or name', () => {
    const ca = { v: 'CA', alts: ['California'] };
    expect(optionValue(hint('address-level1', options(['AL', 'Alabama'], ['CA', 'California'])), ca, 'en')).toBe('CA');
    expect(optionValue(hint('address-level1', options(['5', 'Alabama'], ['6', 'California'])), ca, 'en')).toBe('6');
    expect(optionValue(hint('address-level1', options(['5', 'Canada'])), ca, 'en')).toBeNull();
  });
});

describe('card number and phone', () => {
  it('splits a card number over boxes by their maxlength', () => {
    expect(splitDigits('4242424242424242', [4, 4, 4, 4])).toEqual(['4242', '4242', '4242', '4242']);
    expect(splitDigits('378282246310005', [4, 6, 5])).toEqual(['3782', '822463', '10005']);
  });

  it('a section with four visible boxes gets one group each; a hidden fifth box gets nothing', () => {
    const section: SectionInfo = {
      id: 's1',
      kind: 'payment',
      fields: [hint('cc-number', { maxLength: 4 }), hint('cc-number', { maxLength: 4 }), hint('cc-number', { maxLength: 4, visible: false }), hint('cc-number', { maxLength: 4 }), hint('cc-number', { maxLength: 4 })],
    };
    expect(sectionTexts(section, { 'cc-number': { v: '4242424242421234' } }, 'en').texts).toEqual(['4242', '4242', null, '4242', '1234']);
  });

  it('two card-number boxes with other fields between them each get the whole number, not a split', () => {
    const section: SectionInfo = { id: 's1', kind: 'payment', fields: [hint('cc-number'), hint('cc-exp'), hint('cc-csc'), hint('cc-number')] };
    const texts = sectionTexts(section, { 'cc-number': { v: '4242424242421234' }, 'cc-exp': exp, 'cc-csc': { v: '123' } }, 'en').texts;
    expect([texts[0], texts[3]]).toEqual(['4242424242421234', '4242424242421234']);
  });

  it('phone: the first form that fits maxlength and pattern', () => {
    const tel = { v: '+33 6 12 34 56 78', alts: ['+33612345678', '0612345678', '612345678'] };
    expect(inputText(hint('tel'), tel)).toBe('+33 6 12 34 56 78');
    expect(inputText(hint('tel', { maxLength: 12 }), tel)).toBe('+33612345678');
    expect(inputText(hint('tel', { maxLength: 10 }), tel)).toBe('0612345678');
    expect(inputText(hint('tel', { pattern: '0[0-9]{9}' }), tel)).toBe('0612345678');
  });

  it('a number box gets the first digits-only form: it would refuse "+33…" and stay empty', () => {
    const tel = { v: '+33 6 12 34 56 78', alts: ['+33612345678', '0612345678', '612345678'] };
    expect(inputText(hint('tel', { control: 'number' }), tel)).toBe('0612345678');
    expect(inputText(hint('postal-code', { control: 'number' }), { v: '94107' })).toBe('94107');
  });

  it('a select with no fitting option is reported, not guessed', () => {
    const section: SectionInfo = { id: 's1', kind: 'billing', fields: [hint('country', options(['DE', 'Germany']))] };
    expect(sectionTexts(section, { country: { v: 'France', alts: ['FR'] } }, 'en')).toEqual({ texts: [null], unmatched: ['country'] });
  });
});

describe('postal code in two boxes', () => {
  const boxes = (...lengths: number[]) => lengths.map((maxLength) => hint('postal-code', { maxLength }));
  const code = (v: string) => ({ v, alts: [v.replace(/[^\p{L}\p{N}]/gu, '')] });

  it.each([
    ['100-0001', [3, 4], ['100', '0001']], // Japan: 〒 123 - 4567
    ['1000001', [3, 4], ['100', '0001']], // written without the dash
    ['1234 AB', [4, 2], ['1234', 'AB']], // the Netherlands
    ['00-950', [2, 3], ['00', '950']], // Poland
    ['01310-100', [5, 3], ['01310', '100']], // Brazil
    ['94107-1234', [5, 4], ['94107', '1234']], // a US ZIP+4
  ])('%s over boxes of %j → %j', (v, lengths, want) => {
    expect(postalParts(boxes(...lengths), code(v))).toEqual(want);
  });

  it('lengths that disagree: the whole code in the first box if it fits there, else nothing rather than a wrong split', () => {
    expect(postalParts(boxes(5, 4), code('94107'))).toEqual(['94107', null]); // a ZIP without the +4
    expect(postalParts(boxes(7, 4), code('100-0001'))).toEqual(['1000001', null]); // the form without the dash fits
    expect(postalParts(boxes(3, 4), code('75001'))).toEqual([null, null]); // a French code in Japanese boxes
  });

  it('boxes without a maxlength take the groups the shopper wrote, one per box', () => {
    expect(postalParts(boxes(-1, -1), code('100-0001'))).toEqual(['100', '0001']);
    expect(postalParts(boxes(-1, -1), code('1000001'))).toEqual(['1000001', null]);
  });

  it('a section with two visible boxes gets the parts; a hidden box takes no part', () => {
    const section: SectionInfo = { id: 's1', kind: 'shipping', fields: [hint('address-level2'), ...boxes(3, 4)] };
    const values = { 'address-level2': { v: '千代田区' }, 'postal-code': code('100-0001') };
    expect(sectionTexts(section, values, 'ja').texts).toEqual(['千代田区', '100', '0001']);
    const hidden: SectionInfo = { ...section, fields: [hint('postal-code', { maxLength: 8, visible: false }), hint('postal-code', { maxLength: 8 })] };
    expect(sectionTexts(hidden, values, 'ja').texts).toEqual([null, '100-0001']);
  });
});

describe('street address of several lines', () => {
  const street = { v: '12 Analytical Street\nSuite 3' };
  it('a textarea takes the lines as lines, an input on one line', () => {
    expect(inputText(hint('street-address', { control: 'textarea' }), street)).toBe('12 Analytical Street\nSuite 3');
    expect(inputText(hint('street-address'), street)).toBe('12 Analytical Street, Suite 3');
  });
});

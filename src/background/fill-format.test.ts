import { describe, expect, it } from 'vitest';
import type { FieldHint, SectionInfo } from '../core/fill';
import { expiryShape, inputText, optionValue, sectionTexts, splitDigits } from './fill-format';

const hint = (type: FieldHint['type'], more: Partial<FieldHint> = {}): FieldHint => ({ type, maxLength: -1, placeholder: '', pattern: '', visible: true, ...more });
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

  it('phone: the first form that fits maxlength and pattern', () => {
    const tel = { v: '+33 6 12 34 56 78', alts: ['+33612345678', '0612345678', '612345678'] };
    expect(inputText(hint('tel'), tel)).toBe('+33 6 12 34 56 78');
    expect(inputText(hint('tel', { maxLength: 12 }), tel)).toBe('+33612345678');
    expect(inputText(hint('tel', { maxLength: 10 }), tel)).toBe('0612345678');
    expect(inputText(hint('tel', { pattern: '0[0-9]{9}' }), tel)).toBe('0612345678');
  });

  it('a select with no fitting option is reported, not guessed', () => {
    const section: SectionInfo = { id: 's1', kind: 'billing', fields: [hint('country', options(['DE', 'Germany']))] };
    expect(sectionTexts(section, { country: { v: 'France', alts: ['FR'] } }, 'en')).toEqual({ texts: [null], unmatched: ['country'] });
  });
});

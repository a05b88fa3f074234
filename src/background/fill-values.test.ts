import { describe, expect, it } from 'vitest';
import type { FieldHint, SectionInfo } from '../core/fill';
import { countryNames } from './country-names';
import { sectionTexts } from './fill-format';
import { parsePhone, splitName, splitStreet, valuesForSection } from './fill-values';

const card = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, csc: '123', cardType: 'credit', status: 'active' } as const;
const home = { name: 'Ada King Lovelace', street: '12 Analytical Street', city: 'London', postalCode: 'N1 9GU', country: 'GB', phone: '020 7946 0958', email: 'ada@example.com' };
const away = { name: 'Ada Lovelace', street: 'Rue de Rivoli 5', city: 'Paris', postalCode: '75001', country: 'FR', region: 'IDF' };
const section = (kind: SectionInfo['kind'], ...types: FieldHint['type'][]): SectionInfo => ({
  id: 's1',
  kind,
  fields: types.map((type) => ({ type, maxLength: -1, placeholder: '', pattern: '', control: 'text', visible: true })),
});

describe('names, streets, phones', () => {
  it('splits names: given, middle, family; Chinese, Japanese and Korean names family-first', () => {
    expect(splitName('Ada King Lovelace')).toEqual({ given: 'Ada', additional: 'King', family: 'Lovelace' });
    expect(splitName('Ada Lovelace')).toEqual({ given: 'Ada', additional: '', family: 'Lovelace' });
    expect(splitName('李雷')).toEqual({ family: '李', given: '雷', additional: '' });
    expect(splitName('山田 太郎')).toEqual({ family: '山田', given: '太郎', additional: '' });
    expect(splitName('김 민준')).toEqual({ family: '김', given: '민준', additional: '' });
  });

  it('splits streets with the number first or last', () => {
    expect(splitStreet('12 Analytical Street')).toEqual({ number: '12', name: 'Analytical Street' });
    expect(splitStreet('Hauptstraße 5a')).toEqual({ number: '5a', name: 'Hauptstraße' });
    expect(splitStreet('Main Street')).toEqual({ number: '', name: 'Main Street' });
  });

  it('reads international and national phone numbers', () => {
    expect(parsePhone('+1 415 555 0199', 'US')).toEqual({ international: '+14155550199', countryCode: '1', national: '4155550199', significant: '4155550199' });
    expect(parsePhone('020 7946 0958', 'GB')).toEqual({ international: '+442079460958', countryCode: '44', national: '02079460958', significant: '2079460958' });
    expect(parsePhone('+33 6 12 34 56 78', 'FR').national).toBe('0612345678');
    expect(parsePhone('+86 138 0013 8000', 'CN').national).toBe('13800138000');
  });

  it('splits a phone number into area code, exchange and line number as the shopper grouped it', () => {
    const parts = (phone: string, country: string) => {
      const out = valuesForSection(section('billing', 'tel-area-code', 'tel-local-prefix', 'tel-local-suffix', 'tel-local'), { billing: { ...home, phone, country } }, 'en');
      return [out['tel-area-code']?.v, out['tel-local-prefix']?.v, out['tel-local-suffix']?.v, out['tel-local']?.v];
    };
    expect(parts('+1 (415) 555-0199', 'US')).toEqual(['415', '555', '0199', '5550199']);
    expect(parts('4155550199', 'US')).toEqual(['415', '555', '0199', '5550199']);
    expect(parts('03-1234-5678', 'JP')).toEqual(['03', '1234', '5678', '12345678']);
    expect(parts('+81 3-1234-5678', 'JP')).toEqual(['03', '1234', '5678', '12345678']);
    expect(parts('0081 90 1234 5678', 'JP')).toEqual(['090', '1234', '5678', '12345678']);
    expect(parts('020 79460958', 'GB')).toEqual(['020', undefined, undefined, '79460958']);
    // Written without groups: no parts to guess, the whole number for the local box.
    expect(parts('0312345678', 'JP')).toEqual([undefined, undefined, undefined, '312345678']);
  });
});

describe('country names in the page language', () => {
  it('gives the page language first, then English and the alpha-3 code', () => {
    expect(countryNames('DE', 'fr')[0]).toBe('Allemagne');
    expect(countryNames('CN', 'zh-CN')[0]).toBe('中国');
    expect(countryNames('GB', 'en-GB')).toContain('GBR');
    expect(countryNames('US', 'xx')[0]).toBe('United States of America');
  });
});

describe('valuesForSection', () => {
  it('a payment section gets only card values, and only the types it has', () => {
    const out = valuesForSection(section('payment', 'cc-name', 'cc-number', 'cc-exp'), { card, billing: home }, 'en');
    expect(out).toEqual({ 'cc-name': { v: 'Ada Lovelace' }, 'cc-number': { v: '4242424242424242' }, 'cc-exp': { v: '08/2029' } });
  });

  it('a shipping section takes the shipping address, a billing section the billing one', () => {
    const source = { billing: home, shipping: away };
    expect(valuesForSection(section('shipping', 'address-level2'), source, 'en')).toEqual({ 'address-level2': { v: 'Paris' } });
    expect(valuesForSection(section('billing', 'address-level2'), source, 'en')).toEqual({ 'address-level2': { v: 'London' } });
  });

  it('given/family names, house number, country in the page language', () => {
    const out = valuesForSection(section('shipping', 'given-name', 'family-name', 'address-housenumber', 'address-streetname', 'country'), { shipping: away }, 'de');
    expect(out['given-name']?.v).toBe('Ada');
    expect(out['family-name']?.v).toBe('Lovelace');
    expect(out['address-housenumber']?.v).toBe('5');
    expect(out['address-streetname']?.v).toBe('Rue de Rivoli');
    expect(out.country?.v).toBe('Frankreich');
    expect(out.country?.alts).toContain('FR');
  });

  it('an apartment, building or floor box takes line 2 when the form has no line-2 box and one such box', () => {
    const flat = { billing: { ...home, line2: 'Flat 4B' } };
    expect(valuesForSection(section('billing', 'address-line1', 'apartment'), flat, 'en').apartment?.v).toBe('Flat 4B');
    expect(valuesForSection(section('billing', 'address-line1', 'floor'), flat, 'en').floor?.v).toBe('Flat 4B');
    expect(valuesForSection(section('billing', 'address-line1', 'address-line2', 'apartment'), flat, 'en').apartment).toBeUndefined();
    const both = valuesForSection(section('billing', 'address-line1', 'floor', 'apartment'), flat, 'en');
    expect([both.floor, both.apartment]).toEqual([undefined, undefined]);
  });

  it('line 1 takes line 2 after a comma when nothing on the form can hold line 2', () => {
    const suite = { billing: { ...home, line2: 'Suite 3' } };
    expect(valuesForSection(section('billing', 'address-line1', 'postal-code'), suite, 'en')['address-line1']).toEqual({ v: '12 Analytical Street, Suite 3', alts: ['12 Analytical Street'] });
    // Two flat/floor boxes: which takes line 2 is not known, so line 1 keeps it.
    expect(valuesForSection(section('billing', 'address-line1', 'floor', 'apartment'), suite, 'en')['address-line1']?.v).toBe('12 Analytical Street, Suite 3');
    expect(valuesForSection(section('billing', 'address-line1', 'address-line2'), suite, 'en')['address-line1']?.v).toBe('12 Analytical Street');
    expect(valuesForSection(section('billing', 'address-line1', 'apartment'), suite, 'en')['address-line1']?.v).toBe('12 Analytical Street');
    expect(valuesForSection(section('billing', 'address-line1'), { billing: home }, 'en')['address-line1']?.v).toBe('12 Analytical Street');
  });

  it('a dialling-code select listing countries that share the code gets the address\'s country, if the number is from it', () => {
    const dial = (phone: string) => {
      const s: SectionInfo = { ...section('billing', 'tel-country-code', 'tel'), fields: [{ ...section('billing', 'tel-country-code').fields[0]!, options: [['AS', '+1 (American Samoa)'], ['CA', '+1 (Canada)'], ['GB', '+44 (United Kingdom)'], ['US', '+1 (United States)']] }, section('billing', 'tel').fields[0]!] };
      return sectionTexts(s, valuesForSection(s, { billing: { ...home, country: 'US', phone } }, 'en'), 'en').texts[0];
    };
    expect(dial('+1 415 555 0199')).toBe('US');
    expect(dial('+44 20 7946 0958')).toBe('GB');
  });

  it('a phone field beside a country-code field gets the national number', () => {
    const out = valuesForSection(section('billing', 'tel-country-code', 'tel'), { billing: home }, 'en');
    expect(out).toEqual({ 'tel-country-code': { v: '+44', alts: ['44', 'GB'] }, tel: { v: '02079460958', alts: ['2079460958'] } });
  });

  it('a street address with line 2 comes as two lines; a postal code also without its separators', () => {
    const out = valuesForSection(section('billing', 'street-address', 'postal-code'), { billing: { ...home, line2: 'Flat 4B' } }, 'en');
    expect(out).toEqual({ 'street-address': { v: '12 Analytical Street\nFlat 4B' }, 'postal-code': { v: 'N1 9GU', alts: ['N19GU'] } });
  });

  it('a US state by code gets its name as an alternative', () => {
    const out = valuesForSection(section('billing', 'address-level1'), { billing: { ...home, country: 'US', region: 'ca' } }, 'en');
    expect(out['address-level1']).toEqual({ v: 'ca', alts: ['CA', 'California'] });
  });
});

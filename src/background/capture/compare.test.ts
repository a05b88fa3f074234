import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../core/types';
import { parseExpiry, typedAddress, typedCard, type CapturedSection } from './captured-items';
import { proposalsFor } from './compare';

const card = (id: string, data: Partial<Extract<ItemView, { kind: 'card' }>['data']> = {}): ItemView => ({
  id, kind: 'card', damaged: false, updatedAt: 1,
  data: { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, cardType: 'credit', status: 'active', ...data },
});
const address = (id: string, data: Partial<Extract<ItemView, { kind: 'address' }>['data']> = {}): ItemView => ({
  id, kind: 'address', damaged: false, updatedAt: 1,
  data: { name: 'Ada Lovelace', street: '12 Analytical Street', line2: 'Suite 3', city: 'San Francisco', region: 'CA', postalCode: '94107', country: 'US', phone: '+1 415 555 0199', email: 'ada@example.com', ...data },
});
const pay = (values: CapturedSection['values']): CapturedSection => ({ kind: 'payment', values });
const billing = (values: CapturedSection['values']): CapturedSection => ({ kind: 'billing', values });
const typedCardValues = { 'cc-name': 'Ada Lovelace', 'cc-number': '4242 4242 4242 4242', 'cc-exp': '08/29', 'cc-csc': '123' };
const typedAddressValues = {
  name: 'Ada Lovelace', 'address-line1': '12 Analytical Street', 'address-line2': 'Suite 3', 'address-level2': 'San Francisco',
  'address-level1': 'CA', 'postal-code': '94107', country: 'US', tel: '+1 415 555 0199', email: 'ada@example.com',
};

describe('reading what was typed', () => {
  it('normalises a card number typed with spaces, dashes or letters to its digits', () => {
    expect(typedCard({ 'cc-number': '4242-4242 4242 4242' })?.number).toBe('4242424242424242');
    expect(typedCard({ 'cc-number': 'x4242424242424242 ' })?.number).toBe('4242424242424242');
  });

  it('refuses a number that fails Luhn or has the wrong length', () => {
    expect(typedCard({ 'cc-number': '4242 4242 4242 4241' })).toBeNull();
    expect(typedCard({ 'cc-number': '4242' })).toBeNull();
    expect(typedCard({ 'cc-number': '' })).toBeNull();
  });

  it('reads expiry in its usual spellings, and from month and year fields', () => {
    expect(parseExpiry('08/29')).toEqual({ month: 8, year: 2029 });
    expect(parseExpiry('8 / 2031')).toEqual({ month: 8, year: 2031 });
    expect(parseExpiry('0829')).toEqual({ month: 8, year: 2029 });
    expect(parseExpiry('08-29')).toEqual({ month: 8, year: 2029 });
    expect(parseExpiry('13/29')).toBeNull();
    expect(parseExpiry('soon')).toBeNull();
    expect(typedCard({ 'cc-number': '4242424242424242', 'cc-exp-month': '03', 'cc-exp-year': '2030' })?.exp).toEqual({ month: 3, year: 2030 });
  });

  it('never reads the security code', () => {
    expect(JSON.stringify(typedCard(typedCardValues))).not.toContain('123');
  });

  it('needs a street and a postal code for an address; country names become codes', () => {
    expect(typedAddress({ 'address-level2': 'Paris', 'postal-code': '75001' })).toBeNull();
    expect(typedAddress({ 'address-line1': '12 rue de Rivoli', 'postal-code': '75001', country: 'France' })?.country).toBe('FR');
    expect(typedAddress({ 'street-address': '12 rue de Rivoli\nBâtiment B', 'postal-code': '75001' })).toMatchObject({ street: '12 rue de Rivoli', line2: 'Bâtiment B' });
  });
});

describe('proposals', () => {
  it('offers to save a new card (no security code) and a new address', () => {
    const out = proposalsFor([pay(typedCardValues), billing(typedAddressValues)], []);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ action: 'save', kind: 'card', data: { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029 } });
    expect(out[0]!.data).not.toHaveProperty('csc');
    expect(out[1]).toMatchObject({ action: 'save', kind: 'address', data: { street: '12 Analytical Street', postalCode: '94107', city: 'San Francisco', country: 'US' } });
  });

  it('offers nothing when card and address are identical (case, spacing and phone punctuation aside)', () => {
    const values = { ...typedAddressValues, name: 'ADA  LOVELACE', tel: '+14155550199', 'address-line1': '12 analytical street.' };
    expect(proposalsFor([pay({ ...typedCardValues, 'cc-name': 'ada lovelace' }), billing(values)], [card('c1'), address('a1')])).toEqual([]);
  });

  it('offers to update a card with the same number but another expiry or name', () => {
    const [p] = proposalsFor([pay({ ...typedCardValues, 'cc-exp': '09/31', 'cc-name': 'A. Lovelace' })], [card('c1', { nickname: 'Visa' })]);
    expect(p).toMatchObject({ action: 'update', kind: 'card', id: 'c1', changes: ['holder', 'expiry'], data: { holder: 'A. Lovelace', expMonth: 9, expYear: 2031, nickname: 'Visa' } });
  });

  it('an invalid card number offers nothing, even next to a saved card', () => {
    expect(proposalsFor([pay({ ...typedCardValues, 'cc-number': '4242424242424241' })], [card('c1')])).toEqual([]);
  });

  it('a new card without an expiry cannot be saved; a known one is still compared by name', () => {
    expect(proposalsFor([pay({ 'cc-number': '5555555555554444' })], [])).toEqual([]);
    expect(proposalsFor([pay({ 'cc-number': '4242424242424242', 'cc-name': 'Grace Hopper' })], [card('c1')])[0]).toMatchObject({ action: 'update', changes: ['holder'] });
  });

  it('matches an address by street and postal code and updates only the fields that changed', () => {
    const [p] = proposalsFor([billing({ ...typedAddressValues, 'address-line2': 'Suite 9', tel: '+1 415 555 0100' })], [address('a1', { label: 'Home' })]);
    expect(p).toMatchObject({ action: 'update', kind: 'address', id: 'a1', changes: ['line2', 'phone'], data: { line2: 'Suite 9', phone: '+1 415 555 0100', label: 'Home', email: 'ada@example.com' } });
  });

  it('a field the form did not have is kept, never erased', () => {
    const { email: _e, tel: _t, ...noContact } = typedAddressValues;
    expect(proposalsFor([billing(noContact)], [address('a1')])).toEqual([]);
  });

  it('another street or postal code is another address', () => {
    const out = proposalsFor([billing({ ...typedAddressValues, 'postal-code': '94108' })], [address('a1')]);
    expect(out).toMatchObject([{ action: 'save', kind: 'address' }]);
    expect(out[0]!.id).toBeUndefined();
  });

  it('one proposal for billing and shipping typed the same; contact sections and damaged items are ignored', () => {
    const out = proposalsFor(
      [billing(typedAddressValues), { kind: 'shipping', values: typedAddressValues }, { kind: 'contact', values: { email: 'x@example.com' } }],
      [{ id: 'd', kind: 'address', damaged: true, updatedAt: 1 }],
    );
    expect(out).toHaveLength(1);
  });

  it('a search box, a login or a newsletter form gives nothing to offer', () => {
    expect(proposalsFor([{ kind: 'contact', values: { email: 'ada@example.com' } }], [])).toEqual([]);
    expect(proposalsFor([{ kind: 'address', values: { 'address-level2': 'Paris' } }], [])).toEqual([]);
  });
});

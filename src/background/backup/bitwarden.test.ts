import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WalletError } from '../../core/errors';
import { fromBitwarden } from './bitwarden';

const sample = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/bitwarden-export.json'), 'utf8');

function codeOf(op: () => unknown): string | undefined {
  try {
    op();
  } catch (e) {
    return e instanceof WalletError ? e.code : 'not a WalletError';
  }
  return undefined;
}

describe('fromBitwarden', () => {
  it('turns cards and identities into wallet items, numbers normalised, two-digit years widened', () => {
    const { items } = fromBitwarden(sample);
    const cards = items.filter((i) => i.kind === 'card').map((i) => i.data);
    expect(cards).toEqual([
      { number: '4111111111111111', holder: 'Ada Lovelace', expMonth: 4, expYear: 2029, nickname: 'Everyday Visa' },
      { number: '5555555555554444', holder: 'Ada K. Lovelace', expMonth: 11, expYear: 2030, nickname: 'Travel Mastercard' },
    ]);
  });

  it('gives an identity with an address both an identity and an address; country names become codes', () => {
    const { items } = fromBitwarden(sample);
    expect(items.filter((i) => i.kind === 'identity').map((i) => i.data)).toEqual([
      { givenName: 'Grace Brewster', familyName: 'Hopper', email: 'grace@example.org', phone: '+1 555 0100' },
      { givenName: 'Katherine', familyName: 'Johnson', organization: 'NASA Langley', email: 'kj@example.org' },
      { givenName: 'Emmy', familyName: 'Noether' },
      { givenName: 'Ada', familyName: 'Lovelace' },
    ]);
    expect(items.filter((i) => i.kind === 'address').map((i) => i.data)).toEqual([
      {
        label: 'Home', name: 'Grace Brewster Hopper', street: '1 Navy Yard', line2: 'Building 7', city: 'Arlington', region: 'VA',
        postalCode: '22202', country: 'US', email: 'grace@example.org', phone: '+1 555 0100',
      },
      { label: 'Berlin flat', name: 'Emmy Noether', street: 'Unter den Linden 6', city: 'Berlin', postalCode: '10117', country: 'DE' },
    ]);
  });

  it('reports what it cannot import, with a reason that names the field and not the value', () => {
    const { skipped, ignored } = fromBitwarden(sample);
    expect(skipped).toEqual([
      { position: 4, name: 'Old store card', reason: 'card-number' },
      { position: 5, name: 'Amex without expiry', reason: 'card-expiry-month' },
      { position: 9, name: 'Holiday cottage', reason: 'address-country' },
    ]);
    expect(JSON.stringify(skipped)).not.toMatch(/1234|378282246310005|Atlantis/);
    expect(ignored).toEqual({ login: 1, secureNote: 1 });
  });

  it('reports cards and identities without their details', () => {
    const json = JSON.stringify({ items: [{ type: 3, name: 'Empty card', card: null }, { type: 4, name: 'Empty identity' }] });
    expect(fromBitwarden(json).skipped).toEqual([
      { position: 0, name: 'Empty card', reason: 'no-card' },
      { position: 1, name: 'Empty identity', reason: 'no-identity' },
    ]);
  });

  it('imports security codes only when asked to', () => {
    const withCsc = fromBitwarden(sample, { includeCsc: true }).items.filter((i) => i.kind === 'card');
    expect(withCsc.map((i) => (i.data as { csc?: string }).csc)).toEqual(['123', undefined]);
  });

  it('refuses encrypted exports, non-JSON and other JSON with clear errors', () => {
    expect(codeOf(() => fromBitwarden(JSON.stringify({ encrypted: true, encKeyValidation_DO_NOT_EDIT: 'x', items: [] })))).toBe('unreadable-file');
    expect(codeOf(() => fromBitwarden('name,number\nx,y'))).toBe('unreadable-file');
    expect(codeOf(() => fromBitwarden('{"hello": "world"}'))).toBe('unreadable-file');
    expect(() => fromBitwarden('{"encrypted": true, "items": []}')).toThrow(/encrypted/);
  });
});

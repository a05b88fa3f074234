// Reads what the user typed into a submitted checkout (field type → text, as the content script
// captured it) as the wallet's own card and address shapes. Only what can be told for sure: a card
// needs a number that passes Luhn, an address a street and a postal code. Security codes are never
// read, so they are never kept nor offered.
import luhn10 from 'card-validator/dist/luhn-10';
import type { FieldType } from '../../core/field-types';
import type { SectionKind } from '../../core/fill';
import { countryCode } from '../backup/countries';

/** One submitted section, as `content.submitted` carries it. */
export interface CapturedSection {
  kind: SectionKind;
  values: Partial<Record<FieldType, string>>;
}

/** A card as typed: the expiry may be missing (then it cannot be saved, only matched). */
export interface TypedCard {
  number: string;
  holder: string;
  exp: { month: number; year: number } | null;
}

/** An address as typed: absent fields are undefined (never compared, never erased). */
export interface TypedAddress {
  street: string;
  postalCode: string;
  name?: string;
  organization?: string;
  line2?: string;
  city?: string;
  region?: string;
  country?: string;
  phone?: string;
  email?: string;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const joined = (...parts: (string | undefined)[]) => parts.map(clean).filter(Boolean).join(' ');
const orUndefined = (s: string) => s || undefined;

/** Digits only: "4242 4242-4242 4242" and stray letters typed in a number field. */
export const cardDigits = (typed: string) => typed.replace(/\D/g, '');

/** "08/29", "8 / 2029", "0829", "08-29", "08.2029" → month and four-digit year. */
export function parseExpiry(typed: string): { month: number; year: number } | null {
  const m = /^(\d{1,2})\s*[/\-. ]?\s*(\d{2}|\d{4})$/.exec(clean(typed));
  return m ? expiryOf(m[1]!, m[2]!) : null;
}

function expiryOf(month: string, year: string): { month: number; year: number } | null {
  const mm = Number(month);
  const yy = Number(year.trim().length === 2 ? `20${year.trim()}` : year);
  if (!Number.isInteger(mm) || mm < 1 || mm > 12 || !Number.isInteger(yy) || yy < 2000 || yy > 2199) return null;
  return { month: mm, year: yy };
}

export function typedCard(values: CapturedSection['values']): TypedCard | null {
  const number = cardDigits(values['cc-number'] ?? '');
  if (number.length < 12 || number.length > 19 || !luhn10(number)) return null;
  const holder = clean(values['cc-name']) || joined(values['cc-given-name'], values['cc-additional-name'], values['cc-family-name']);
  const exp = values['cc-exp']
    ? parseExpiry(values['cc-exp'])
    : values['cc-exp-month'] && values['cc-exp-year']
      ? expiryOf(clean(values['cc-exp-month']), clean(values['cc-exp-year']))
      : null;
  return { number, holder, exp };
}

export function typedAddress(values: CapturedSection['values']): TypedAddress | null {
  // A street-address textarea holds every line; the first is the street.
  const lines = (values['street-address'] ?? '').split(/\r?\n/).map(clean).filter(Boolean);
  const street = lines[0] ?? (clean(values['address-line1']) || joined(values['address-streetname'], values['address-housenumber']));
  const postalCode = clean(values['postal-code']);
  if (!street || !postalCode) return null;
  const line2 = lines.length > 1 ? lines.slice(1).join(', ') : joined(values['address-line2'], values['address-line3'], values.building, values.floor, values.apartment);
  const country = clean(values.country) || clean(values['country-name']);
  return {
    street,
    postalCode,
    name: orUndefined(clean(values.name) || joined(values['given-name'], values['additional-name'], values['family-name'])),
    organization: orUndefined(clean(values.organization)),
    line2: orUndefined(line2),
    city: orUndefined(clean(values['address-level2'])),
    region: orUndefined(clean(values['address-level1'])),
    country: country ? (countryCode(country) ?? undefined) : undefined,
    phone: orUndefined(clean(values.tel) || joined(values['tel-country-code'], values['tel-national'] || joined(values['tel-area-code'], values['tel-local']))),
    email: orUndefined(clean(values.email)),
  };
}

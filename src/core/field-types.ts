// The field types the wallet knows: HTML autocomplete tokens, plus the split-street tokens
// (house number, street name, apartment, floor, building) that European checkouts ask for.
// Detection produces them; fill and UI read them.

export const CARD_FIELD_TYPES = [
  'cc-name',
  'cc-given-name',
  'cc-additional-name',
  'cc-family-name',
  'cc-number',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'cc-csc',
  'cc-type',
] as const;

export const ADDRESS_FIELD_TYPES = [
  'name',
  'given-name',
  'additional-name',
  'family-name',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'address-line3',
  'address-streetname',
  'address-housenumber',
  'apartment',
  'floor',
  'building',
  'address-level1',
  'address-level2',
  'address-level3',
  'postal-code',
  'country',
  'country-name',
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-local-prefix',
  'tel-local-suffix',
  'tel-extension',
  'email',
] as const;

export type CardFieldType = (typeof CARD_FIELD_TYPES)[number];
export type AddressFieldType = (typeof ADDRESS_FIELD_TYPES)[number];
export type FieldType = CardFieldType | AddressFieldType;
/** What a control is detected as: a field type, or 'none' when the wallet must not fill it. */
export type DetectedType = FieldType | 'none';

const CARD = new Set<string>(CARD_FIELD_TYPES);
const ALL = new Set<string>([...CARD_FIELD_TYPES, ...ADDRESS_FIELD_TYPES]);

export function isFieldType(token: string): token is FieldType {
  return ALL.has(token);
}

export function isCardType(type: DetectedType): type is CardFieldType {
  return CARD.has(type);
}

// Turns the chosen wallet items into the values for one section's field types: only the types the
// section has, each with the forms a page may ask for (country names in the page's language, state
// codes and names, national and international phone numbers, split names and streets).
import type { FieldValue, SectionInfo, SectionValues } from '../core/fill';
import type { AddressData, CardData, IdentityData } from '../core/types';
import { countryNames } from './country-names';
import { CALLING_CODES, CARD_BRANDS, REGIONS, TRUNK_ZERO } from './fill-data';
import { CODE_SEPARATORS, LINE_JOIN } from './fill-format-data';

/** What one choice resolves to: a profile brings all four, a single item one of them. */
export interface FillSource {
  card?: CardData;
  billing?: AddressData;
  shipping?: AddressData;
  identity?: IdentityData;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const val = (v: string | undefined, alts: (string | undefined)[] = []): FieldValue | undefined => {
  if (!v) return undefined;
  const rest = [...new Set(alts.filter((a): a is string => !!a && a !== v))];
  return rest.length ? { v, alts: rest } : { v };
};

export function cardBrand(number: string): { brand: string; alts: string[] } | undefined {
  return CARD_BRANDS.find((b) => b.prefix.test(number));
}

const CJK_NAME = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\s]+$/;

/**
 * "Ada King Lovelace" → given Ada, additional King, family Lovelace. Chinese, Japanese and Korean
 * names put the family name first: "山田 太郎" → family 山田, given 太郎; without a space ("李雷")
 * the first character is the family name.
 */
export function splitName(full: string): { given: string; additional: string; family: string } {
  const parts = full.trim().split(/\s+/);
  if (CJK_NAME.test(full.trim())) {
    if (parts.length > 1) return { family: parts[0]!, given: parts.slice(1).join(' '), additional: '' };
    if (/^[\u3400-\u9fff]{2,4}$/.test(full.trim())) return { family: full.trim().slice(0, 1), given: full.trim().slice(1), additional: '' };
  }
  if (parts.length === 1) return { given: parts[0] ?? '', additional: '', family: '' };
  return { given: parts[0]!, additional: parts.slice(1, -1).join(' '), family: parts[parts.length - 1]! };
}

/** "12 Rue de Rivoli" or "Hauptstraße 5a" → house number and street name. */
export function splitStreet(street: string): { number: string; name: string } {
  const lead = /^(\d+[a-z]?)[,\s]+(.+)$/i.exec(street.trim());
  if (lead) return { number: lead[1]!, name: lead[2]! };
  const tail = /^(.+?)[,\s]+(\d+[a-z]?)$/i.exec(street.trim());
  return tail ? { number: tail[2]!, name: tail[1]! } : { number: '', name: street.trim() };
}

export interface PhoneParts {
  international: string;
  countryCode: string;
  national: string;
  /** National digits without a trunk 0. */
  significant: string;
}

/** Reads a stored phone number ("+44 20 7946 0958", "020 7946 0958") given the address country. */
export function parsePhone(phone: string, country: string): PhoneParts {
  const digits = phone.replace(/\D/g, '');
  const own = CALLING_CODES[country] ?? '';
  let cc = own;
  let significant = digits;
  if (/^\s*(\+|00)/.test(phone)) {
    const raw = phone.trim().startsWith('00') ? digits.slice(2) : digits;
    cc = own && raw.startsWith(own) ? own : (Object.values(CALLING_CODES).find((c) => raw.startsWith(c)) ?? '');
    significant = raw.slice(cc.length);
  } else if (TRUNK_ZERO.has(country) && digits.startsWith('0')) {
    significant = digits.slice(1);
  }
  const trunk = TRUNK_ZERO.has(country) && cc === own ? '0' : '';
  return { international: cc ? `+${cc}${significant}` : digits, countryCode: cc, national: trunk + significant, significant };
}

/**
 * The national number in the groups the shopper wrote it in ("03-1234-5678", "+81 3 1234 5678":
 * 03, 1234, 5678), for forms that ask for it in boxes; null when it was written without groups.
 */
function phoneGroups(phone: string, p: PhoneParts): string[] | null {
  const groups = phone.match(/\d+/g) ?? [];
  if (/^\s*(\+|00)/.test(phone) && groups.length) {
    const first = groups[0]!.replace(/^00/, '');
    if (first === p.countryCode) groups.shift();
    else if (first.startsWith(p.countryCode)) groups[0] = first.slice(p.countryCode.length); // "+813 1234 5678"
  }
  if (groups.length && p.national.length > p.significant.length && !groups[0]!.startsWith('0')) groups[0] = `0${groups[0]}`; // the trunk 0
  return groups.length >= 2 && groups.join('') === p.national ? groups : null;
}

function phoneValues(phone: string | undefined, country: string): SectionValues {
  if (!phone) return {};
  const p = parsePhone(phone, country);
  const nanp = p.countryCode === '1' && p.significant.length === 10;
  const groups = nanp ? [p.significant.slice(0, 3), p.significant.slice(3, 6), p.significant.slice(6)] : phoneGroups(phone, p);
  const [area, ...rest] = groups ?? [];
  const three = groups?.length === 3;
  return {
    tel: val(phone, [p.international, p.national, p.significant]),
    'tel-national': val(p.national, [p.significant]),
    // A dialling-code list may name countries ("+1 (American Samoa)", value "AS"): the address's
    // country picks among those sharing the code, when the number is from that country.
    'tel-country-code': val(p.countryCode ? `+${p.countryCode}` : undefined, [p.countryCode, CALLING_CODES[country] === p.countryCode ? country : undefined]),
    'tel-area-code': val(area),
    'tel-local': val(groups ? rest.join('') : p.significant),
    'tel-local-prefix': val(three ? rest[0] : undefined),
    'tel-local-suffix': val(three ? rest[1] : undefined),
  };
}

function cardValues(card: CardData, fallbackName: string | undefined): SectionValues {
  const holder = card.holder || fallbackName || '';
  const name = splitName(holder);
  const brand = cardBrand(card.number);
  const year = String(card.expYear);
  return {
    'cc-name': val(holder),
    'cc-given-name': val(name.given),
    'cc-additional-name': val(name.additional),
    'cc-family-name': val(name.family),
    'cc-number': val(card.number),
    // Expiry goes as MM/YYYY; the content script shapes it to each field (MM/YY, MMYY, two selects).
    'cc-exp': val(`${pad2(card.expMonth)}/${year}`),
    'cc-exp-month': val(pad2(card.expMonth), [String(card.expMonth)]),
    'cc-exp-year': val(year, [year.slice(2)]),
    'cc-csc': val(card.csc),
    'cc-type': val(brand?.brand, brand?.alts),
  };
}

function addressValues(a: AddressData | undefined, who: IdentityData | undefined, lang: string): SectionValues {
  const fullName = a?.name || (who ? `${who.givenName} ${who.familyName}` : '');
  const split = who && !a?.name ? { given: who.givenName, additional: '', family: who.familyName } : splitName(fullName);
  const out: SectionValues = {
    name: val(fullName),
    'given-name': val(split.given),
    'additional-name': val(split.additional),
    'family-name': val(split.family),
    organization: val(a?.organization || who?.organization),
    email: val(a?.email || who?.email),
    ...phoneValues(a?.phone || who?.phone, a?.country ?? ''),
  };
  if (!a) return out;
  const street = splitStreet(a.street);
  const names = countryNames(a.country, lang);
  const regionCode = Object.entries(REGIONS[a.country] ?? {}).find(([code, n]) => code === a.region?.toUpperCase() || n.toLowerCase() === a.region?.toLowerCase());
  return {
    ...out,
    // The lines as a textarea takes them; an input gets them on one line (fill-format inputText).
    'street-address': val(a.line2 ? `${a.street}\n${a.line2}` : a.street),
    'address-line1': val(a.street),
    'address-line2': val(a.line2),
    'address-streetname': val(street.name),
    'address-housenumber': val(street.number),
    'address-level1': val(a.region, regionCode ? [regionCode[0], regionCode[1]] : []),
    'address-level2': val(a.city),
    // As the shopper wrote it, or without separators for a box that takes only that ("1000001").
    'postal-code': val(a.postalCode, [a.postalCode.replace(CODE_SEPARATORS, '')]),
    // A text field wants the name in the page's language; a select may list codes or names.
    country: val(names[0] ?? a.country, [a.country, ...names]),
    'country-name': val(names[0] ?? a.country, [a.country, ...names]),
  };
}

const LINE2_PARTS = ['apartment', 'building', 'floor'] as const;

/** The values for one section: only its own types, drawn from the part of the source its kind takes. */
export function valuesForSection(section: SectionInfo, source: FillSource, lang: string): SectionValues {
  const address =
    section.kind === 'shipping' ? (source.shipping ?? source.billing) : section.kind === 'contact' ? undefined : (source.billing ?? source.shipping);
  const all: SectionValues = {
    ...(section.kind === 'contact' && !source.identity ? addressValues(source.billing ?? source.shipping, undefined, lang) : addressValues(address, source.identity, lang)),
    ...(source.card ? cardValues(source.card, source.billing?.name) : {}),
  };
  // Beside a country-code field, the phone field wants the national number.
  if (section.fields.some((f) => f.type === 'tel-country-code')) all.tel = all['tel-national'];
  // A form that asks for the flat (or the building, or the floor) where others have line 2 gets
  // line 2 there ("Apt 4B"); with several such boxes which part goes where is not known.
  const parts = LINE2_PARTS.filter((t) => section.fields.some((f) => f.type === t));
  const line2Box = section.fields.some((f) => f.type === 'address-line2' || f.type === 'street-address');
  if (parts.length === 1 && !line2Box) all[parts[0]!] = all['address-line2'];
  // With no box at all for line 2, line 1 takes both ("12 Analytical Street, Suite 3"), as Firefox
  // does, rather than the shop never hearing of the suite; line 1 alone if the box is too short.
  else if (!line2Box && all['address-line1'] && all['address-line2']) {
    all['address-line1'] = val(all['address-line1'].v + LINE_JOIN + all['address-line2'].v, [all['address-line1'].v]);
  }
  const out: SectionValues = {};
  for (const { type } of section.fields) {
    const value = all[type];
    if (value) out[type] = value;
  }
  return out;
}

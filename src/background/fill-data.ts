// Format knowledge the background resolves before a fill, as data: calling codes, countries whose
// national numbers start with a trunk 0, states and provinces by code, card brands by prefix.

/** ISO 3166-1 alpha-2 → international calling code. */
export const CALLING_CODES: Record<string, string> = {
  US: '1', CA: '1', GB: '44', IE: '353', FR: '33', BE: '32', NL: '31', LU: '352', DE: '49', AT: '43', CH: '41',
  IT: '39', ES: '34', PT: '351', PL: '48', SE: '46', NO: '47', DK: '45', FI: '358', CZ: '420', HU: '36', RO: '40',
  GR: '30', CN: '86', HK: '852', TW: '886', JP: '81', KR: '82', IN: '91', AU: '61', NZ: '64', BR: '55', MX: '52',
  AR: '54', ZA: '27', SG: '65', RU: '7', TR: '90', IL: '972', AE: '971',
};

/** Countries where a national number is written with a leading 0 (dropped after the country code; not China, whose mobile numbers have none). */
export const TRUNK_ZERO = new Set(['GB', 'IE', 'FR', 'BE', 'NL', 'DE', 'AT', 'CH', 'SE', 'FI', 'JP', 'KR', 'AU', 'NZ', 'IN', 'TR', 'IL', 'ZA']);

/** State and province names by code, for countries whose checkouts list them in a select. */
export const REGIONS: Record<string, Record<string, string>> = {
  US: {
    AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
    DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
    IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
    MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
    NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
    NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
    RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
    VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  },
  CA: {
    AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
    QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
  },
  AU: {
    ACT: 'Australian Capital Territory', NSW: 'New South Wales', NT: 'Northern Territory', QLD: 'Queensland',
    SA: 'South Australia', TAS: 'Tasmania', VIC: 'Victoria', WA: 'Western Australia',
  },
};

/** Card brands by number prefix, first match wins; the alternatives are how selects spell them. */
export const CARD_BRANDS: { brand: string; prefix: RegExp; alts: string[] }[] = [
  { brand: 'Visa', prefix: /^4/, alts: ['visa', 'VI'] },
  { brand: 'Mastercard', prefix: /^(5[1-5]|2[2-7])/, alts: ['mastercard', 'master card', 'MC', 'master'] },
  { brand: 'American Express', prefix: /^3[47]/, alts: ['amex', 'AX', 'americanexpress'] },
  { brand: 'Discover', prefix: /^6(011|5)/, alts: ['discover', 'DI'] },
  { brand: 'JCB', prefix: /^35/, alts: ['jcb'] },
  { brand: 'Diners Club', prefix: /^3(0|6|8)/, alts: ['diners', 'DC'] },
];

/** Languages whose country names are loaded from i18n-iso-countries (the rest fall back to English). */
export const COUNTRY_NAME_LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'zh', 'ja', 'ru'] as const;

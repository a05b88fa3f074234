// Currency knowledge as data: ISO 4217 minor-unit exponents, and the symbols and words shops print
// beside prices, with the currencies each may stand for. Logic lives in parse-amount.ts.

/** ISO 4217 exponents that are not 2 (the default for every other code in KNOWN_CODES). */
export const EXPONENTS: Readonly<Record<string, number>> = {
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, PYG: 0, UGX: 0, XAF: 0, XOF: 0, XPF: 0, RWF: 0, KMF: 0, GNF: 0, DJF: 0, VUV: 0,
  BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3, IQD: 3, LYD: 3,
};

/** Codes recognised when written out ("CHF 12.50", "1.234,56 EUR"). */
export const KNOWN_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK',
  'HUF', 'RON', 'BGN', 'TRY', 'RUB', 'UAH', 'INR', 'KRW', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'ZAR', 'ILS', 'AED',
  'SAR', 'QAR', 'THB', 'VND', 'PHP', 'MYR', 'IDR', 'TWD', 'EGP', 'NGN', 'KES', 'MAD', 'PKR', 'BDT', 'LKR',
  'BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD', 'PYG', 'UGX', 'XAF', 'XOF', 'XPF', 'RWF', 'KMF', 'GNF', 'DJF', 'VUV',
];

/**
 * Printed symbols and words → the currencies they may mean, most likely first when the page gives no
 * hint; `byLang` picks one from the page language (full tag first, then primary subtag).
 * Alphabetic symbols only match as whole words (see parse-amount.ts).
 */
export interface SymbolInfo {
  candidates: readonly string[];
  byLang?: Readonly<Record<string, string>>;
}

export const SYMBOLS: Readonly<Record<string, SymbolInfo>> = {
  $: {
    candidates: ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD'],
    byLang: { 'en-CA': 'CAD', 'fr-CA': 'CAD', 'en-AU': 'AUD', 'en-NZ': 'NZD', 'es-MX': 'MXN', 'en-SG': 'SGD', 'zh-HK': 'HKD', 'en-HK': 'HKD', 'es-AR': 'ARS', 'es-CL': 'CLP', 'es-CO': 'COP' },
  },
  'US$': { candidates: ['USD'] },
  'C$': { candidates: ['CAD'] },
  'CA$': { candidates: ['CAD'] },
  'A$': { candidates: ['AUD'] },
  'AU$': { candidates: ['AUD'] },
  'NZ$': { candidates: ['NZD'] },
  'HK$': { candidates: ['HKD'] },
  'S$': { candidates: ['SGD'] },
  'MX$': { candidates: ['MXN'] },
  'NT$': { candidates: ['TWD'] },
  'R$': { candidates: ['BRL'] },
  '€': { candidates: ['EUR'] },
  '£': { candidates: ['GBP'] },
  // The yen sign is also used for the yuan; the page language decides, then the decimals do.
  '¥': { candidates: ['JPY', 'CNY'], byLang: { zh: 'CNY', ja: 'JPY' } },
  '円': { candidates: ['JPY'] },
  '元': { candidates: ['CNY'] },
  'RMB': { candidates: ['CNY'] },
  '₹': { candidates: ['INR'] },
  'Rs.': { candidates: ['INR', 'PKR', 'LKR'] },
  '₩': { candidates: ['KRW'] },
  '원': { candidates: ['KRW'] },
  zł: { candidates: ['PLN'] },
  Kč: { candidates: ['CZK'] },
  kr: { candidates: ['SEK', 'NOK', 'DKK', 'ISK'], byLang: { sv: 'SEK', nb: 'NOK', nn: 'NOK', no: 'NOK', da: 'DKK', is: 'ISK' } },
  'kr.': { candidates: ['DKK', 'ISK'], byLang: { da: 'DKK', is: 'ISK' } },
  Ft: { candidates: ['HUF'] },
  lei: { candidates: ['RON'] },
  лв: { candidates: ['BGN'] },
  '₽': { candidates: ['RUB'] },
  руб: { candidates: ['RUB'] },
  '₺': { candidates: ['TRY'] },
  TL: { candidates: ['TRY'] },
  '₴': { candidates: ['UAH'] },
  грн: { candidates: ['UAH'] },
  'Fr.': { candidates: ['CHF'] },
  'SFr.': { candidates: ['CHF'] },
  R: { candidates: ['ZAR'] },
  '₪': { candidates: ['ILS'] },
  '฿': { candidates: ['THB'] },
  '₫': { candidates: ['VND'] },
  '₱': { candidates: ['PHP'] },
  RM: { candidates: ['MYR'] },
  Rp: { candidates: ['IDR'] },
  'د.إ': { candidates: ['AED'] },
};

export function exponentOf(code: string): number {
  return EXPONENTS[code] ?? 2;
}

// Format knowledge for shaping values to fields, as data: how placeholders spell expiry parts in
// several languages, which month-name styles selects use, the expiry formats to try in order.

/** Placeholder spellings of a four- or two-digit year (YYYY, AAAA in French/Spanish, JJJJ in German/Dutch…). */
export const YEAR4 = /YYYY|AAAA|JJJJ|ÅÅÅÅ|RRRR|ΕΕΕΕ|年年年年/;
export const YEAR2 = /YY|AA|JJ|ÅÅ|RR|ΕΕ/;
/** Placeholder spellings of the month. */
export const MONTH = /MM/;

/** Expiry shapes tried in order when a field says nothing (M = two-digit month, Y/YY = year digits). */
export const EXPIRY_FALLBACKS = ['MM/YY', 'MM/YYYY', 'MMYY', 'MM-YY', 'MM / YY', 'MMYYYY'] as const;
/** Expiry shape by maxlength, when there is no placeholder. */
export const EXPIRY_BY_MAXLENGTH: Record<number, string> = { 4: 'MMYY', 5: 'MM/YY', 6: 'MMYYYY', 7: 'MM/YYYY', 9: 'MM / YYYY' };

/** Intl month styles a select's options may use ("8月", "août", "janv.", "January"). */
export const MONTH_STYLES = ['long', 'short'] as const;
/** Languages always tried besides the page's own. */
export const FALLBACK_LANGS = ['en'];
/** Digits per box when a card number is split across inputs without a maxlength. */
export const CARD_GROUP = 4;
/** What separates a postal code's groups ("100-0001", "1234 AB", "SW1A 1AA"): anything but letters and digits (global: for replace and split). */
export const CODE_SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** How a one-line input takes a value of several lines (a street address with its second line). */
export const LINE_JOIN = ', ';

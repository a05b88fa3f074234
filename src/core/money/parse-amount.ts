// Reads a money amount from text a shop prints ("$1,234.56", "1 234,56 €", "¥1,234", "₹1,23,456.78")
// into minor units of its currency. Pure: no DOM. The symbol and exponent tables are in currencies.ts.
import { KNOWN_CODES, SYMBOLS, exponentOf } from './currencies';

export interface Money {
  /** In minor units of the currency (cents), an integer. */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface AmountHint {
  /** The page language (BCP 47, e.g. "ja" or "zh-CN"): decides ambiguous symbols such as ¥ or kr. */
  lang?: string;
  /** Used when the text names no currency, and preferred among a symbol's candidates. */
  currency?: string;
}

/** The largest amount the data model accepts (receiptSchema). */
const MAX_MINOR = 1e13;
/** Text near a label is short; longer input is cut so a hostile page cannot make parsing slow. */
const MAX_TEXT = 1000;
/** A number token: digit groups joined by one separator each, or a bare fraction (".99"). */
const NUMBER = /-?(?:\d+(?:[.,' ]\d+)*|[.,]\d+)/g;
/** Latin and Cyrillic letters: an alphabetic symbol ("kr", "R", "EUR") must not touch one. */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF';

const MARKER = buildMarkerRegex([...Object.keys(SYMBOLS), ...KNOWN_CODES]);

interface Span {
  start: number;
  end: number;
  text: string;
}

export function parseAmount(text: string, hint: AmountHint = {}): Money | null {
  const s = normalise(text.slice(0, MAX_TEXT));
  const markers = [...s.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const numbers = [...s.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  // "3 × 2,50 € = 7,50 €": the result of a sum shown on the page is the amount.
  const equals = s.lastIndexOf('=');
  const candidates = numbers
    .map((n, order) => {
      const marker = markers.find((m) => adjacent(s, m, n));
      const score = (marker ? 4 : 0) + (equals >= 0 && n.start > equals ? 2 : 0) + (/[.,]\d{1,3}$/.test(n.text) ? 1 : 0);
      return { n, marker, order, score };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { n, marker } of candidates) {
    const currencies = currenciesFor(marker ?? markers[0], hint);
    const negative = n.text.startsWith('-') || (marker !== undefined && marker.end <= n.start && s[marker.start - 1] === '-');
    for (const digits of spaceSuffixes(n.text.replace(/^-/, ''))) {
      for (const currency of currencies) {
        const amount = toMinor(digits, exponentOf(currency));
        if (amount !== null) return { amount: negative && amount !== 0 ? -amount : amount, currency };
      }
    }
  }
  return null;
}

/** "2 1 234,56" may be a count followed by an amount: after the whole token, try what follows each space. */
function spaceSuffixes(token: string): string[] {
  const out = [token];
  for (let i = token.indexOf(' '); i >= 0; i = token.indexOf(' ', i + 1)) out.push(token.slice(i + 1));
  return out;
}

/** The currencies a marker may mean, best guess first; the hint's currency when there is no marker. */
function currenciesFor(marker: Span | undefined, hint: AmountHint): string[] {
  if (!marker) return hint.currency && /^[A-Z]{3}$/.test(hint.currency) ? [hint.currency] : [];
  const info = SYMBOLS[marker.text];
  if (!info) return [marker.text]; // an ISO code
  const lang = hint.lang?.trim() ?? '';
  const byLang = info.byLang?.[lang] ?? info.byLang?.[lang.split('-')[0]?.toLowerCase() ?? ''];
  const preferred = [byLang, info.candidates.includes(hint.currency ?? '') ? hint.currency : undefined];
  return [...new Set([...preferred.filter((c): c is string => !!c), ...info.candidates])];
}

/** A marker touches a number when only spaces (at most two characters) lie between them. */
function adjacent(s: string, m: Span, n: Span): boolean {
  const gap = m.end <= n.start ? s.slice(m.end, n.start) : n.end <= m.start ? s.slice(n.end, m.start) : null;
  return gap !== null && gap.length <= 2 && /^ *-?$/.test(gap);
}

/**
 * Splits a number into integer and fraction digits, deciding which separator is the decimal one:
 * with both "." and "," the last is decimal; one of them once followed by exactly three digits is
 * a thousands separator (unless the currency has three decimals); spaces and apostrophes always group.
 */
export function toMinor(token: string, exponent: number): number | null {
  const dot = token.split('.').length - 1;
  const comma = token.split(',').length - 1;
  let decimal: '.' | ',' | null = null;
  if (dot && comma) decimal = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
  else if (dot === 1 || comma === 1) {
    const sep = dot ? '.' : ',';
    const [intPart = '', fracPart = ''] = token.split(sep);
    if (fracPart.length !== 3 || exponent === 3 || /^0*$/.test(intPart) || /[ ']/.test(intPart)) decimal = sep;
  }
  if (decimal && token.split(decimal).length !== 2) return null;
  const [intPart = '', fracPart = ''] = decimal ? token.split(decimal) : [token];
  if (fracPart.includes(' ') || !validGrouping(intPart)) return null;
  const intDigits = intPart.replace(/\D/g, '') || '0';
  if (fracPart.length > exponent && !/^0+$/.test(fracPart.slice(exponent))) return null;
  const frac = fracPart.slice(0, exponent).padEnd(exponent, '0');
  if (intDigits.replace(/^0+/, '').length + exponent > 14) return null;
  const amount = Number(intDigits + frac);
  return Number.isSafeInteger(amount) && amount <= MAX_MINOR ? amount : null;
}

/** 1234 | 1,234,567 | 1 234 567 | 1'234 | Indian 1,23,45,678: one separator kind, sane group sizes. */
function validGrouping(intPart: string): boolean {
  const seps = new Set(intPart.replace(/\d/g, ''));
  if (seps.size === 0) return true;
  if (seps.size > 1) return false;
  const groups = intPart.split(/[^\d]/);
  const first = groups[0]!.length;
  const last = groups[groups.length - 1]!.length;
  const middle = groups.slice(1, -1).map((g) => g.length);
  if (first < 1 || first > 3 || last !== 3) return false;
  return middle.every((l) => l === 3) || (middle.length > 0 && first <= 2 && middle.every((l) => l === 2));
}

function normalise(text: string): string {
  return text
    .normalize('NFKC') // fullwidth digits and ￥, NBSP and U+202F become plain characters
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D](?=\s*[\d$€£¥₹])/g, '-')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}

function buildMarkerRegex(markers: string[]): RegExp {
  const alts = [...new Set(markers)]
    .sort((a, b) => b.length - a.length)
    .map((m) => {
      const escaped = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const before = new RegExp(`^[${LETTER}]`).test(m) ? `(?<![${LETTER}])` : '';
      const after = new RegExp(`[${LETTER}]$`).test(m) ? `(?![${LETTER}])` : '';
      return before + escaped + after;
    });
  return new RegExp(alts.join('|'), 'g');
}

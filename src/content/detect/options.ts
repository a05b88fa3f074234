// Tells what a select lists from its options: months, years, days, countries, regions or card brands.
import { startsWithCountryName } from './country-names';
import { remember } from './memo';
import { MONTH_START } from './patterns';
import { normalizeText } from './text';

export type OptionsKind = 'month' | 'future-years' | 'past-years' | 'day' | 'country' | 'region' | 'dial-code' | 'card-brand' | null;

const NUMBER_PREFIX = /^\d{1,2}\W*/;
const CARD_BRAND = /\b(visa|master ?card|amex|american express|discover|maestro|diners|jcb)\b/;
// Japan's prefectures (青森県), China's provinces (河北省) and Taiwan's counties (宜蘭縣) end so; their cities do not.
const REGION_END = /[県省縣]$/;
// The first options tell the list apart (countries, dialling codes, months, years, days): reading
// a 250-country list to the end cost more than the rest of the page.
const MAX_OPTIONS = 60;

// A page is classified again after each batch of changes, and its selects rarely change: the kinds
// are kept by the options' text, which decides them but for odd lists that only values tell apart
// (named options numbered 1-12). Few keys, but long ones; a list longer than a country list (a
// country's cities) is read afresh, its first options only, rather than kept whole.
const known = new Map<string, OptionsKind>();
const MAX_KEPT = 300;

export function classifyOptions(select: HTMLSelectElement): OptionsKind {
  if (select.length > MAX_KEPT) return readOptions(select);
  const key = select.textContent!;
  const kind = known.get(key);
  return kind !== undefined ? kind : remember(known, key, readOptions(select), 200);
}

function readOptions(select: HTMLSelectElement): OptionsKind {
  const options = select.options;
  const count = Math.min(options.length, MAX_OPTIONS);
  if (count < 2) return null;
  const numbers: number[] = [];
  const texts: string[] = [];
  let named = 0; // options whose text is no number
  let months = 0;
  let brands = 0;
  let codes = 0;
  let dials = 0;
  let regions = 0;
  for (let i = 0; i < count; i++) {
    const o = options[i]!;
    const text = normalizeText(o.text).slice(0, 60);
    texts.push(text);
    const value = o.value.trim();
    const numeric = /^\d{1,4}$/.test(text);
    if (!numeric) named++;
    const n = numeric ? Number(text) : /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!Number.isNaN(n)) numbers.push(n);
    if (MONTH_START.test(text.replace(NUMBER_PREFIX, ''))) months++; // also "01 - January" (no month name starts with a digit)
    if (CARD_BRAND.test(text)) brands++;
    if (REGION_END.test(text)) regions++;
    if (/^[A-Z]{2}$/.test(value)) codes++;
    if (/(^|\(|\s)\+ ?\d{1,4}\b(?!:)/.test(o.text.slice(0, 60))) dials++; // not a time offset ("+01:00"), which normalising hides
  }
  if (dials >= 3 && dials >= count * 0.5) return 'dial-code';
  if (brands >= 2) return 'card-brand';
  if (regions >= 5) return 'region';
  if (months >= 12 && count <= 14) return 'month';
  if (numbers.length >= 12 && count <= 14 && numbers.every((n) => n >= 0 && n <= 12)) return 'month';
  const years = numbers.filter((n) => n >= 1900 && n <= 2100);
  if (years.length >= 4 && years.length >= numbers.length - 1) {
    // Birth years reach decades back; expiry years start around now (saved pages age, so no exact year).
    return Math.min(...years) < 1995 ? 'past-years' : 'future-years';
  }
  const shortYears = numbers.filter((n) => n >= 10 && n <= 99);
  if (shortYears.length >= 5 && shortYears.length >= numbers.length - 1 && count <= 25) return 'future-years';
  if (numbers.length >= 28 && numbers.length <= 32 && Math.max(...numbers) === 31) return 'day';
  // Asked last, and not of a list of numbers: the country names are built on first use, with the
  // page's first Intl call (about 10 ms in Chromium), which a card form's month and year lists skip.
  if (!named) return null;
  const countries = texts.filter(startsWithCountryName).length;
  return countries >= 3 || (count >= 30 && codes > count * 0.8 && countries >= 1) ? 'country' : null;
}

// Intl formatters are costly to build (a fraction of a millisecond each) and the receipts list
// formats dozens of dates and amounts per keystroke: build each one once per locale and options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export const numberFormat = (locale: string, currency: string): Intl.NumberFormat =>
  cached(`n|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }));

export const dateFormat = (locale: string, style: 'date' | 'month-long' | 'month-short'): Intl.DateTimeFormat =>
  cached(`d|${locale}|${style}`, () =>
    new Intl.DateTimeFormat(locale, style === 'date' ? { dateStyle: 'medium', timeZone: 'UTC' } : style === 'month-long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' }),
  );

/** "2026-03" → "March 2026" / "mars 2026" / "2026年3月" (or the short month name). */
export const monthText = (month: string, locale: string, style: 'month-long' | 'month-short'): string =>
  dateFormat(locale, style).format(new Date(`${month}-15T12:00:00Z`));

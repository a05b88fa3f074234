// Recognises a country's name at the start of a normalised text, from the browser's region names.
import { COUNTRY_ALIASES, COUNTRY_CODES, COUNTRY_LANGUAGES } from './patterns/countries';
import { normalizeText } from './text';

let names: Set<string> | undefined;
// Where a name may end: "United States of America", "Germany (DE)". Not `\b`, which sees no word
// end after "中国" or "германия" (not ASCII word letters).
const NAME_ENDS = /[^\p{L}\p{N}]/gu;

/** Built on first use, not when the content script starts: it runs in every frame, most with no select. */
function countryNames(): Set<string> {
  if (names) return names;
  names = new Set(COUNTRY_ALIASES);
  for (const lang of COUNTRY_LANGUAGES.split(' ')) {
    const display = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES.split(' ')) {
      const name = display.of(code);
      if (name) names.add(normalizeText(name));
    }
  }
  return names;
}

/** True when the text is just a country's name: what a custom country picker shows in place of a label. */
export function isCountryName(text: string): boolean {
  return !!text && countryNames().has(text);
}

/** True when the text starts with a country's name: "germany", "germany (+49)". */
export function startsWithCountryName(text: string): boolean {
  if (!text) return false;
  const all = countryNames();
  if (all.has(text)) return true;
  for (const m of text.matchAll(NAME_ENDS)) if (all.has(text.slice(0, m.index))) return true;
  return false;
}

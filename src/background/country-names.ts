// Country names in the page's language (i18n-iso-countries), resolved here so the content script
// only receives the few names that may appear in one field, never the whole table.
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { COUNTRY_NAME_LANGS } from './fill-data';

for (const locale of [en, fr, de, es, it, nl, pt, pl, sv, zh, ja, ru]) countries.registerLocale(locale);

/** The page's language reduced to a loaded one ('fr-CA' → 'fr'); English otherwise. */
export function baseLanguage(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return (COUNTRY_NAME_LANGS as readonly string[]).includes(base) ? base : 'en';
}

/** Names of `code` in the page's language first, then English, then the alpha-3 code. */
export function countryNames(code: string, lang: string): string[] {
  const names = [
    ...(countries.getName(code, baseLanguage(lang), { select: 'all' }) ?? []),
    ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
  ];
  const alpha3 = countries.alpha2ToAlpha3(code);
  if (alpha3) names.push(alpha3);
  return [...new Set(names)];
}

// Country names in the UI language. Only the en, fr and zh name tables are bundled (the package's
// browser entry registers none by itself), which keeps the popup small.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import type { Lang } from '../i18n';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(zh);

const CODES: Record<Lang, string> = { en: 'en', fr: 'fr', zh_CN: 'zh' };

/** [code, name] sorted by name in that language. */
export function countryList(lang: Lang): [string, string][] {
  const names = countries.getNames(CODES[lang], { select: 'official' });
  const collator = new Intl.Collator(lang.replace('_', '-'));
  return Object.entries(names).sort((a, b) => collator.compare(a[1], b[1]));
}

export const countryName = (code: string, lang: Lang): string => countries.getName(code, CODES[lang]) ?? code;

// Countries whose names tell a country list in a select apart (three among its first options) and a
// custom country picker that shows just a name. The names are the browser's own (Intl.DisplayNames,
// built on first use by country-names.ts) in the languages of the corpus; `zh-Hant` adds the
// traditional characters ("中國").
export const COUNTRY_CODES = 'DE FR ES IT AT BE US GB CA NL GR PL CN JP HU RO SE CH PT AR AU BR CZ DK FI IE IN MX NO RU TR';
export const COUNTRY_LANGUAGES = 'en de fr es it nl pt pl el hu ro sv ru zh zh-Hant ja';

/** Spellings the browser does not give: Polish "Włochy" written without its ł (normalising keeps ł). */
export const COUNTRY_ALIASES = ['wlochy'];

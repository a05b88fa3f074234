// Text normalisation shared by the signal readers and the pattern tables: labels, attribute
// values and patterns are all compared lower-cased, without diacritics and in compatibility form
// (full-width letters become ASCII), so patterns are written once without accents.

const MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;
const REQUIRED_MARKS = /[*:]+/g; // "Postcode *", "Nr.:" — so anchored patterns see the words alone

/** Folds a pattern source the way normalizeText folds text (case is left alone: `\S` must stay). */
export function foldPattern(source: string): string {
  return source.normalize('NFKD').replace(MARKS, '');
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function normalizeText(text: string): string {
  const folded = PLAIN_ASCII.test(text) ? text : foldPattern(text); // most text needs no folding
  return folded.toLowerCase().replace(REQUIRED_MARKS, ' ').replace(SPACES, ' ').trim();
}

/** Attribute values as words: "billing_firstName" → "billing first name", "addr2" → "addr 2". */
export function attributeWords(value: string): string {
  return normalizeText(
    value
      .slice(0, 200)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([a-zA-Z])(\d)/g, '$1 $2')
      .replace(/[_\-.:[\]$\\/()]+/g, ' '),
  );
}

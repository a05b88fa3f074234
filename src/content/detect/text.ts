// Text normalisation shared by the signal readers and the pattern tables: labels, attribute
// values and patterns are all compared lower-cased, without diacritics and in compatibility form
// (full-width letters become ASCII), so patterns are written once without accents. Also words(),
// how the classifier writes its sets of hints and tags.

const MARKS = /[\u0300-\u036f]/g;
// Runs of spaces and required marks ("Postcode *", "Nr.:") become one space, so anchored
// patterns see the words alone.
const GAPS = /[\s*:]+/g;
// Attribute values also split at punctuation and where a word or number starts inside a name.
const ATTR_GAPS = /[\s*:_\-.[\]$\\/()]+/g;
const WORD_STARTS = /([a-z](?=[A-Z])|[a-zA-Z](?=\d))/g;

/**
 * The words of a list written as one string: sets of hints are written so in the content script,
 * whose 40 KB budget an array of quoted strings costs two bytes more per word.
 */
export const words = (list: string): string[] => list.split(' ');

/** Folds a pattern source the way normalizeText folds text (case is left alone: `\S` must stay). */
export function foldPattern(source: string): string {
  return source.normalize('NFKD').replace(MARKS, '');
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function fold(text: string, gaps: RegExp): string {
  if (!text) return '';
  const folded = PLAIN_ASCII.test(text) ? text : foldPattern(text); // most text needs no folding
  return folded.toLowerCase().replace(gaps, ' ').trim();
}

export function normalizeText(text: string): string {
  return fold(text, GAPS);
}

/** Attribute values as words: "billing_firstName" → "billing first name", "addr2" → "addr 2". */
export function attributeWords(value: string): string {
  return fold(value.slice(0, 200).replace(WORD_STARTS, '$1 '), ATTR_GAPS);
}

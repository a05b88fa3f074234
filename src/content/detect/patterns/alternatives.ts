// Shortens a rule's joined pattern without changing what it matches: the language tables repeat
// words ("province" in English and French, "numero" in three tables), and the shipped regexes are
// most of the content script's 40 KB budget.

const LITERAL = /^[\p{L}\p{N} ]+$/u;
const WHOLE_WORD = /^\\b([\p{L}\p{N} ]+)\\b$/u;
/** A plain word, or one held to a word's start or end (`\bcell`, `\bmobile\b`). */
const WORD = /^(?:\\b)?([\p{L}\p{N} ]+)(?:\\b)?$/u;

/** The top-level alternatives of a regex source (a `|` inside a group or a class does not split). */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The same alternation, shorter: a repeated alternative is dropped, so is a word, plain or held to
 * a word's start or end, that contains a plain word of the list ("telephone" or `\bmobile\b` beside
 * "phone" or "mobil": whatever it matches, that word matches too), and the whole words
 * (`\bx\b`) join one group where the first of them stood.
 */
export function compactAlternatives(source: string): string {
  const alternatives = [...new Set(splitAlternatives(source))];
  const literals = alternatives.filter((a) => LITERAL.test(a));
  const kept = alternatives.filter((a) => {
    const word = WORD.exec(a)?.[1];
    return !(word && literals.some((b) => b !== a && word.includes(b)));
  });
  const words = kept.map((a) => WHOLE_WORD.exec(a)?.[1]).filter((w): w is string => w !== undefined);
  if (words.length < 3) return kept.join('|');
  // A plain group, as the tables write theirs (the classifier reads no group): two bytes shorter.
  const group = `\\b(${words.join('|')})\\b`;
  const first = kept.findIndex((a) => WHOLE_WORD.test(a));
  return kept.flatMap((a, i) => (i === first ? [group] : WHOLE_WORD.test(a) ? [] : [a])).join('|');
}

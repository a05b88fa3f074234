// Shortens a rule's joined pattern without changing what it matches: the language tables repeat
// words ("province" in English and French, "numero" in three tables) and share their beginnings
// ("adresse", "adresa", "address"), and the shipped regexes are most of the content script's 40 KB
// budget.

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
 * Words as a prefix tree, where that is shorter: "adresse|adresa|address" gives
 * "ad(res(se|a)|dress)". Words of different first letters never match at one place, so their order
 * does not matter; of the plain words, none begins another (compaction dropped those), and a whole
 * word that begins another keeps its order in the group.
 */
export function prefixTree(words: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const group = byFirst.get(w[0]!);
    if (group) group.push(w);
    else byFirst.set(w[0]!, [w]);
  }
  return [...byFirst.values()]
    .map((group) => {
      let prefix = group[0]!;
      for (const w of group) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
      const rest = group.map((w) => w.slice(prefix.length));
      const plain = group.join('|');
      if (group.length === 1 || rest.includes('')) return plain;
      const tree = `${prefix}(${prefixTree(rest)})`;
      return tree.length < plain.length ? tree : plain;
    })
    .join('|');
}

/** The letter every match of an alternative starts with, when plain to see ("\bcredit ?card": c); else ''. */
function firstLetter(alternative: string): string {
  return /^(?:\\b)?([\p{L}\p{N}])(?![?*{])/u.exec(alternative)?.[1] ?? '';
}

/**
 * The plain words in prefix trees, each tree where the first of its words stood. A word moves up to
 * the first word with its first letter, but never past another alternative that may match where it
 * does ("credit ?card" before "creditcardnummer"), which would change what matches there.
 */
function plainWordTrees(alternatives: string[]): string[] {
  const out: (string | string[])[] = [];
  const open = new Map<string, string[]>(); // a tree's words, by first letter, that later words may join
  for (const a of alternatives) {
    if (LITERAL.test(a)) {
      const words = open.get(a[0]!);
      if (words) words.push(a);
      else {
        const tree = [a];
        out.push(tree);
        open.set(a[0]!, tree);
      }
      continue;
    }
    const letter = firstLetter(a);
    if (letter) open.delete(letter);
    else open.clear();
    out.push(a);
  }
  return out.map((x) => (typeof x === 'string' ? x : prefixTree(x)));
}

/**
 * The alternatives that matter: a repeated one is dropped, so is a word, plain or held to a word's
 * start or end, that contains a plain word of the list ("telephone" or `\bmobile\b` beside "phone"
 * or "mobil": whatever it matches, that word matches too).
 */
export function essentialAlternatives(source: string): string[] {
  const alternatives = [...new Set(splitAlternatives(source))];
  const literals = alternatives.filter((a) => LITERAL.test(a));
  return alternatives.filter((a) => {
    const word = WORD.exec(a)?.[1];
    return !(word && literals.some((b) => b !== a && word.includes(b)));
  });
}

/**
 * The same alternation, shorter: its essential alternatives, with the plain words in prefix trees
 * and the whole words (`\bx\b`) in one group where the first of them stood. The tests compare every
 * match of every table word in text with the essential alternatives' own.
 */
export function compactAlternatives(source: string): string {
  const alternatives = plainWordTrees(essentialAlternatives(source));
  const words = alternatives.map((a) => WHOLE_WORD.exec(a)?.[1]).filter((w): w is string => w !== undefined);
  if (words.length < 3) return alternatives.join('|');
  // A plain group, as the tables write theirs (the classifier reads no group): two bytes shorter.
  const group = `\\b(${prefixTree(words)})\\b`;
  const first = alternatives.findIndex((a) => WHOLE_WORD.test(a));
  return alternatives.flatMap((a, i) => (i === first ? [group] : WHOLE_WORD.test(a) ? [] : [a])).join('|');
}

// Decides what one control is from its own signals. A valid autocomplete token wins; otherwise each
// text signal votes for the first rule it matches, weighted by how much a person trusts it, and
// the control's type and a select's options add their votes. Neighbours are looked at later.
import { COMPILED_RULES, type Hint } from './patterns';
import type { Signals } from './signals';

// The autocomplete token outweighs any one other signal, but not the label and the name together:
// authors copy attributes between fields ("address-line2" on a house number box) more often than
// they mislabel what the shopper reads.
const WEIGHT = { autocomplete: 6, label: 5, placeholder: 4, nearby: 3, attrs: 3 } as const;

/** A select can only list choices: these are the types whose values come from a list. */
const SELECT_TYPES = new Set<Hint>([
  'country', 'address-level1', 'address-level2', 'address-level3', 'tel-country-code', 'cc-exp-month',
  'cc-exp-year', 'cc-exp', 'cc-type', 'month', 'year', 'none',
]);

/** When both are voted for, the second (more specific) takes the first's votes. */
const REFINES: readonly (readonly [Hint, Hint])[] = [
  ['name', 'given-name'],
  ['name', 'family-name'],
  ['name', 'additional-name'],
  ['name', 'cc-name'],
  ['address-line1', 'address-line2'],
  ['address-line1', 'address-line3'],
  ['address-line1', 'address-streetname'],
  ['address-line1', 'address-housenumber'],
  ['tel', 'tel-country-code'],
  ['tel', 'tel-area-code'],
  ['tel', 'tel-extension'],
  ['cc-exp', 'cc-exp-month'],
  ['cc-exp', 'cc-exp-year'],
  ['month', 'cc-exp-month'],
  ['year', 'cc-exp-year'],
  ['number', 'cc-number'],
  ['number', 'address-housenumber'],
  ['number', 'tel'],
];

const GENERIC = new Set<Hint>(['month', 'year', 'number']);

const memo = new Map<string, Hint | null>();

function remember(key: string, hint: Hint | null): Hint | null {
  if (memo.size > 5000) memo.clear();
  memo.set(key, hint);
  return hint;
}

/** What a label says: the first rule it matches, in rule order (memoised: pages repeat labels). */
export function firstRule(text: string): Hint | null {
  if (!text) return null;
  const known = memo.get(text);
  if (known !== undefined) return known;
  for (const [re, h] of COMPILED_RULES) if (re.test(text)) return remember(text, h);
  return remember(text, null);
}

/** End and start of the last match of re in text, or null. */
function lastMatch(re: RegExp, text: string): [number, number] | null {
  let found: [number, number] | null = null;
  for (let from = 0; from < text.length; ) {
    const m = re.exec(text.slice(from));
    if (!m) break;
    const start = from + m.index;
    found = [start + m[0].length, start];
    from = start + 1;
  }
  return found;
}

/**
 * What a name/id says. Their words run from general to specific ("billing_address_state"), so the
 * rule matching furthest right wins (the longer match on a tie); a "not fillable" word anywhere
 * wins outright ("giftCardNumber").
 */
export function attributeRule(words: string): Hint | null {
  if (!words) return null;
  const key = `\u0000${words}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let best: Hint | null = null;
  let bestEnd = -1;
  let bestStart = 0;
  for (const [re, h] of COMPILED_RULES) {
    const m = lastMatch(re, words);
    if (!m) continue;
    if (h === 'none') return remember(key, h);
    if (GENERIC.has(h) && best) continue; // "phone number": the specific word decides
    if (m[0] > bestEnd || (m[0] === bestEnd && m[1] < bestStart)) [best, bestEnd, bestStart] = [h, m[0], m[1]];
  }
  return remember(key, best);
}

function optionVote(s: Signals): [Hint, number] | null {
  switch (s.options) {
    case 'country':
      return ['country', 6];
    case 'dial-code':
      return ['tel-country-code', 6];
    case 'month':
      return ['month', 4];
    case 'future-years':
      return ['year', 4];
    case 'card-brand':
      return ['cc-type', 6];
    case 'past-years':
    case 'day':
      return ['none', 6];
    default:
      return null;
  }
}

export function guessField(s: Signals): Hint {
  const votes = new Map<Hint, number>();
  const vote = (hint: Hint | null, weight: number): void => {
    if (hint) votes.set(hint, (votes.get(hint) ?? 0) + weight);
  };
  vote(s.ac.type, WEIGHT.autocomplete);
  vote(firstRule(s.label), WEIGHT.label);
  vote(firstRule(s.nearby), WEIGHT.nearby);
  vote(firstRule(s.placeholder), WEIGHT.placeholder);
  vote(attributeRule(s.attrs), WEIGHT.attrs);
  const fromOptions = optionVote(s);
  if (fromOptions) vote(...fromOptions);
  if (s.kind === 'email') vote('email', 6);
  if (votes.size === 0) return s.kind === 'tel' ? 'tel' : 'none';
  if (votes.has('cc-exp') && votes.has('month')) return 'cc-exp-month';
  if (votes.has('cc-exp') && votes.has('year')) return 'cc-exp-year';
  for (const [coarse, fine] of REFINES) {
    const c = votes.get(coarse);
    const f = votes.get(fine);
    if (c !== undefined && f !== undefined) {
      votes.set(fine, c + f);
      votes.delete(coarse);
    }
  }
  let best: Hint = 'none';
  let bestScore = 0;
  for (const [hint, score] of votes) {
    if (score > bestScore && (s.kind !== 'select' || SELECT_TYPES.has(hint))) {
      best = hint;
      bestScore = score;
    }
  }
  // A "country code" box next to the phone (short, numeric, or listing +NN codes) is the dialling code.
  if (best === 'country' && (s.options === 'dial-code' || s.kind === 'tel' || s.kind === 'number' || (s.maxLength > 0 && s.maxLength <= 5))) {
    return 'tel-country-code';
  }
  return best;
}

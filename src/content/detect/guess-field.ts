// Decides what one control is from its own signals. A valid autocomplete token wins; otherwise each
// text signal votes for the first rule it matches, weighted by how much a person trusts it, and
// the control's type and a select's options add their votes. Neighbours are looked at later.
import { COMPILED_RULES, type Hint } from './patterns';
import type { Signals } from './signals';

const WEIGHT = { label: 5, placeholder: 4, nearby: 3, attrs: 3 } as const;

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

const memo = new Map<string, Hint | null>();

/** The first rule the text matches (memoised: pages repeat the same labels and names). */
export function firstRule(text: string): Hint | null {
  if (!text) return null;
  const known = memo.get(text);
  if (known !== undefined) return known;
  let hint: Hint | null = null;
  for (const [re, h] of COMPILED_RULES) {
    if (re.test(text)) {
      hint = h;
      break;
    }
  }
  if (memo.size > 5000) memo.clear();
  memo.set(text, hint);
  return hint;
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
  if (s.ac.type) return s.ac.type;
  const votes = new Map<Hint, number>();
  const vote = (hint: Hint | null, weight: number): void => {
    if (hint) votes.set(hint, (votes.get(hint) ?? 0) + weight);
  };
  vote(firstRule(s.label), WEIGHT.label);
  vote(firstRule(s.nearby), WEIGHT.nearby);
  vote(firstRule(s.placeholder), WEIGHT.placeholder);
  vote(firstRule(s.attrs), WEIGHT.attrs);
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
    if (score > bestScore) {
      best = hint;
      bestScore = score;
    }
  }
  return best;
}

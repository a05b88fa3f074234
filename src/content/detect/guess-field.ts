// Decides what one control is from its own signals. A valid autocomplete token wins; otherwise each
// text signal votes for the first rule it matches, weighted by how much a person trusts it, and
// the control's type and a select's options add their votes. Neighbours are looked at later (they
// leave fields with a valid autocomplete token alone).
import { isCountryName } from './country-names';
import { remember, StringsMemo } from './memo';
import { COMPILED_RULES, type Hint, type RuleHint } from './patterns';
import type { OptionsKind } from './options';
import { foldNumbers, type Signals } from './signals';
import { words } from './text';

// A select's nearby text is often another field's label or the choice shown in the select before it
// ("Country United States"): there its own name/id wins a tie.
const WEIGHT = { label: 5, placeholder: 4, nearby: 3, selectNearby: 2.5, attrs: 3 } as const;

/** A select can only list choices: these are the types whose values come from a list (postcodes too, where a city has few; floors). */
const SELECT_TYPES = new Set(
  words('country address-level1 address-level2 address-level3 area suburb postal-code floor tel-country-code cc-exp-month cc-exp-year cc-exp cc-type tel-area-code month year none'),
);

/**
 * When both are voted for, a hint listed under another (more specific, or what that one is
 * ambiguous with) takes its votes; in this order. Lists are strings: the shipped content script is
 * held to 40 KB, and pairs written as arrays took 280 bytes more.
 */
const REFINES = Object.entries({
  name: 'full-name given-name family-name additional-name cc-name first-or-full-name', // "Nombre" on a box named "name": neighbours decide
  'first-or-full-name': 'given-name full-name', // ... named "firstName": the first name
  // A street-line vote agrees with "Street and number" (first: it takes them all).
  'address-line1': 'street-and-number address-line2 address-line3 address-streetname address-housenumber',
  // "Area" is a region in some countries ("state" in the name settles it), or the city ("City / area").
  area: 'address-level1 address-level2 address-level3',
  'address-level2': 'suburb', // "Suburb" on a box named "city": neighbours decide
  tel: 'tel-country-code tel-area-code tel-extension',
  'cc-exp': 'cc-exp-month cc-exp-year',
  month: 'cc-exp-month',
  year: 'cc-exp-year',
  number: 'cc-number address-housenumber tel apartment',
  // A label of just "Number" reads as a house number; the name/id ("creditCardNumber", "phone", "flat_nr") settles it.
  'address-housenumber': 'cc-number tel apartment',
  // "Country code" reads as the country; "dial code" or "phone … country" in the name/id says the dialling code.
  country: 'tel-country-code',
  code: 'cc-csc', // "Código de verificación" on a box named cvv
} satisfies Partial<Record<RuleHint, string>>).flatMap(([coarse, fine]) => words(fine).map((f) => [coarse, f] as [RuleHint, RuleHint]));

/** When both are voted for, the box is the third: "Expiry" and "Month" make the expiry month, "Name on card" and "First name" the card's given name. */
const COMBINED: readonly (readonly [RuleHint, RuleHint, Hint])[] = [
  ['cc-exp', 'month', 'cc-exp-month'],
  ['cc-exp', 'year', 'cc-exp-year'],
  ['cc-name', 'given-name', 'cc-given-name'],
  ['cc-name', 'family-name', 'cc-family-name'],
];

const GENERIC = new Set(words('month year number'));

/** What a select listing months, or years from about now, cannot be. */
const LIST_IS_NOT: Partial<Record<string, RuleHint[]>> = { month: ['year', 'cc-exp-year'], 'future-years': ['month', 'cc-exp-month'] };

// A placeholder showing a card number's four groups: "1234 1234 1234 1234", "•••• ••••…", "xxxx xxxx…".
const CARD_PLACEHOLDER = /^[\dx•*]{4}( [\dx•*]{4}){3}$/;

// Month and year in one box: "MM/YY", "mm-yyyy", "MM / AA" (año, année, anno), "MM/JJ" (Jahr). (A
// birth date's "DD/MM/YYYY" is a "none" rule's, in patterns/misc.ts.)
const MONTH_AND_YEAR = /\bmm ?[/.-]? ?(yy|aa|jj)|month (and|&|\/) year/;

const memo = new Map<string, RuleHint | null>();

/**
 * What a text says: the first rule it matches, in rule order (memoised: pages repeat labels). No
 * rule reads a number of two or more digits, and big pages number their fields ("Street 17"):
 * folding those numbers makes repeated labels one memo entry. For a select, the first rule a list
 * can answer: "Billing address – state" is the state.
 */
export function firstRule(raw: string, select: boolean): RuleHint | null {
  return raw ? ruleOf(foldNumbers(raw), select) : null;
}

/** firstRule of a text whose numbers are folded already. */
function ruleOf(text: string, select: boolean): RuleHint | null {
  if (!text) return null;
  const key = select ? `\u0001${text}` : text;
  const known = memo.get(key);
  if (known !== undefined) return known;
  for (const [re, hint] of COMPILED_RULES) {
    re.lastIndex = 0;
    if ((!select || SELECT_TYPES.has(hint)) && re.test(text)) return remember(memo, key, hint);
  }
  return remember(memo, key, null);
}

/** End and start of the last match of a g-flagged re in text (matches may overlap), or null. */
function lastMatch(re: RegExp, text: string): [number, number] | null {
  let found: [number, number] | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = [m.index + m[0].length, m.index];
    re.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * What a name/id says. Their words run from general to specific ("billing_address_state"), so the
 * rule matching furthest right wins (the longer match on a tie); a "not fillable" word anywhere
 * wins outright ("giftCardNumber").
 */
export function attributeRule(words: string, select: boolean): RuleHint | null {
  if (!words) return null;
  const key = `${select ? '\u0002' : '\u0000'}${words}`; // the words come with long numbers already folded (signals.ts nameWords)
  const known = memo.get(key);
  if (known !== undefined) return known;
  let best: RuleHint | null = null;
  let bestEnd = -1;
  let bestStart = 0;
  for (const [re, h] of COMPILED_RULES) {
    if (select && !SELECT_TYPES.has(h)) continue;
    const m = lastMatch(re, words);
    if (!m) continue;
    if (h === 'none') return remember(memo, key, h);
    if (GENERIC.has(h) && best) continue; // "phone number": the specific word decides
    if (m[0] > bestEnd || (m[0] === bestEnd && m[1] < bestStart)) [best, bestEnd, bestStart] = [h, m[0], m[1]];
  }
  return remember(memo, key, best);
}

/** What a select's list votes for, and how strongly: a list of months or of years from about now counts for less than a label. */
const OPTION_VOTES: Record<NonNullable<OptionsKind>, readonly [Hint, number]> = {
  country: ['country', 6],
  'dial-code': ['tel-country-code', 6],
  region: ['address-level1', 6],
  month: ['month', 4],
  'future-years': ['year', 4],
  'card-brand': ['cc-type', 6],
  'past-years': ['none', 6],
  day: ['none', 6],
};

/**
 * Coarse tokens: the street-line ones, the coarsest the autocomplete vocabulary has for a street
 * box; address-level3, which authors give a house-number box for want of a token ("Huisnummer");
 * and the whole name, which they give every box of a name ("First name", "Company name").
 */
const COARSE = new Set(words('street-address address-line1 address-line2 address-line3 address-level3 name'));
/**
 * What a box's own signals may say more finely than a coarse token: street name and house number,
 * which autocomplete has no token for, a name's parts, the company. (Not apartment: a line-2 token
 * on an "Apt, suite" box is what the author meant.)
 */
const FINER = new Set(words('address-streetname address-housenumber given-name family-name organization'));

/**
 * A valid autocomplete token wins. The one refinement: a coarse token on a box whose own signals
 * say something finer (a house number box marked "address-line2" or "address-level3", a first-name
 * box marked "name") — the author had no finer token to give it, or gave the whole form one — or on
 * a select, which cannot hold it.
 */
export function guessField(s: Signals): Hint {
  const ac = s.ac.type;
  if (!ac) return heuristicGuess(s);
  if (!COARSE.has(ac)) return ac;
  const own = heuristicGuess(s);
  // A select holds no street line or name: such a token on one is a slip its own signals correct ("District").
  return FINER.has(own) || (s.kind === 'select' && !SELECT_TYPES.has(ac) && own !== 'none') ? own : ac;
}

const guesses = new StringsMemo<Hint>();

/** What the box would be with `label` as its label and no nearby text (a part of a label it shares with the boxes beside it). */
export function guessWithLabel(s: Signals, label: string): Hint {
  return heuristicGuess(Object.create(s, { labelKey: { value: label }, nearby: { value: '' } }) as Signals);
}

/**
 * What the signals say without a token; memoised by all it reads (big pages repeat their fields):
 * by the label key and the name/id words as they are (memo values, hashed once), then the rest,
 * which is the type alone (a string the browser has hashed) for a box without a size, options,
 * nearby text or placeholder, and otherwise joined by \u0001, which no type has.
 */
function heuristicGuess(s: Signals): Hint {
  const plain = s.maxLength === 0 && s.options === null && !s.nearby && !s.placeholder;
  const rest = plain ? s.kind : `${s.kind}\u0001${s.maxLength}\u0001${s.options}\u0001${s.nearby}\u0001${s.placeholder}`;
  return guesses.get(s.labelKey, s.attrs, rest) ?? guesses.remember(tally(s), s.labelKey, s.attrs, rest);
}

function tally(s: Signals): Hint {
  const votes = new Map<RuleHint, number>();
  const vote = (hint: RuleHint | null, weight: number): void => {
    if (hint) votes.set(hint, (votes.get(hint) ?? 0) + weight);
  };
  const select = s.kind === 'select';
  vote(ruleOf(s.labelKey, select), WEIGHT.label);
  vote(firstRule(s.nearby, select), select ? WEIGHT.selectNearby : WEIGHT.nearby);
  vote(firstRule(s.placeholder, select), WEIGHT.placeholder);
  vote(attributeRule(s.attrs, select), WEIGHT.attrs);
  if (s.options) vote(...OPTION_VOTES[s.options]);
  if (s.kind === 'email') vote('email', 6);
  if (CARD_PLACEHOLDER.test(s.placeholder)) vote('cc-number', WEIGHT.placeholder);
  // Nothing said: a phone-type box is the phone, unless too short for one (a one-time code's digit).
  if (votes.size === 0) return s.kind === 'tel' && (!s.maxLength || s.maxLength > 4) ? 'tel' : isCountryName(s.labelKey || s.nearby) ? 'country' : 'none';
  // A list reaching decades back (birth years) or of 31 days is never part of a card or an address.
  if (s.options === 'past-years' || s.options === 'day') return 'none';
  // A list of months is no year and a run of years no month, whatever the text before it says
  // (Japanese forms write a list's unit after it: "[01] 月 / [2026] 年" puts 月 before the years).
  for (const h of LIST_IS_NOT[s.options as string] ?? []) votes.delete(h); // (null names no list)
  for (const [a, b, both] of COMBINED) if (votes.has(a) && votes.has(b)) return both;
  for (const [coarse, fine] of REFINES) {
    const c = votes.get(coarse);
    const f = votes.get(fine);
    if (c !== undefined && f !== undefined) {
      votes.set(fine, c + f);
      votes.delete(coarse);
    }
  }
  // A tie goes to "none": text before a box named g-recaptcha-response or token that says "Email"
  // does not make it the e-mail box.
  let best: RuleHint = 'none';
  let bestScore = 0;
  for (const [hint, score] of votes) {
    if ((score > bestScore || (score === bestScore && hint === 'none')) && (!select || SELECT_TYPES.has(hint))) {
      best = hint;
      bestScore = score;
    }
  }
  // The card's number, code and expiry go only where nothing says the box is for something else:
  // "Card number" on a box named giftcard_number or loyaltyCard, "security code" on one named
  // captcha, "YYYY" on one named dob_year.
  if (/^cc-(nu|cs|ex)/.test(best) && votes.has('none')) return 'none';
  // "Expiry month" in the name but "MM/YY" in the box (or an expiry box with room for five
  // characters): the whole expiry.
  if (s.kind !== 'select' && /^(cc-exp-)?(month|year)$/.test(best)) {
    const both = MONTH_AND_YEAR.test(`${s.labelKey} ${s.placeholder} ${s.nearby}`); // reads no number
    if (both || (s.maxLength === 5 && best.startsWith('cc-'))) return 'cc-exp';
  }
  // A "country code" box next to the phone (short, numeric, or listing +NN codes) is the dialling code.
  // A select listing country names is a country, whatever its name says (phone forms list countries too).
  if (best === 'tel-country-code' && s.options === 'country') return 'country';
  if (best === 'country' && (s.options === 'dial-code' || s.kind === 'tel' || s.kind === 'number' || (s.maxLength > 0 && s.maxLength <= 5))) {
    return 'tel-country-code';
  }
  // A number input that says only "Number" is how many (a cart's quantity): a house number box says
  // "No.", "Nr." or "House number", and takes letters (12A).
  if (best === 'address-housenumber' && s.kind === 'number' && s.labelKey === 'number') return 'none';
  // A box of several lines for the street takes the whole street address (line 2 too), as does one
  // whose text names the house number among the street's parts ("e.g. street, house number, unit");
  // one for a value of one short line (phone, e-mail, a name, the card, the postcode) is a note that mentions it.
  if (s.kind === 'textarea') {
    if (best === 'address-line1' || best === 'street-and-number' || best === 'address-housenumber') return 'street-address';
    if (/^(tel|email|cc|postal)|(^|-)name$/.test(best)) return 'none';
  }
  return best === 'full-name' ? 'name' : best === 'street-and-number' ? 'address-line1' : best === 'area' ? 'address-level3' : best;
}

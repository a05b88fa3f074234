// Second pass: settles what a control's own signals leave open by looking at the controls around
// it, as a person reading the form would: "Month" next to a card number is the expiry month, four
// 4-digit boxes make one card number, "Name" before "Surname" is the first name ("Nombre" alone is
// the whole name), "Suburb" beside a city box is a part of the city, a second "Address" box is line 2,
// "Street" next to "House number" is the street name, three short boxes after "Phone" are its area
// code, exchange and line number (and a phone box after an area code's the rest of the number), a
// short box after a short postal-code box is the code's second part, and one label over two boxes
// ("PLZ / Ort") names each by its part.
import type { DetectedType } from '../../core/field-types';
import type { Control } from './controls';
import { attributeRule, guessWithLabel } from './guess-field';
import type { Hint } from './patterns';
import type { Signals } from './signals';
import { words } from './text';

export interface Draft {
  element: Control;
  /** The control's form, read once (every pass compares forms). */
  form: HTMLFormElement | null;
  signals: Signals;
  hint: Hint;
}

const NEAR = 5;
/** What a box is in a card's group; outside one a month, year, number or code is none and a name stays a name. */
const TO_CARD: Partial<Record<Hint, DetectedType>> = {
  month: 'cc-exp-month',
  year: 'cc-exp-year',
  number: 'cc-number',
  name: 'cc-name',
  'given-name': 'cc-given-name',
  'family-name': 'cc-family-name',
  'additional-name': 'cc-additional-name',
  code: 'cc-csc',
};
const PAYMENT_EVIDENCE = new Set(words('cc-number cc-csc cc-exp cc-exp-month cc-exp-year cc-name cc-type'));
/** What a card's group may hold besides the card's own boxes: the holder's name and contact, and boxes not settled yet. */
const NAME_HINTS = new Set(words('name given-name family-name additional-name email tel none month year number code'));

/** Index of the closest draft within NEAR that carries card evidence, or -1. */
function nearestCard(drafts: Draft[], i: number): number {
  for (let d = 1; d <= NEAR; d++) {
    if (i >= d && PAYMENT_EVIDENCE.has(drafts[i - d]!.hint)) return i - d;
    if (i + d < drafts.length && PAYMENT_EVIDENCE.has(drafts[i + d]!.hint)) return i + d;
  }
  return -1;
}

/** True when the card field at j shares a container with field i that holds no address field. */
function sameCardGroup(drafts: Draft[], i: number, j: number): boolean {
  const field = drafts[i]!.element;
  const card = drafts[j]!.element;
  if (drafts[i]!.form !== drafts[j]!.form) return false; // another form is another group (and the climb below would reach the body)
  let box: Element | null = field.parentElement;
  while (box && !box.contains(card)) box = box.parentElement;
  if (!box) return false;
  const lo = Math.max(0, Math.min(i, j) - NEAR);
  const hi = Math.min(drafts.length - 1, Math.max(i, j) + NEAR);
  for (let k = lo; k <= hi; k++) {
    const d = drafts[k]!;
    if (!NAME_HINTS.has(d.hint) && !PAYMENT_EVIDENCE.has(d.hint) && box.contains(d.element)) return false;
  }
  return true;
}

function inPaymentGroup(drafts: Draft[], i: number): boolean {
  const j = nearestCard(drafts, i);
  return j >= 0 && sameCardGroup(drafts, i, j);
}

/** The next (step 1) or previous (step -1) draft in the same form that was given a type, skipping unknown ones. */
function typedNeighbour(drafts: Draft[], i: number, step: 1 | -1): Draft | undefined {
  const form = drafts[i]!.form;
  for (let j = i + step, n = 0; n < 2 && j >= 0 && j < drafts.length && drafts[j]!.form === form; j += step, n++) {
    if (drafts[j]!.hint !== 'none') return drafts[j];
  }
  return undefined;
}

function resolveOpenHints(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const card = TO_CARD[d.hint];
    if (!card || d.signals.ac.type) return;
    if (inPaymentGroup(drafts, i)) d.hint = card;
    else if (isOpen(d.hint)) d.hint = 'none';
  });
}

/** A box with no text or token of its own (a mark between boxes, "/" or "-", is none), which only a label before it explains. */
const saysNothing = (s: Signals): boolean => !s.ac.type && !s.labelKey && s.nearby.length < 2 && !s.placeholder;

const smallBox = (s: Signals): boolean => s.kind === 'select' || (s.maxLength > 0 && s.maxLength <= 4);

/**
 * Month then year: two expiry boxes in a row, unless the first is a big box with an example (an
 * "MM/YY" asks for the whole date there); or an expiry on a small box or a select, then another
 * whose list says years, or that says nothing itself ("Expiry (MM / YY) [..] [..]").
 */
function splitExpiry(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const next = drafts[i + 1];
    if (d.hint !== 'cc-exp' || d.signals.ac.type || !next) return;
    const small = smallBox(d.signals);
    if (
      next.hint === 'cc-exp'
        ? !next.signals.ac.type && (small || !d.signals.placeholder) // never against the second box's own token
        : small && (next.hint === 'cc-exp-year' || (next.form === d.form && saysNothing(next.signals) && smallBox(next.signals)))
    ) {
      d.hint = 'cc-exp-month';
      next.hint = 'cc-exp-year';
    }
  });
}

/** A card number typed into 3-4 short boxes: the boxes after the first are card number too. */
function splitCardNumber(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.hint !== 'cc-number' || d.signals.maxLength < 3 || d.signals.maxLength > 6) return;
    for (let j = i + 1; j <= i + 3; j++) {
      const next = drafts[j];
      if (!next || next.signals.ac.type || next.signals.maxLength !== d.signals.maxLength || !['none', 'cc-number', 'tel'].includes(next.hint)) break;
      next.hint = 'cc-number';
    }
  });
}

// A box's expected length: a digit-like placeholder ("000", "0000") shows it best, else maxlength.
const DIGITS_PLACEHOLDER = /^[0-9x#*_]{1,8}$/;
function boxLength(s: Signals): number {
  return DIGITS_PLACEHOLDER.test(s.placeholder) ? s.placeholder.length : s.maxLength;
}

const PHONE_BOX = new Set(words('tel none'));

/**
 * A phone number typed into three short boxes: the area code, the exchange and the line number
 * (US 415-555-0100, Japanese 03-1234-5678); and a phone box after an area code's box, the rest of
 * the number ("Area code [415] Phone [5550199]").
 */
function splitPhone(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.hint !== 'tel' || d.signals.ac.type) return;
    if (typedNeighbour(drafts, i, -1)?.hint === 'tel-area-code') {
      d.hint = 'tel-local';
      return;
    }
    const run = [d, drafts[i + 1], drafts[i + 2]];
    if (run.some((b) => !b || b.signals.ac.type || b.form !== d.form || !PHONE_BOX.has(b.hint))) return;
    const lengths = run.map((b) => boxLength(b!.signals));
    // Not one-digit boxes (a one-time code); up to six, as Japanese shops allow for a part (EC-CUBE: 6,
    // for area codes of up to five digits): no whole number fits in six.
    if (lengths.every((n) => n >= 2 && n <= 6)) {
      run[0]!.hint = 'tel-area-code';
      run[1]!.hint = 'tel-local-prefix';
      run[2]!.hint = 'tel-local-suffix';
    }
  });
}

/** Each part of a postal code in two boxes is 2 to 5 long: JP 3+4, BR 5+3, NL 4+2, PL 2+3, PT 4+3, CA 3+3, US ZIP+4 5+4. */
const postalPart = (s: Signals): boolean => s.maxLength > 1 && s.maxLength < 6;

/**
 * A short box right after a short postal-code box of its form is the code's second part when it
 * says nothing by itself: no label, autocomplete token, name, id or placeholder that means anything
 * (a placeholder of digits is fine), at most one mark between (〒 [zip1] - [yubin2], 12345-678,
 * 1234 AB). So never a box with a label of its own ("Apt", "Year"). Read from the end, so that a box
 * this makes a postal code is never the first of another pair.
 */
function splitPostal(drafts: Draft[]): void {
  for (let i = drafts.length; --i > 0; ) {
    const first = drafts[i - 1]!;
    const d = drafts[i]!;
    const s = d.signals;
    if (first.hint !== 'postal-code' || !postalPart(first.signals) || !postalPart(s) || s.ac.type || d.form !== first.form) continue;
    // (Read only now: a box's label and nearby text are read when first asked for.) An empty
    // placeholder reads as a digit; a name or id that says anything, even "not fillable", rules the box out.
    if (!s.labelKey && s.nearby.length < 2 && DIGITS_PLACEHOLDER.test(s.placeholder || '0') && !attributeRule(s.attrs, false)) d.hint = first.hint;
  }
}

// Where one label names two boxes, part by part: "PLZ / Ort", "Straße, Hausnummer". Brackets
// split too, so a label with a note in brackets ("Expiry (MM / YY)", "お名前(フリガナ)": the name's
// reading) has more than two parts, never two.
const LABEL_PARTS = / ?[/,&+・、()] ?/;

/**
 * A label over two boxes, only the first of which it is for ("<label for=zip>PLZ / Ort</label>
 * [zip] [city]"): when the second says nothing itself (saysNothing: no label, nearby text but a
 * mark, placeholder or token) and the label has two parts that say different things, each box is what its part says, read
 * with its own name and id.
 */
function splitSharedLabel(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const next = drafts[i + 1];
    if (next?.form !== d.form || d.signals.ac.type || !saysNothing(next.signals)) return;
    const s = next.signals;
    const [first, second, more] = (d.signals.labelKey || d.signals.nearby).split(LABEL_PARTS);
    if (!second || more !== undefined) return;
    const hints = [guessWithLabel(d.signals, first!), guessWithLabel(s, second)] as const;
    if (hints[0] !== hints[1]) [d.hint, next.hint] = hints;
  });
}

/** A word that is the first name beside a surname (or middle name) box is the whole name without one. */
function firstOrFullName(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.hint !== 'first-or-full-name') return;
    const near = [typedNeighbour(drafts, i, 1)?.hint, typedNeighbour(drafts, i, -1)?.hint];
    d.hint = near.includes('family-name') || near.includes('additional-name') ? 'given-name' : 'name';
  });
}

/** True when a draft within `span` of the i-th passes `test`. */
function near(drafts: Draft[], i: number, span: number, test: (d: Draft) => boolean): boolean {
  return drafts.slice(Math.max(0, i - span), i + span + 1).some(test);
}

const isHouseNumber = (d: Draft): boolean => d.hint === 'address-housenumber';

/** "Suburb" is the city (Australia), or the part of it beside a city box (New Zealand: "Suburb", then "Town / City"). */
function suburb(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.hint !== 'suburb') return;
    d.hint = near(drafts, i, 4, (o) => o.hint === 'address-level2' && o.form === d.form) ? 'address-level3' : 'address-level2';
  });
}

/**
 * "Name" next to "Surname" is the first name; next to "First name" it is the last name. One "Name"
 * over two boxes of a form (the second with no text of its own) is both: the first name then the last, or
 * the family name first where the label is Chinese or Japanese ("お名前": 姓, then 名).
 */
function pairNames(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.signals.ac.type) return;
    const card = d.hint === 'cc-name';
    if (d.hint !== 'name' && !card) return;
    const given = card ? 'cc-given-name' : 'given-name';
    const family = card ? 'cc-family-name' : 'family-name';
    const second = drafts[i + 1];
    if (second?.hint === d.hint && second.form === d.form && !second.signals.ac.type && !second.signals.labelKey && !second.signals.nearby) {
      const cjk = CJK.test(d.signals.labelKey || d.signals.nearby);
      d.hint = cjk ? family : given;
      second.hint = cjk ? given : family;
      return;
    }
    const next = typedNeighbour(drafts, i, 1)?.hint;
    const prev = typedNeighbour(drafts, i, -1)?.hint;
    if (next === family || prev === family) d.hint = given;
    else if (next === given || prev === given) d.hint = family;
  });
}

const CJK = /[\u3040-\u9fff]/; // kana and CJK ideographs

/**
 * Repeated street boxes are lines 2 and 3. A street box next to a house number is the street
 * name; without one, a box labelled just "Street" takes the whole street line.
 */
function splitStreet(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.hint !== 'address-line1') return;
    const next = drafts[i + 1];
    if (next?.hint === 'address-line1' && !next.signals.ac.type) {
      // "Start typing your address" over the street box: a search that fills the boxes after it.
      if (attributeRule(d.signals.placeholder, false) === 'none') return void (d.hint = 'none');
      next.hint = 'address-line2';
      const third = drafts[i + 2];
      if (third?.hint === 'address-line1' && !third.signals.ac.type) third.hint = 'address-line3';
    }
  });
  drafts.forEach((d, i) => {
    if (d.hint === 'address-line1' || d.hint === 'street-address') {
      if (near(drafts, i, 3, isHouseNumber)) d.hint = 'address-streetname';
    } else if (d.hint === 'address-streetname' && !near(drafts, i, 3, isHouseNumber)) {
      d.hint = 'address-line1';
    }
  });
}

export function settleWithNeighbours(drafts: Draft[]): DetectedType[] {
  splitSharedLabel(drafts);
  splitPostal(drafts); // before the rest: they see the second box as part of the postal code
  splitExpiry(drafts);
  firstOrFullName(drafts);
  suburb(drafts);
  resolveOpenHints(drafts);
  splitCardNumber(drafts);
  splitPhone(drafts);
  pairNames(drafts);
  splitStreet(drafts);
  return drafts.map((d) => (isOpen(d.hint) ? 'none' : d.hint)); // a month, year, number or code no neighbour settled
}

const OPEN = new Set(words('month year number first-or-full-name suburb code'));

function isOpen(hint: Hint): hint is Exclude<Hint, DetectedType> {
  return OPEN.has(hint);
}

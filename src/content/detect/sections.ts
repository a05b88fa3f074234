// Groups typed fields into sections so one fill never mixes a billing and a shipping address, or a
// card with an address. A section ends where the autocomplete section or the form changes, where a
// field says billing and its section shipping or the reverse (in its autocomplete token, name or
// label, or the headings around it), where a block under a billing or shipping heading follows one
// that said neither (a field that says neither joins any), and where a type repeats (the second
// "Postal code" starts the second address) — except a card number in boxes, a postal code in two
// short boxes in a row (〒 123 - 4567), or another type straight after itself: "Email" then "Confirm
// email", "Phone" then "Mobile", or a state select and the state box a page shows in its place for
// other countries.
import { isCardType, type DetectedType, type FieldType } from '../../core/field-types';
import type { Control } from './controls';
import { classOf, idOf, localName, parentElement, previousElementSibling } from './dom';
import type { Draft } from './neighbours';
import { remember } from './memo';
import { CONTEXT } from './patterns';
import { foldNumbers, type Signals } from './signals';
import { attributeWords, normalizeText, words } from './text';

export type SectionKind = 'payment' | 'billing' | 'shipping' | 'contact' | 'address';

export interface ClassifiedField {
  element: Control;
  type: DetectedType;
  /** Id of the field's section; null for 'none' fields. */
  section: string | null;
}

export interface Section {
  id: string;
  kind: SectionKind;
  fields: ClassifiedField[];
}

type Mode = 'billing' | 'shipping' | null;

const CONTACT_TYPES = new Set(words('name given-name family-name additional-name email tel organization'));
const ANCESTOR_LEVELS = 7; // containers looked at above a field, the form (or body) being the last
const SIBLINGS_BACK = 16; // elements looked at before a field or container for the heading over it (8 rows of label and <br>)
const HEADING = /^(legend|h[1-6])$/;

// Labels, legends and class lists repeat across a page, often up to a number ("Section 17").
const textModes = new Map<string, Mode>();
const wordModes = new Map<string, Mode>();
const headingModes = new Map<string, Mode>();

/** billing, shipping or neither, for normalised text. */
function modeOfText(text: string): Mode {
  // Keyed as the rules' label keys are: a page's labels are few but numbered fields make them many.
  return text ? modeOfKey(foldNumbers(text)) : null;
}

/** modeOfText of text whose numbers are folded already (the label key, the name/id words). */
function modeOfKey(key: string): Mode {
  if (!key) return null;
  const known = textModes.get(key);
  if (known !== undefined) return known;
  const billing = CONTEXT.billing.test(key);
  return remember(textModes, key, billing === CONTEXT.shipping.test(key) ? null : billing ? 'billing' : 'shipping', 4000);
}

/** What a heading says, memoised by its text as it comes with numbers folded ("Section 17"): a normalised key folds the same. */
function headingMode(raw: string): Mode {
  const key = foldNumbers(raw);
  const known = headingModes.get(key);
  return known !== undefined ? known : remember(headingModes, key, modeOfText(normalizeText(key)));
}

/** What an id or class list says, as words. */
function wordsMode(raw: string): Mode {
  const known = wordModes.get(raw);
  return known !== undefined ? known : remember(wordModes, raw, modeOfText(attributeWords(raw.slice(0, 200))), 4000);
}

/**
 * What the nearest heading before el among its siblings says: a fieldset's legend, a block's title,
 * the heading over a table, or the last heading in a form that lists headings and labels side by side.
 */
function headingBefore(el: Element): Mode {
  let sibling = previousElementSibling.call(el);
  for (let n = 0; sibling && n < SIBLINGS_BACK; sibling = previousElementSibling.call(sibling), n++) {
    const tag = localName.call(sibling);
    if (HEADING.test(tag)) return headingMode((sibling.textContent ?? '').slice(0, 80));
    if (tag === 'form') break; // a heading before another form is that form's
  }
  return null;
}

/** What a container says: its id or class words, else the heading before it. */
function containerMode(box: Element): Mode {
  // Looked up by the attribute strings as they come (the browser hands back the same string for a
  // repeated class list, so the lookup is cheap; no id is "", looked up as any other). Element's own
  // getters read a form's id and class, which its controls cannot shadow, and an SVG element's class
  // as a string.
  return wordsMode(idOf.call(box)) ?? wordsMode(classOf.call(box)) ?? headingBefore(box);
}

/**
 * What the heading just before a field says, else the mode of the nearest container above it that
 * has one (containerMode), up to its form. Fields come in
 * document order and share most of their ancestors with the field before, so the containers of
 * the last climb are kept with their own modes (short arrays: cheaper than a Map of elements).
 */
class ContainerModes {
  #last: Element[] = [];
  #lastModes: Mode[] = [];
  #lastCount = 0;
  #next: Element[] = [];
  #nextModes: Mode[] = [];

  /** form: the field's form, where the climb ends (a field with none climbs to the body). */
  of(field: Element, form: HTMLFormElement | null): Mode {
    const before = headingBefore(field);
    if (before) return before;
    const last = this.#last;
    const lastModes = this.#lastModes;
    const lastCount = this.#lastCount;
    const boxes = this.#next;
    const modes = this.#nextModes;
    let n = 0;
    climb: for (let box = parentElement.call(field); box && n < ANCESTOR_LEVELS; ) {
      for (let k = 0; k < lastCount; k++) {
        if (last[k] !== box) continue;
        // The rest of this climb is the rest of the last one.
        for (; k < lastCount && n < ANCESTOR_LEVELS; k++, n++) {
          boxes[n] = last[k]!;
          modes[n] = lastModes[k]!;
        }
        break climb;
      }
      boxes[n] = box;
      modes[n++] = containerMode(box);
      // The form is known, so only a field outside one reads each box's tag (a cost on big pages).
      box = box === form || (!form && localName.call(box) === 'body') ? null : parentElement.call(box);
    }
    this.#next = last;
    this.#nextModes = lastModes;
    this.#last = boxes;
    this.#lastModes = modes;
    this.#lastCount = n;
    for (let k = 0; k < n; k++) if (modes[k]) return modes[k]!;
    return null;
  }
}

/** What a field's own words (autocomplete token, name/id, label) say of billing or shipping. */
function ownMode(signals: Signals): Mode {
  return signals.ac.mode ?? modeOfKey(signals.attrs) ?? modeOfKey(signals.labelKey);
}

function sectionKind(fields: ClassifiedField[], mode: Mode): SectionKind {
  if (fields.some((f) => isCardType(f.type))) return 'payment';
  if (mode) return mode;
  return fields.every((f) => CONTACT_TYPES.has(f.type)) ? 'contact' : 'address';
}

/** The section fields of one family join while they share its form and autocomplete section and their modes do not part them. */
interface OpenSection {
  form: HTMLFormElement | null;
  acSection: string;
  /** Index of the section in the list (its mode is kept beside it). */
  index: number;
  seen: Set<FieldType>;
  section: Section;
}

export function buildSections(drafts: readonly Draft[], types: DetectedType[]): { fields: ClassifiedField[]; sections: Section[] } {
  const fields: ClassifiedField[] = [];
  const sections: Section[] = [];
  const modes: Mode[] = []; // by section
  const containers = new ContainerModes();
  const open: { payment?: OpenSection; address?: OpenSection } = {};
  let postalBox = 0; // the length (maxlength, else size) of the last typed field when it is a postal-code box
  let last: DetectedType | null = null; // the last typed field's type
  for (let i = 0; i < drafts.length; i++) {
    const { element, form, signals: sig } = drafts[i]!;
    const type = types[i]!;
    const field: ClassifiedField = { element, type, section: null };
    fields.push(field);
    if (type === 'none') continue;
    const card = isCardType(type);
    // A card has no billing or shipping mode.
    const own = card ? null : ownMode(sig);
    const mode = card ? null : (own ?? containers.of(element, form));
    const acSection = sig.ac.section ?? '';
    const family = card ? 'payment' : 'address';
    let current = open[family];
    const postal = type === 'postal-code';
    const length = sig.maxLength;
    // Two boxes making at most a code's 10 characters hold one code; a box of its own is another address.
    const postalPart = postal && postalBox && length && postalBox + length < 11;
    postalBox = postal ? length : 0;
    const repeats = current?.seen.has(type) && type !== 'cc-number' && (postal ? !postalPart : type !== last);
    last = type;
    // A field's mode parts it from a section that says the other one, and from a section that says
    // neither only when the field's container says it (a block under a "Shipping address" heading):
    // its own words alone ("Additional information for delivery" on line 2) give the section its mode.
    const was = current && modes[current.index];
    const apart = mode && (was ? was !== mode : !own);
    if (!current || current.form !== form || current.acSection !== acSection || apart || repeats) {
      const section: Section = { id: `s${sections.length + 1}`, kind: 'address', fields: [] };
      current = { form, acSection, index: sections.length, seen: new Set(), section };
      sections.push(section);
      modes.push(mode);
      open[family] = current;
    } else if (!was && own) modes[current.index] = own; // the block's kind, as its field says ("Shipping address" on the street box)
    current.seen.add(type);
    current.section.fields.push(field);
    field.section = current.section.id;
  }
  sections.forEach((s, i) => (s.kind = sectionKind(s.fields, modes[i]!)));
  return { fields, sections };
}

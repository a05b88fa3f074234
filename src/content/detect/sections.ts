// Groups typed fields into sections so one fill never mixes a billing and a shipping address, or a
// card with an address. A section ends where the autocomplete section or billing/shipping mode
// changes, where the form changes, where the surrounding headings say billing vs shipping, and
// where a type repeats (the second "Postal code" starts the second address).
import { isCardType, type DetectedType, type FieldType } from '../../core/field-types';
import type { Control } from './controls';
import { CONTEXT } from './patterns';
import type { Signals } from './signals';
import { attributeWords, normalizeText } from './text';

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

const CONTACT_TYPES = new Set<DetectedType>(['name', 'given-name', 'family-name', 'additional-name', 'email', 'tel', 'organization']);
const ANCESTOR_LEVELS = 6;
const modeOfWords = new Map<string, Mode>(); // class lists repeat across a page's containers

const modeOfTexts = new Map<string, Mode>(); // labels and legends repeat up to a number ("Section 17")
const NUMBERS = /\d+/g;
const HEADING = /^(legend|h[1-6])$/;

function modeOfText(raw: string): Mode {
  if (!raw) return null;
  const text = raw.replace(NUMBERS, '0');
  let mode = modeOfTexts.get(text);
  if (mode === undefined) {
    const billing = CONTEXT.billing.test(text);
    mode = billing === CONTEXT.shipping.test(text) ? null : billing ? 'billing' : 'shipping';
    if (modeOfTexts.size > 2000) modeOfTexts.clear();
    modeOfTexts.set(text, mode);
  }
  return mode;
}

/** What a container says about its fields: id/class words, a leading legend or heading. */
function wordsMode(raw: string): Mode {
  let mode = modeOfWords.get(raw);
  if (mode === undefined) {
    mode = modeOfText(attributeWords(raw.slice(0, 200)));
    if (modeOfWords.size > 2000) modeOfWords.clear();
    modeOfWords.set(raw, mode);
  }
  return mode;
}

function containerMode(box: Element): Mode {
  // Looked up by the attribute strings as they come (the browser hands back the same string for a
  // repeated class list, so the lookup is cheap); most containers have no id.
  const id = box.getAttribute('id'); // not box.id: a form's id can be clobbered by a control named "id"
  const cls = box.getAttribute('class');
  let mode = (id ? wordsMode(id) : null) ?? (cls ? wordsMode(cls) : null);
  const lead = box.firstElementChild;
  if (!mode && lead && HEADING.test(lead.localName)) mode = modeOfText(normalizeText((lead.textContent ?? '').slice(0, 80)));
  return mode;
}

/** The mode a container gives its fields: its own, else its parent's (up to the form), memoised. */
function inheritedMode(box: Element | null, inherited: Map<Element, Mode>, depth = 0): Mode {
  if (!box || depth > ANCESTOR_LEVELS) return null;
  const known = inherited.get(box);
  if (known !== undefined) return known;
  const stop = box.localName === 'form' || box.localName === 'body';
  const mode = containerMode(box) ?? (stop ? null : inheritedMode(box.parentElement, inherited, depth + 1));
  inherited.set(box, mode);
  return mode;
}

function fieldMode(el: Control, signals: Signals, inherited: Map<Element, Mode>): Mode {
  return signals.ac.mode ?? modeOfText(signals.attrs) ?? modeOfText(signals.label) ?? inheritedMode(el.parentElement, inherited);
}

function kindOf(fields: ClassifiedField[], mode: Mode): SectionKind {
  if (fields.some((f) => isCardType(f.type))) return 'payment';
  if (mode) return mode;
  return fields.every((f) => CONTACT_TYPES.has(f.type)) ? 'contact' : 'address';
}

export function buildSections(elements: Control[], signals: Signals[], types: DetectedType[]): { fields: ClassifiedField[]; sections: Section[] } {
  const fields: ClassifiedField[] = [];
  const sections: Section[] = [];
  const inherited = new Map<Element, Mode>(); // dropped with the pass: a Map is cheaper than a WeakMap here
  const open = new Map<'payment' | 'address', { key: string; seen: Set<FieldType>; section: Section }>();
  const modes = new Map<Section, Mode>();
  const forms = new Map<Element | null, number>();
  elements.forEach((element, i) => {
    const type = types[i]!;
    const field: ClassifiedField = { element, type, section: null };
    fields.push(field);
    if (type === 'none') return;
    const sig = signals[i]!;
    const family = isCardType(type) ? 'payment' : 'address';
    const mode = family === 'payment' ? null : fieldMode(element, sig, inherited); // a card is a card, billing or shipping
    const form = element.form ?? null;
    if (!forms.has(form)) forms.set(form, forms.size);
    const key = `${forms.get(form)}|${sig.ac.section ?? ''}|${mode ?? ''}`;
    let current = open.get(family);
    const repeats = current?.seen.has(type) && type !== 'cc-number';
    if (!current || current.key !== key || repeats) {
      const section: Section = { id: `s${sections.length + 1}`, kind: 'address', fields: [] };
      sections.push(section);
      modes.set(section, mode);
      current = { key, seen: new Set(), section };
      open.set(family, current);
    }
    current.seen.add(type);
    current.section.fields.push(field);
    field.section = current.section.id;
  });
  for (const s of sections) s.kind = kindOf(s.fields, modes.get(s) ?? null);
  return { fields, sections };
}

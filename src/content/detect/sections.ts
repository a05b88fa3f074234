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
const ANCESTOR_LEVELS = 8;

function modeOfText(text: string): Mode {
  if (!text) return null;
  const billing = CONTEXT.billing.test(text);
  const shipping = CONTEXT.shipping.test(text);
  return billing === shipping ? null : billing ? 'billing' : 'shipping';
}

/** What an ancestor says about its fields: id/class words, a fieldset legend, a leading heading. */
function containerMode(box: Element, cache: WeakMap<Element, Mode>): Mode {
  const known = cache.get(box);
  if (known !== undefined) return known;
  const cls = box.getAttribute('class') ?? '';
  let text = attributeWords(`${box.id} ${cls.slice(0, 100)}`);
  const lead = box.firstElementChild;
  if (lead && /^(LEGEND|H[1-6])$/.test(lead.tagName)) text += ` ${normalizeText((lead.textContent ?? '').slice(0, 80))}`;
  const mode = modeOfText(text);
  cache.set(box, mode);
  return mode;
}

function fieldMode(el: Control, signals: Signals, cache: WeakMap<Element, Mode>): Mode {
  const own = signals.ac.mode ?? modeOfText(signals.attrs) ?? modeOfText(signals.label);
  if (own) return own;
  let box = el.parentElement;
  for (let level = 0; box && level < ANCESTOR_LEVELS; level++, box = box.parentElement) {
    const mode = containerMode(box, cache);
    if (mode) return mode;
  }
  return null;
}

function kindOf(fields: ClassifiedField[], mode: Mode): SectionKind {
  if (fields.some((f) => isCardType(f.type))) return 'payment';
  if (mode) return mode;
  return fields.every((f) => CONTACT_TYPES.has(f.type)) ? 'contact' : 'address';
}

export function buildSections(elements: Control[], signals: Signals[], types: DetectedType[]): { fields: ClassifiedField[]; sections: Section[] } {
  const fields: ClassifiedField[] = [];
  const sections: Section[] = [];
  const cache = new WeakMap<Element, Mode>();
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
    const mode = fieldMode(element, sig, cache);
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

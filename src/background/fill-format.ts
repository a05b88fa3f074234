// Shapes each value to its field from what the field shows (hints, never the page's values):
// expiry as the field spells it, the first form that fits maxlength and pattern, a select's option
// matched by value or text (months and countries in the page's language, years as 2029 or 29,
// states by code or name), a card number or postal code split over several boxes, and an address of
// several lines on one line for an input.
import type { FieldHint, FieldValue, SectionInfo, SectionValues } from '../core/fill';
import { CARD_GROUP, CODE_SEPARATORS, EXPIRY_BY_MAXLENGTH, EXPIRY_FALLBACKS, FALLBACK_LANGS, LINE_JOIN, MONTH, MONTH_STYLES, YEAR2, YEAR4 } from './fill-format-data';

/** Lower case, no accents, no dots, single spaces: "Janv." and "janv" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function fits(f: FieldHint, text: string): boolean {
  if (f.maxLength > 0 && text.length > f.maxLength) return false;
  // A number box refuses "+1 415…" (it would stay empty): the digits-only form goes there.
  if (f.control === 'number') return /^\d+$/.test(text);
  if (!f.pattern) return true;
  try {
    return new RegExp(`^(?:${f.pattern})$`, 'v').test(text);
  } catch {
    return true; // a pattern the browser cannot compile does not constrain the field either
  }
}

/** The expiry shape a placeholder asks for ("MM/AA" → "MM/YY", "mm / jjjj" → "MM / YYYY"), or null. */
export function expiryShape(placeholder: string): string | null {
  const p = placeholder.toUpperCase().replace(YEAR4, 'YYYY').replace(YEAR2, 'YY').trim();
  return MONTH.test(p) && /^MM\s*[/\-. ]?\s*YY(YY)?$/.test(p) ? p : null;
}

function expiryText(f: FieldHint, v: string): string {
  const [month = '', year = ''] = v.split('/');
  const shapes = [expiryShape(f.placeholder), EXPIRY_BY_MAXLENGTH[f.maxLength], ...EXPIRY_FALLBACKS].filter((s): s is string => !!s);
  const texts = shapes.map((s) => s.replace('YYYY', year).replace('YY', year.slice(2)).replace('MM', month));
  return texts.find((t) => fits(f, t)) ?? texts[0]!;
}

/** The text to type into an input or textarea: a value of several lines keeps them only in a textarea. */
export function inputText(f: FieldHint, fv: FieldValue): string {
  if (f.type === 'cc-exp') return expiryText(f, fv.v);
  if (f.type === 'cc-exp-year') {
    const ph = f.placeholder.toUpperCase();
    return f.maxLength === 2 || (YEAR2.test(ph) && !YEAR4.test(ph)) ? fv.v.slice(2) : fv.v;
  }
  const forms = [fv.v, ...(fv.alts ?? [])].map((t) => (f.control === 'textarea' ? t : t.replaceAll('\n', LINE_JOIN)));
  return forms.find((t) => fits(f, t)) ?? forms[0]!;
}

/** Month names and numbers for month m (1-12) in the page's language and the fallbacks. */
export function monthNames(m: number, lang: string): string[] {
  const out = [String(m), String(m).padStart(2, '0')];
  const date = new Date(Date.UTC(2000, m - 1, 15));
  for (const l of [lang, ...FALLBACK_LANGS]) {
    for (const month of MONTH_STYLES) {
      try {
        out.push(new Intl.DateTimeFormat(l || 'en', { month, timeZone: 'UTC' }).format(date));
      } catch {
        // an invalid lang attribute: the fallbacks still apply
      }
    }
  }
  return out;
}

function candidates(f: FieldHint, fv: FieldValue, lang: string): string[] {
  const all = [fv.v, ...(fv.alts ?? [])];
  if (f.type === 'cc-exp-month') all.push(...monthNames(Number(fv.v), lang));
  if (f.type === 'cc-exp') {
    const [m = '', y = ''] = fv.v.split('/');
    all.push(`${m}/${y.slice(2)}`, `${m}${y.slice(2)}`);
  }
  return [...new Set(all.map(fold))].filter(Boolean);
}

/** The option value to choose, or null: exact value or text first, then a word of the text ("08 - August", "California (CA)"). */
export function optionValue(f: FieldHint, fv: FieldValue, lang: string): string | null {
  const options = f.options ?? [];
  const want = candidates(f, fv, lang);
  const opts = options.map(([value, text]) => ({ value: fold(value), text: fold(text) }));
  for (const c of want) {
    const i = opts.findIndex((o) => o.value === c || o.text === c);
    if (i >= 0) return options[i]![0];
  }
  for (const c of want) {
    const i = opts.findIndex((o) => o.text.split(/[\s\-–()/,:]+/).includes(c));
    if (i >= 0) return options[i]![0];
  }
  return null;
}

/** Splits a card number or postal code over boxes of the given lengths, the last box taking the rest. */
export function splitDigits(digits: string, boxes: number[]): string[] {
  let at = 0;
  return boxes.map((len, i) => {
    const part = i === boxes.length - 1 ? digits.slice(at) : digits.slice(at, at + len);
    at += len;
    return part;
  });
}

/**
 * A postal code over several boxes, as a person types it: the code without its separators split by
 * the boxes' maxlengths when they add up to it ("100-0001" → 100 / 0001, "1234 AB" → 1234 / AB);
 * boxes without a maxlength take the groups the shopper wrote it in, one per box. Otherwise the
 * whole code goes into the first box if it fits there, and nothing in the others rather than a
 * wrong split.
 */
export function postalParts(boxes: FieldHint[], fv: FieldValue): (string | null)[] {
  const code = fv.v.replace(CODE_SEPARATORS, '');
  const lengths = boxes.map((b) => b.maxLength);
  if (lengths.every((n) => n > 0)) {
    if (lengths.reduce((a, b) => a + b) === code.length) return splitDigits(code, lengths);
  } else {
    const groups = fv.v.split(CODE_SEPARATORS).filter(Boolean);
    if (groups.length === boxes.length && groups.every((g, i) => fits(boxes[i]!, g))) return groups;
  }
  const whole = [fv.v, ...(fv.alts ?? [])].find((t) => fits(boxes[0]!, t)) ?? null;
  return boxes.map((_, i) => (i ? null : whole));
}

/**
 * The visible input boxes of a type that takes one value over several boxes: the first run of such
 * boxes one after another that has several visible. Two card-number boxes with other fields between
 * them (the card's, then a store card's below the expiry) are two whole numbers, not one split.
 */
function splitBoxes(section: SectionInfo, type: 'cc-number' | 'postal-code'): FieldHint[] {
  let run: FieldHint[] = [];
  for (const f of [...section.fields, null]) {
    if (f && f.type === type && !f.options) {
      if (f.visible) run.push(f);
      continue;
    }
    if (run.length > 1) return run;
    run = [];
  }
  return [];
}

/** The text for each field of a section (null: no value for it), and the fields no option fitted. */
export function sectionTexts(section: SectionInfo, values: SectionValues, lang: string): { texts: (string | null)[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const cardBoxes = splitBoxes(section, 'cc-number');
  const number = values['cc-number']?.v;
  const cardParts = number ? splitDigits(number, cardBoxes.map((b) => (b.maxLength > 0 ? b.maxLength : CARD_GROUP))) : [];
  const postalBoxes = splitBoxes(section, 'postal-code');
  const postal = values['postal-code'];
  const postalTexts = postal && postalBoxes.length ? postalParts(postalBoxes, postal) : [];
  const texts = section.fields.map((f) => {
    const fv = values[f.type];
    if (!fv || !f.visible) return null;
    if (cardBoxes.includes(f)) return cardParts[cardBoxes.indexOf(f)] ?? null;
    if (postalBoxes.includes(f)) return postalTexts[postalBoxes.indexOf(f)] ?? null;
    if (!f.options) return inputText(f, fv);
    const option = optionValue(f, fv, lang);
    if (option === null) unmatched.push(f.type);
    return option;
  });
  return { texts, unmatched };
}

// Shapes each value to its field from what the field shows (hints, never the page's values):
// expiry as the field spells it, the first form that fits maxlength and pattern, a select's option
// matched by value or text (months and countries in the page's language, years as 2029 or 29,
// states by code or name), and a card number split over several boxes.
import type { FieldHint, FieldValue, SectionInfo, SectionValues } from '../core/fill';
import { CARD_GROUP, EXPIRY_BY_MAXLENGTH, EXPIRY_FALLBACKS, FALLBACK_LANGS, MONTH, MONTH_STYLES, YEAR2, YEAR4 } from './fill-format-data';

/** Lower case, no accents, no dots, single spaces: "Janv." and "janv" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function fits(f: FieldHint, text: string): boolean {
  if (f.maxLength > 0 && text.length > f.maxLength) return false;
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

/** The text to type into an input or textarea. */
export function inputText(f: FieldHint, fv: FieldValue): string {
  if (f.type === 'cc-exp') return expiryText(f, fv.v);
  if (f.type === 'cc-exp-year') {
    const ph = f.placeholder.toUpperCase();
    return f.maxLength === 2 || (YEAR2.test(ph) && !YEAR4.test(ph)) ? fv.v.slice(2) : fv.v;
  }
  return [fv.v, ...(fv.alts ?? [])].find((t) => fits(f, t)) ?? fv.v;
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

/** Splits a card number over several boxes by each box's maxlength (CARD_GROUP when it has none). */
export function splitDigits(digits: string, boxes: number[]): string[] {
  let at = 0;
  return boxes.map((len, i) => {
    const part = i === boxes.length - 1 ? digits.slice(at) : digits.slice(at, at + len);
    at += len;
    return part;
  });
}

/** The text for each field of a section (null: no value for it), and the fields no option fitted. */
export function sectionTexts(section: SectionInfo, values: SectionValues, lang: string): { texts: (string | null)[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const boxes = section.fields.filter((f) => f.type === 'cc-number' && !f.options && f.visible);
  const number = values['cc-number']?.v;
  const parts = boxes.length > 1 && number ? splitDigits(number, boxes.map((b) => (b.maxLength > 0 ? b.maxLength : CARD_GROUP))) : null;
  const texts = section.fields.map((f) => {
    const fv = values[f.type];
    if (!fv || !f.visible) return null;
    if (parts && boxes.includes(f)) return parts[boxes.indexOf(f)] ?? null;
    if (!f.options) return inputText(f, fv);
    const option = optionValue(f, fv, lang);
    if (option === null) unmatched.push(f.type);
    return option;
  });
  return { texts, unmatched };
}

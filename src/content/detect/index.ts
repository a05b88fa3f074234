// Public API of the field classifier: classifyForms (one pass over a DOM root) and watchForms
// (re-classifies when the page changes).
import { kindOf } from './controls';
import { guessField } from './guess-field';
import { LabelIndex, readSignals } from './signals';

export { classifyForms, type FormModel } from './classify';
export { watchForms } from './watch';
export type { ClassifiedField, Section, SectionKind } from './sections';
export type { DetectRoot } from './controls';

/** The signals one control was classified from (for looking at misses in the eval). */
export function explainField(element: Element): unknown {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) return null;
  const s = readSignals(element, kindOf(element), new LabelIndex());
  return { label: s.labelKey, nearby: s.nearby, placeholder: s.placeholder, attrs: s.attrs, kind: s.kind, maxLength: s.maxLength, options: s.options, ac: s.ac.type, guess: guessField(s) };
}

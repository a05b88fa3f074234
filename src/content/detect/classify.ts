// Field classifier: takes a DOM root and returns the form model (each fillable control's type and
// section). Pure logic, no fill or UI, so it can be tested and benchmarked alone.
import type { DetectedType } from '../../core/field-types';
import { collectControls, type DetectRoot } from './controls';
import { guessField } from './guess-field';
import { settleWithNeighbours, type Draft } from './neighbours';
import { buildSections, type ClassifiedField, type Section } from './sections';
import { LabelIndex, readSignals } from './signals';

export interface FormModel {
  fields: ClassifiedField[];
  sections: Section[];
}

const EMPTY: FormModel = Object.freeze({ fields: [], sections: [] }) as FormModel;

export function classifyForms(root: DetectRoot): FormModel {
  const { controls, kinds, home } = collectControls(root);
  if (controls.length === 0) return EMPTY;
  const labels = new LabelIndex(home);
  const drafts: Draft[] = [];
  for (let i = 0; i < controls.length; i++) {
    const element = controls[i]!;
    const signals = readSignals(element, kinds[i]!, labels);
    drafts.push({ element, form: element.form, signals, hint: guessField(signals) });
  }
  const types: DetectedType[] = settleWithNeighbours(drafts);
  return buildSections(drafts, types);
}

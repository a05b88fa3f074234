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
  const controls = collectControls(root);
  if (controls.length === 0) return EMPTY;
  const labels = new LabelIndex();
  const drafts: Draft[] = controls.map((element) => {
    const signals = readSignals(element, labels);
    return { element, signals, hint: guessField(signals) };
  });
  const types: DetectedType[] = settleWithNeighbours(drafts);
  return buildSections(controls, drafts.map((d) => d.signals), types);
}

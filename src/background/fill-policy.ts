// Which field types may flow into which frame of the tab, after Chromium's autofill-across-iframes
// policy: everything into frames of the origin the user triggered the fill from; card number and
// CVC into other origins only downwards, from a fill started on the top page into the frames it
// embeds (hosted card fields); only name, expiry and brand may flow up or across into another
// origin; address and contact values only into the top page's origin; never into a sandboxed frame.
import type { FieldType } from '../core/field-types';

const SENSITIVE = new Set<FieldType>(['cc-number', 'cc-csc']);
const SHAREABLE = new Set<FieldType>(['cc-name', 'cc-given-name', 'cc-additional-name', 'cc-family-name', 'cc-exp', 'cc-exp-month', 'cc-exp-year', 'cc-type']);

export interface FrameRef {
  frameId: number;
  origin: string;
  sandboxed: boolean;
}

export function mayFlow(type: FieldType, target: FrameRef, triggered: FrameRef, topOrigin: string): boolean {
  if (target.sandboxed) return false;
  if (target.origin === triggered.origin) return true;
  if (SENSITIVE.has(type)) return triggered.frameId === 0 && target.frameId !== 0;
  if (SHAREABLE.has(type)) return true;
  return target.origin === topOrigin;
}

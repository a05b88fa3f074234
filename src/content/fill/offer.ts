// What a content script says when it asks for a menu or a shortcut fill: the focused section, all
// sections of this frame (types and shapes only), the page's language, and the visible iframes
// inside the field's form (hosted card fields), the only other frames a fill may reach, and the document.
import type { FrameDescription } from '../../core/fill';
import type { ClassifiedField, FormModel } from '../detect';
import { describeSections } from './describe';
import { DOCUMENT_KEY } from './document-key';
import { looksVisible } from './visibility';

function formFrames(field: ClassifiedField): string[] {
  const box = field.element.form ?? document.body;
  return Array.from(box.querySelectorAll('iframe'), (f) => (looksVisible(f) ? f.src : ''))
    .filter((s) => /^https?:/.test(s))
    .slice(0, 20);
}

/** The answer to `fill.describe`: what a fill started in another frame may put here. */
export const describeFrame = (model: FormModel): FrameDescription => ({ doc: DOCUMENT_KEY, sections: describeSections(model) });

export function offerFor(model: FormModel, field: ClassifiedField) {
  const lang = document.documentElement.lang || navigator.language;
  return { section: field.section!, ...describeFrame(model), lang: lang.slice(0, 35), frames: formFrames(field) };
}

// Fills this frame's fields with the texts the background shaped for them: visible fields only,
// what the user typed is kept unless they asked to replace it, and every value checked afterwards.
import type { FillOutcome, FrameTexts, ToContent } from '../../core/fill';
import type { FormModel } from '../detect';
import type { MenuAnchor } from '../menu/anchor';
import { DOCUMENT_KEY } from './document-key';
import { hasUserValue, setValue } from './set-value';
import { isVisible } from './visibility';

export function applyFill(model: FormModel, values: FrameTexts, replace: boolean, menuHost?: Element): FillOutcome {
  const out: FillOutcome = { filled: 0, rejected: [], skipped: 0 };
  for (const section of model.sections) {
    const texts = values[section.id];
    section.fields.forEach((f, i) => {
      const text = texts?.[i];
      if (typeof text !== 'string') return;
      const el = f.element;
      if (!isVisible(el, menuHost) || (!replace && hasUserValue(el, f.type)) || el.disabled || (el as HTMLInputElement).readOnly) out.skipped++;
      else if (setValue(el, text)) out.filled++;
      else out.rejected.push(f.type);
    });
  }
  return out;
}

/**
 * A fill the background sent: abandoned when another one runs, it was planned for another document
 * of this frame, or the menu it was chosen in was covered, faded or moved (said as `moved`).
 */
export function fillFrame(model: FormModel, msg: Extract<ToContent, { type: 'fill.apply' }>, menu: MenuAnchor | null, busy: boolean): FillOutcome {
  if (busy || msg.doc !== DOCUMENT_KEY) return { filled: 0, rejected: [], skipped: 0 };
  if (menu && !(menu.intact() && menu.settled())) return { filled: 0, rejected: [], skipped: 0, moved: true };
  return applyFill(model, msg.values, msg.replace, menu?.host);
}

// Background messages that content.js hands on to the UI module: the keyboard shortcut's fill
// request from the focused field, and the save offer's frame.
import type { ToContent } from '../core/fill';
import type { FormModel } from './detect';
import { offerFor } from './fill/offer';
import { onOfferMessage } from './offer/frame';
import { ext } from './runtime';

export function onMessage(msg: ToContent, model: FormModel): void {
  if (msg.type === 'fill.focused') {
    // The command armed this tab: the frame with focus asks for the default profile (never a sandboxed one).
    let el = document.hasFocus() ? document.activeElement : null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement; // the document's is a shadow host
    const field = model.fields.find((f) => f.element === el && f.section);
    if (field && self.origin !== 'null') void ext.runtime.sendMessage({ type: 'content.fillDefault', ...offerFor(model, field) }).catch(() => null);
  } else onOfferMessage(msg);
}

// Shared by the classifier's tests (happy-dom): put a page in the document, read back each field's type.
import { classifyForms } from './index';

/** Replaces the whole body: each test starts from its own page, with nothing left from the last. */
export function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** Types of the fillable controls, keyed by name (or id). */
export function typesOf(root: Document | ShadowRoot | Element = document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of classifyForms(root).fields) out[f.element.getAttribute('name') ?? f.element.id] = f.type;
  return out;
}

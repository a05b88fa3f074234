// What a submitted checkout shows: the typed fields' texts (never passwords or untyped fields), the
// label/text pairs around amounts (only those whose label names a total: core/money decides which
// one is paid), and the shop's name.
import type { SubmittedSection } from '../../core/fill';
import type { LabelledText } from '../../core/money/find-total';
import { scoreLabel } from '../../core/money/find-total';
import type { FormModel } from '../detect';

const MAX_PAIRS = 200;
const MAX_NODES = 5000;
const cut = (s: string | null | undefined, n: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

/** The sections with a field inside `box` (the whole frame when null), with each typed field's text. */
export function submittedSections(model: FormModel, box: Node | null): SubmittedSection[] {
  const out: SubmittedSection[] = [];
  for (const s of model.sections) {
    const fields = s.fields.filter((f) => !box || box.contains(f.element));
    if (!fields.length) continue;
    const values: SubmittedSection['values'] = {};
    for (const { element: e, type } of fields) {
      if (type === 'none' || (e as HTMLInputElement).type === 'password') continue;
      const text = e instanceof HTMLSelectElement ? (e.selectedOptions[0]?.text ?? '') : e.value;
      // Split fields (card number in four boxes) join up in order.
      values[type] = cut((values[type] ?? '') + text, 300);
    }
    out.push({ id: s.id, kind: s.kind, values });
  }
  return out.slice(0, 50);
}

/** A neighbour's words are a label only without digits of their own (else they are another amount). */
const wordsOnly = (t: string | null | undefined) => (t && !/\d/.test(t) ? t : '');

/** The best label for an amount's element: its own words, the cell or element before it, or its parent's other words. */
function labelFor(el: Element, text: string): string {
  const candidates = [
    text,
    wordsOnly(el.previousElementSibling?.textContent),
    wordsOnly(el.closest('tr')?.firstElementChild?.textContent),
    cut(el.parentElement?.textContent, 400).replace(text, ''),
  ].map((t) => cut(t, 200));
  return candidates.map((label) => ({ label, score: scoreLabel(label) })).sort((a, b) => b.score - a.score)[0]!.label;
}

/** Label/text pairs for each short visible text holding a digit whose label names a total. */
export function readTotals(doc: Document): LabelledText[] {
  const out: LabelledText[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_NODES && out.length < MAX_PAIRS; n++, node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !/\d/.test(node.nodeValue ?? '') || /^(SCRIPT|STYLE|OPTION|TEXTAREA|NOSCRIPT)$/.test(el.tagName)) continue;
    seen.add(el);
    const text = cut(el.textContent, 201);
    if (text.length > 200 || !el.checkVisibility()) continue;
    const label = labelFor(el, text);
    if (scoreLabel(label) > 0) out.push({ label, text });
  }
  return out;
}

/** The shop's name: og:site_name or application-name, else the last part of "Checkout – Demo Shop". */
export function siteName(doc: Document): string {
  const meta = doc.querySelector('meta[property="og:site_name"],meta[name="application-name"]')?.getAttribute('content');
  if (meta?.trim()) return cut(meta, 200);
  const parts = doc.title.split(/\s+[–—|·-]\s+/);
  return parts.length > 1 ? cut(parts[parts.length - 1], 200) : '';
}

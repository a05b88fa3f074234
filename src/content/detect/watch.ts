// Re-classifies when the page adds or removes controls (single-page checkouts render their forms
// late). Mutations are only looked at when they touch elements, and at most once per interval.
import { classifyForms, type FormModel } from './classify';
import type { DetectRoot } from './controls';

/** A control, or a frame that may hold some. */
const CONTROL = /^(INPUT|SELECT|TEXTAREA|IFRAME)$/;

/** True when a mutation batch added or removed something that is or may hold a control. */
function touchesControls(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'attributes') return true;
    for (const list of [r.addedNodes, r.removedNodes]) {
      for (const n of list) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (CONTROL.test(el.tagName) || el.shadowRoot) return true;
        if (el.firstElementChild && el.querySelector('input,select,textarea,iframe')) return true;
      }
    }
  }
  return false;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'autocomplete', 'name'] };

/**
 * Calls onChange with a fresh model when controls appear or go, in the page or in the shadow roots
 * and frame documents a model looked into (first: the model the page was classified to already),
 * or when a frame loads; throttled to one classification per intervalMs. It watches as long as the
 * page lives.
 */
export function watchForms(root: DetectRoot, first: FormModel, onChange: (model: FormModel) => void, intervalMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  // Observing a node again only renews its options: no node is observed twice.
  const observe = (m: FormModel): void => m.nested.forEach((r) => observer.observe(r, OBSERVED));
  const run = (): void => {
    timer = null;
    last = Date.now();
    const model = classifyForms(root);
    observe(model);
    onChange(model);
  };
  const schedule = (): void => {
    timer ??= setTimeout(run, Math.max(0, last + intervalMs - Date.now()));
  };
  const observer = new MutationObserver((records) => timer === null && touchesControls(records) && schedule());
  observer.observe(root.nodeType === 9 ? (root as Document).documentElement ?? root : root, OBSERVED);
  observe(first);
  // A frame's document is replaced when it loads (a srcdoc frame's too), with no change in this tree.
  root.addEventListener('load', (e) => /^I?FRAME$/.test((e.target as Element).tagName) && schedule(), true);
}

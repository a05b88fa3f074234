// Re-classifies when the page adds or removes controls (single-page checkouts render their forms
// late). Mutations are only looked at when they touch elements, and at most once per interval.
import { classifyForms, type FormModel } from './classify';
import type { DetectRoot } from './controls';

export interface FormWatcher {
  stop(): void;
}

const CONTROL = /^(INPUT|SELECT|TEXTAREA)$/;

/** True when a mutation batch added or removed something that is or may hold a control. */
function touchesControls(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'attributes') return true;
    for (const list of [r.addedNodes, r.removedNodes]) {
      for (const n of list) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (CONTROL.test(el.tagName) || el.tagName === 'IFRAME' || el.shadowRoot) return true;
        if (el.firstElementChild && el.querySelector('input,select,textarea,iframe')) return true;
      }
    }
  }
  return false;
}

/**
 * Calls onChange with a fresh model when controls appear or go, throttled to one classification
 * per intervalMs. Returns a handle to stop watching.
 */
export function watchForms(root: DetectRoot, onChange: (model: FormModel) => void, intervalMs = 500): FormWatcher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const run = (): void => {
    timer = null;
    last = Date.now();
    onChange(classifyForms(root));
  };
  const observer = new MutationObserver((records) => {
    if (timer !== null || !touchesControls(records)) return;
    timer = setTimeout(run, Math.max(0, last + intervalMs - Date.now()));
  });
  const target = root.nodeType === 9 ? (root as Document).documentElement ?? root : root;
  observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'autocomplete', 'name'] });
  return {
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

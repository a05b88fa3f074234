// Sets a value the way frameworks notice: through the native setter of the element's prototype
// (React-style value trackers wrap the instance's own property), then input, change and blur events.
import type { Control } from '../detect/controls';

function nativeSetter(el: Control): (v: string) => void {
  const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')!.set!.bind(el);
}

/** Returns whether the value stuck (a page may reformat or refuse it). */
export function setValue(el: Control, value: string): boolean {
  nativeSetter(el)(value);
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('blur'));
  // Spacing a page adds ("4242 4242 …") still counts as the value sticking.
  return el.value.replace(/\s/g, '') === value.replace(/\s/g, '');
}

/** The characters of an input mask and of spacing: "+7 (___) ___-__-__" without them is "+7". */
const MASK_CHARS = /[\s()_.-]/g;
/** Nothing or only a dialling code: the page's, as shops put it there, not a number anyone typed. */
const PAGE_PREFIX = /^(\+\d{0,3})?$/;

/**
 * What the user typed or chose: a non-empty input (a phone box with only a dialling code or an
 * empty mask in it counts as empty), or a select moved off the option it showed at first. That is
 * its `selected` option, else, as browsers pick it, its first option not disabled: below a disabled
 * "Month" placeholder, "01 - January" is shown, not chosen.
 */
export function hasUserValue(el: Control, type: string): boolean {
  if (el.tagName !== 'SELECT') {
    const typed = el.value.trim();
    if (type.startsWith('tel') && PAGE_PREFIX.test(typed.replace(MASK_CHARS, ''))) return false;
    return typed !== '';
  }
  const options = Array.from((el as HTMLSelectElement).options);
  const shown = options.find((o) => o.defaultSelected) ?? options.find((o) => !o.disabled);
  return !!shown && !shown.selected;
}

// Notices that a checkout form the wallet understood (a card or address section) was submitted:
// a trusted `submit` event, or a trusted click on a submit-like button followed by the page going
// away (pagehide) or by the form's fields leaving the DOM or being hidden within a few seconds
// (single-page checkouts). Search, login and newsletter forms have no such section: never captured.
import type { ContentRequest } from '../../core/protocol';
import type { FormModel } from '../detect';
import { looksVisible } from '../fill/visibility';
import { SUBMIT_WORDS } from './capture-data';
import { findOrderNumber } from './order-number';
import { readTotals, siteName, submittedSections } from './read-page';

type Send = (msg: ContentRequest) => unknown;
type Payload = Extract<ContentRequest, { type: 'content.submitted' }>;

const CAPTURED = new Set(['payment', 'billing', 'shipping', 'address']);
/** After a click, how long the fields have to go away for it to count as a submit. */
const CLICK_WINDOW_MS = 5000;
const POLL_MS = 250;
/** One submission can show up as a click, a submit event and a pagehide: sent once. */
const SAME_SUBMIT_MS = 3000;

/** Whether `el` completes a purchase: a form's submit button, or a button whose words say so. */
function submitLike(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.type === 'submit' || el.type === 'image';
  if (el instanceof HTMLButtonElement && el.type === 'submit' && el.form) return true;
  const words = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`.slice(0, 200);
  return (el instanceof HTMLButtonElement ? el.type !== 'reset' : true) && SUBMIT_WORDS.test(words);
}

export function watchSubmits(model: () => FormModel, send: Send): void {
  let sentAt = -Infinity;
  let clicked: Payload | null = null;

  /** A snapshot of the sections inside `box`, if it holds a card or address section. */
  const snapshot = (box: Node | null): Payload | null => {
    const sections = submittedSections(model(), box);
    if (!sections.some((s) => CAPTURED.has(s.kind))) return null;
    const lang = (document.documentElement.lang || navigator.language).slice(0, 35);
    return { type: 'content.submitted', sections, totals: readTotals(document), lang, siteName: siteName(document) };
  };
  const emit = (p: Payload): void => {
    clicked = null;
    if (performance.now() - sentAt < SAME_SUBMIT_MS) return;
    sentAt = performance.now();
    send(p);
  };

  document.addEventListener(
    'submit',
    (e) => {
      const p = e.isTrusted && e.target instanceof HTMLFormElement ? snapshot(e.target) : null;
      if (p) emit(p);
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      const target = e.composedPath()[0];
      const button = e.isTrusted && target instanceof Element ? target.closest('button,input,[role=button],a') : null;
      if (!button || !submitLike(button)) return;
      const box = (button as HTMLButtonElement).form ?? button.closest('form');
      const p = snapshot(box);
      if (!p) return;
      clicked = p;
      const fields = model().fields.filter((f) => f.section && (!box || box.contains(f.element))).map((f) => f.element);
      const started = performance.now();
      const timer = setInterval(() => {
        if (clicked !== p) clearInterval(timer);
        else if (fields.every((f) => !f.isConnected || !looksVisible(f))) {
          clearInterval(timer);
          emit(p);
        } else if (performance.now() - started > CLICK_WINDOW_MS) {
          clearInterval(timer);
          clicked = null;
        }
      }, POLL_MS);
    },
    true,
  );
  addEventListener('pagehide', () => clicked && emit(clicked), true);
}

/** On the page after a recorded purchase: sends the order number once it shows (checked for a few seconds). */
export function sendOrderNumber(send: Send): void {
  const started = performance.now();
  const look = (): void => {
    const orderNumber = findOrderNumber(document.body?.innerText ?? '');
    if (orderNumber) send({ type: 'content.orderNumber', orderNumber: orderNumber.slice(0, 100) });
    else if (performance.now() - started < CLICK_WINDOW_MS) setTimeout(look, 500);
  };
  look();
}

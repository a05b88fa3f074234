// The inline menu's host: an extension-origin frame (menu.html) inside a closed shadow root, shown
// in the top layer as a popover under the focused field. The page can neither read nor restyle
// what is inside. If anything covers it, makes it transparent or pushes it out of the top layer,
// the menu disables itself (the 2025 DOM-based clickjacking of password-manager menus).
import type { ToContent } from '../../core/fill';
import { effectiveOpacity } from '../fill/visibility';

const WIDTH = 320;
/** The menu reports the height of what it shows; below the minimum it is padded, above the maximum it scrolls. */
const MIN_HEIGHT = 40;
const MAX_HEIGHT = 320;
const GUARD_MS = 150;
const SETTLE_MS = 500;

// The browsers' native runtime (browser.* in Firefox, chrome.* in Chrome), as in content.js.
type Listener = (msg: ToContent, sender: { id?: string }) => void;
interface Runtime {
  id: string;
  onMessage: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
}
const runtime = ((globalThis as { browser?: { runtime: Runtime } }).browser ?? (globalThis as { chrome?: { runtime: Runtime } }).chrome!).runtime;

export interface MenuAnchor {
  /** The field it is anchored to. */
  field: HTMLElement;
  /** Event targets inside the closed shadow root are retargeted to it. */
  host: Element;
  /** Still shown, opaque and on top at its corners and centre. */
  intact(): boolean;
  /** Has not moved in the last moment (a click on it may be meant). */
  settled(): boolean;
  remove(): void;
}

/** Still in the top layer, fully opaque, and what is on top at its centre and near each corner. */
export function onTop(host: Element): boolean {
  if (!host.isConnected || !host.matches(':popover-open') || effectiveOpacity(host) < 0.99) return false;
  const b = host.getBoundingClientRect();
  return [[0.5, 0.5], [0.05, 0.05], [0.95, 0.05], [0.05, 0.95], [0.95, 0.95]].every(([a, c]) => document.elementFromPoint(b.left + b.width * a!, b.top + b.height * c!) === host);
}

/**
 * The field's box in this page's viewport: a field in a same-origin frame's document is moved by
 * where each frame around it sits (and its border).
 */
function boxOf(field: HTMLElement): { left: number; top: number; bottom: number } {
  const r = field.getBoundingClientRect();
  let [left, top, bottom] = [r.left, r.top, r.bottom];
  for (let doc = field.ownerDocument; doc !== document; ) {
    const frame = doc.defaultView?.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    const dy = f.top + frame.clientTop;
    left += f.left + frame.clientLeft;
    top += dy;
    bottom += dy;
    doc = frame.ownerDocument;
  }
  return { left, top, bottom };
}

/**
 * Shows the menu under `field`. `onClose` runs when the menu breaks (covered, faded), when the user
 * presses Escape in the field or presses the pointer anywhere else.
 */
export function showMenu(field: HTMLElement, src: string, onClose: () => void): MenuAnchor {
  const host = document.createElement('div');
  host.setAttribute('popover', 'manual');
  let at = '';
  let movedAt = 0;
  let height = MIN_HEIGHT;
  /**
   * Under the field, or above it when there is no room below; in a frame too short for either (a
   * payment provider's card fields) on the roomier side, as tall as fits: the menu scrolls inside,
   * and a menu cut off by the frame's edge would fail its own on-top check. Again on every scroll.
   */
  const place = (): void => {
    const r = boxOf(field);
    const width = Math.min(WIDTH, innerWidth);
    const left = Math.max(0, Math.min(r.left, innerWidth - width));
    const below = innerHeight - r.bottom - 4;
    const above = r.top - 4;
    const h = height <= below || height <= above ? height : Math.max(MIN_HEIGHT, Math.min(height, Math.max(below, above)));
    const top = h <= below || below >= above ? r.bottom + 4 : r.top - 4 - h;
    if (at === `${left},${top},${width},${h}`) return;
    // A page can scroll the menu under a pointer that is about to click: a moved menu waits again.
    if (at && !at.startsWith(`${left},${top},`)) movedAt = performance.now();
    at = `${left},${top},${width},${h}`;
    // Inline `all:initial!important`: page style sheets cannot move, resize, fade or hide the host.
    host.setAttribute(
      'style',
      `all:initial!important;position:fixed!important;left:${left}px!important;top:${top}px!important;width:${width}px!important;height:${h}px!important;display:block!important`,
    );
  };
  place();
  // A field in a srcdoc or about:blank frame: its document's scrolls, keys and pointer presses do
  // not reach this one.
  const docs = [...new Set([document, field.ownerDocument])];
  for (const d of docs) d.defaultView?.addEventListener('scroll', place, { capture: true, passive: true });
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.setAttribute('style', 'all:initial;width:100%;height:100%;display:block');
  root.append(frame);
  document.documentElement.append(host);
  host.showPopover();

  const intact = () => onTop(host);
  const timer = setInterval(() => {
    if (!intact()) onClose();
  }, GUARD_MS);
  // The menu frame's wanted height, relayed by the background for this menu's token only.
  const onSize = (msg: ToContent, sender: { id?: string }): void => {
    if (sender.id !== runtime.id || msg.type !== 'menu.size' || !src.endsWith(`#${msg.token}`)) return;
    height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, msg.height)));
    place();
  };
  runtime.onMessage.addListener(onSize);
  // Keys in the field: arrows hand over to the menu frame (which takes arrows, Enter, Esc), Escape closes.
  const keydown = (e: KeyboardEvent): void => {
    if (!e.isTrusted || e.composedPath()[0] !== field) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      frame.focus();
    } else if (e.key === 'Escape') onClose();
  };
  const pointerdown = (e: Event): void => {
    const target = e.composedPath()[0];
    if (target !== field && target !== host) onClose();
  };
  for (const d of docs) {
    d.addEventListener('keydown', keydown, true);
    d.addEventListener('pointerdown', pointerdown, true);
  }
  return {
    field,
    host,
    intact,
    settled: () => performance.now() - movedAt >= SETTLE_MS,
    remove: () => {
      clearInterval(timer);
      runtime.onMessage.removeListener(onSize);
      for (const d of docs) {
        d.defaultView?.removeEventListener('scroll', place, { capture: true });
        d.removeEventListener('keydown', keydown, true);
        d.removeEventListener('pointerdown', pointerdown, true);
      }
      host.remove();
    },
  };
}

// The inline menu's host: an extension-origin frame (menu.html) inside a closed shadow root, shown
// in the top layer as a popover under the focused field. The page can neither read nor restyle
// what is inside. If anything covers it, makes it transparent or pushes it out of the top layer,
// the menu disables itself (the 2025 DOM-based clickjacking of password-manager menus).
import { effectiveOpacity } from '../fill/visibility';

const WIDTH = 320;
const HEIGHT = 232;
const GUARD_MS = 150;

export interface MenuAnchor {
  /** The field it is anchored to. */
  field: HTMLElement;
  host: Element;
  focus(): void;
  /** Whether an event target (retargeted at the closed shadow root) is the menu itself. */
  owns(target: EventTarget | undefined): boolean;
  /** Still shown, opaque and on top at its corners and centre. */
  intact(): boolean;
  remove(): void;
}

export function showMenu(field: HTMLElement, src: string, onBroken: () => void): MenuAnchor {
  const host = document.createElement('div');
  const r = field.getBoundingClientRect();
  const left = Math.max(0, Math.min(r.left, innerWidth - WIDTH));
  const top = r.bottom + HEIGHT + 4 > innerHeight && r.top > HEIGHT ? r.top - HEIGHT - 4 : r.bottom + 4;
  host.setAttribute('popover', 'manual');
  // Inline `all:initial!important`: page style sheets cannot move, resize, fade or hide the host.
  host.setAttribute(
    'style',
    `all:initial!important;position:fixed!important;left:${left}px!important;top:${top}px!important;width:${WIDTH}px!important;height:${HEIGHT}px!important;display:block!important`,
  );
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.setAttribute('style', 'all:initial;width:100%;height:100%;display:block');
  root.append(frame);
  document.documentElement.append(host);
  host.showPopover();

  const intact = (): boolean => {
    if (!host.isConnected || !host.matches(':popover-open') || effectiveOpacity(host) < 0.99) return false;
    const b = host.getBoundingClientRect();
    const points: [number, number][] = [[b.left + b.width / 2, b.top + b.height / 2], [b.left + 4, b.top + 4], [b.right - 4, b.top + 4], [b.left + 4, b.bottom - 4], [b.right - 4, b.bottom - 4]];
    return points.every(([x, y]) => x < 0 || y < 0 || x > innerWidth || y > innerHeight || document.elementFromPoint(x, y) === host);
  };
  const timer = setInterval(() => {
    if (!intact()) onBroken();
  }, GUARD_MS);
  return {
    field,
    host,
    focus: () => frame.focus(),
    owns: (target) => target === host,
    intact,
    remove: () => {
      clearInterval(timer);
      host.remove();
    },
  };
}

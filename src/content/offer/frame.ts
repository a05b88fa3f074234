// The save/update offer in the top page after a checkout was submitted: an extension-origin frame
// (offer.html#token) in a closed shadow root, shown as a manual popover in the top layer at the
// top right, with the inline menu's protections (inline `all:initial!important`; removed as soon as
// anything covers, fades or demotes it — the offer stays reachable from the toolbar popup).
import type { ToContent } from '../../core/fill';
import { onTop } from '../menu/anchor';
import { ext } from '../runtime';

const WIDTH = 360;
/** The offer reports the height of what it shows (relayed with its token): padded below the minimum,
 * scrolling inside above the maximum or the window's height. */
const MIN_HEIGHT = 40;
const MAX_HEIGHT = 400;
/** Until the frame reports its height. */
const FIRST_HEIGHT = 120;
const MARGIN = 12;
const GUARD_MS = 150;

let shown: { host: HTMLElement; timer: ReturnType<typeof setInterval>; token: string } | null = null;

function hide(): void {
  if (!shown) return;
  clearInterval(shown.timer);
  shown.host.remove();
  shown = null;
}

/** Inline `all:initial!important`: page style sheets cannot move, resize, fade or hide the host. */
function place(host: HTMLElement, wanted: number): void {
  const height = Math.round(Math.max(MIN_HEIGHT, Math.min(wanted, MAX_HEIGHT, innerHeight - 2 * MARGIN)));
  host.setAttribute(
    'style',
    `all:initial!important;position:fixed!important;top:${MARGIN}px!important;right:${MARGIN}px!important;left:auto!important;width:${WIDTH}px!important;max-width:calc(100vw - ${2 * MARGIN}px)!important;height:${height}px!important;display:block!important`,
  );
}

function show(token: string): void {
  if (shown?.token === token) return;
  hide();
  const host = document.createElement('div');
  host.setAttribute('popover', 'manual');
  place(host, FIRST_HEIGHT);
  const frame = document.createElement('iframe');
  frame.src = `${ext.runtime.getURL('offer.html')}#${token}`;
  frame.setAttribute('style', 'all:initial;width:100%;height:100%;display:block');
  host.attachShadow({ mode: 'closed' }).append(frame);
  document.documentElement.append(host);
  host.showPopover();
  const timer = setInterval(() => {
    if (!onTop(host)) hide();
  }, GUARD_MS);
  shown = { host, timer, token };
}

/** The background shows the offer to the tab's top page, sizes it, or takes it away once answered or expired. */
export function onOfferMessage(msg: ToContent): void {
  if (window !== window.top) return;
  if (msg.type === 'offer.show') show(msg.token);
  else if (msg.type === 'offer.size' && shown?.token === msg.token) place(shown.host, msg.height);
  else if (msg.type === 'offer.hide') hide();
}

// The save/update offer in the top page after a checkout was submitted: an extension-origin frame
// (offer.html#token) in a closed shadow root, shown as a manual popover in the top layer at the
// top right, with the inline menu's protections (inline `all:initial!important`; removed as soon as
// anything covers, fades or demotes it — the offer stays reachable from the toolbar popup).
import type { ToContent } from '../../core/fill';
import { onTop } from '../menu/anchor';
import { ext } from '../runtime';

const WIDTH = 360;
const HEIGHT = 210;
const GUARD_MS = 150;

let shown: { host: HTMLElement; timer: ReturnType<typeof setInterval>; token: string } | null = null;

function hide(): void {
  if (!shown) return;
  clearInterval(shown.timer);
  shown.host.remove();
  shown = null;
}

function show(token: string): void {
  if (shown?.token === token) return;
  hide();
  const host = document.createElement('div');
  host.setAttribute('popover', 'manual');
  host.setAttribute(
    'style',
    `all:initial!important;position:fixed!important;top:12px!important;right:12px!important;left:auto!important;width:${WIDTH}px!important;max-width:calc(100vw - 24px)!important;height:${HEIGHT}px!important;display:block!important`,
  );
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

/** The background shows the offer to the tab's top page, or takes it away once answered or expired. */
export function onOfferMessage(msg: ToContent): void {
  if (window !== window.top) return;
  if (msg.type === 'offer.show') show(msg.token);
  else if (msg.type === 'offer.hide') hide();
}

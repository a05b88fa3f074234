// Content script entry: classifies the page's forms and reports how many fields this frame could
// fill (the toolbar badge; a fill started from another frame then asks for their shapes); shows
// the inline menu when the user focuses a field the wallet understood; fills this frame's fields
// with the values the background sends after a user's choice. It never receives vault data otherwise.
import { isCardType } from '../core/field-types';
import type { ToContent } from '../core/fill';
import type { ContentRequest, Result } from '../core/protocol';
import { classifyForms, watchForms, type ClassifiedField, type FormModel } from './detect';
import type { MenuAnchor } from './menu/anchor';
import type * as Ui from './ui';

// The native promise-returning API (browser.* in Firefox, chrome.* in Chrome MV3): the polyfill
// would cost a quarter of the content script's size budget.
interface Ext {
  runtime: {
    id: string;
    sendMessage(message: ContentRequest): Promise<unknown>;
    getURL(path: string): string;
    onMessage: { addListener(fn: (msg: ToContent, sender: { id?: string }, reply: (r: unknown) => void) => boolean | void): void };
  };
}
const ext = (globalThis as { browser?: Ext }).browser ?? (globalThis as { chrome?: Ext }).chrome!;
const send = (msg: ContentRequest) => ext.runtime.sendMessage(msg).catch(() => null) as Promise<Result<unknown> | null>;
/** A sandboxed frame has an opaque origin: it never shows the menu and is never filled. */
const sandboxed = self.origin === 'null';

let ui: Promise<typeof Ui> | undefined;
/** content-ui.js (web-accessible, same extension): the menu host, the fill and the submit watcher, loaded on first use. */
const loadUi = () =>
  (ui ??= (import(/* @vite-ignore */ ext.runtime.getURL('content-ui.js')) as Promise<typeof Ui>).then((m) => (m.watchSubmits(() => model, send), m)));

let model: FormModel = classifyForms(document);
let lastSent = '';
let menu: MenuAnchor | null = null;
let filling = false;
/** Set while the wallet itself puts focus back on the field, so that focus does not reopen the menu. */
let refocusing = false;

/** Focus in a field the wallet understood opens the menu; focus anywhere else closes it. */
function onFocus(e: FocusEvent): void {
  const target = e.composedPath()[0];
  if (menu && (target === menu.field || target === menu.host)) return;
  closeMenu(true);
  const field = fieldOf(target);
  // Only after the user has interacted with the page: never on a page-load focus() alone.
  if (!e.isTrusted || refocusing || sandboxed || !field || !navigator.userActivation?.hasBeenActive) return;
  void openMenu(field);
}

function report(m: FormModel): void {
  model = m;
  // The page's focus events, and those of the srcdoc and about:blank frames walked: theirs do not
  // reach this document, a shadow root's do (a shadow root has no body). Adding the same listener
  // again does nothing.
  for (const root of [document, ...m.nested]) if ('body' in root) root.addEventListener('focusin', onFocus as EventListener, true);
  let payment = 0;
  let address = 0;
  // A frame shown nowhere (display: none, so no viewport) has nothing to fill yet; it reports again
  // when shown (resize, below).
  if (self === top || innerHeight) {
    for (const f of m.fields) {
      if (f.type === 'none') continue;
      if (isCardType(f.type)) payment++;
      else address++;
    }
  }
  const key = `${payment},${address}`;
  if (key === lastSent || (self !== top && payment + address === 0 && lastSent === '')) return;
  lastSent = key;
  // The page right after a purchase the wallet recorded is asked for its order number.
  void send({ type: 'content.formsFound', payment, address, sandboxed, since: performance.timeOrigin }).then(
    (r) => (r as { value?: { awaitOrder?: true } } | null)?.value?.awaitOrder && loadUi().then((m) => m.sendOrderNumber(send)),
  );
}

function closeMenu(notify: boolean): void {
  if (!menu) return;
  menu.remove();
  menu = null;
  if (notify) void send({ type: 'content.menuClosed' });
}

const fieldOf = (el: EventTarget | undefined) => model.fields.find((f) => f.element === el && f.section);

async function openMenu(field: ClassifiedField): Promise<void> {
  const { offerFor, showMenu } = await loadUi();
  const res = await send({ type: 'content.menuOpen', ...offerFor(model, field) });
  const token = res?.ok ? (res.value as { token: string | null }).token : null;
  if (!token) return;
  // Asked of the field's own root: in a shadow root, document.activeElement is the host.
  if ((field.element.getRootNode() as Document | ShadowRoot).activeElement !== field.element) return;
  closeMenu(false);
  menu = showMenu(field.element, `${ext.runtime.getURL('menu.html')}#${token}`, () => closeMenu(true));
}

ext.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== ext.runtime.id) return;
  if (msg.type === 'menu.hide') {
    const field = menu?.field;
    closeMenu(false);
    refocusing = true;
    field?.focus();
    refocusing = false;
  } else if (msg.type === 'fill.describe') {
    void loadUi().then(({ describeFrame }) => reply(describeFrame(model)));
    return true; // reply() comes asynchronously
  } else if (msg.type === 'fill.apply') {
    // One fill at a time; never in a sandboxed frame. The menu shows the outcome, then asks the background to hide it.
    const busy = filling || sandboxed;
    filling = true;
    void loadUi()
      .then(({ fillFrame }) => reply(fillFrame(model, msg, menu, busy)))
      .finally(() => (filling = busy && filling));
    return true; // reply() comes asynchronously
  } else void loadUi().then((u) => u.onMessage(msg, model)); // the shortcut's fill, the save offer
});

report(model);
watchForms(document, model, report, 1000);
if (self !== top) addEventListener('resize', () => report(model));

// The inline menu (menu.html, an extension page framed under the focused field): lists masked
// entries for the section, takes mouse and keyboard, asks the master password when the wallet is
// locked or a card number is about to be released, and asks the background to fill.
import type { FillOutcome, MenuEntry } from '../core/fill';
import { ClickGuard } from './click-guard';
import { call, el, errorLine, loadMessages, passwordForm as basePasswordForm, reportHeight, t } from './frame-kit';

const token = location.hash.slice(1);
const root = document.getElementById('menu')!;
const guard = new ClickGuard(root, document.body);
// This frame's viewport is the host the content script sizes and places: above its field, the menu
// grows upwards once its height is known, moving the entries under the pointer.
addEventListener('resize', () => guard.restart());

let entries: MenuEntry[] = [];
let active = 0;
let askPassword = true;
let onKey: ((e: KeyboardEvent) => void) | null = null;
const replace = el('input', { type: 'checkbox' });

function show(...nodes: Node[]): void {
  root.replaceChildren(...nodes);
  guard.restart();
}

/**
 * The password form, with a way back and Escape to close. It takes the focus only when the menu has
 * it (the user moved into the menu): the menu opens on a click in the page's field, and what the user
 * types next belongs in that field, not in the master password box.
 */
function passwordForm(title: string, button: string, submit: (password: string) => Promise<void>, cancel?: () => void): HTMLFormElement {
  const { form, error } = basePasswordForm(title, button, submit, () => document.hasFocus());
  if (cancel) {
    const back = el('button', { type: 'button' }, t('menuCancel'));
    back.addEventListener('click', (e) => e.isTrusted && cancel());
    error.before(back);
  }
  onKey = (e) => e.key === 'Escape' && void close();
  return form;
}

const showError = (e: unknown) => show(errorLine(e));
/** A line the screen reader reads out when it appears: what the last choice did. */
const statusLine = (...text: string[]) => el('p', { className: 'note', role: 'status' } as Partial<HTMLParagraphElement>, ...text);

/** "Never offer on this site": the background excludes the site the menu was opened on and closes it. */
function neverHere(): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'never' }, t('menuNeverHere'));
  button.addEventListener('click', (e) => guard.allows(e) && void call({ type: 'menu.exclude', token }).catch(showError));
  return button;
}

function renderLocked(): void {
  show(
    el('h1', {}, t('menuLocked')),
    passwordForm(t('menuUnlock'), t('menuUnlock'), async (password) => {
      await call({ type: 'menu.unlock', token, password });
      await load();
    }),
    neverHere(),
  );
}

/** The entries to choose from, under `note` (why an earlier choice filled nothing) if any. */
function renderList(note?: string): void {
  if (!entries.length) {
    onKey = (e) => e.key === 'Escape' && void close();
    show(el('h1', {}, t('menuTitle')), el('p', { className: 'note' }, t('menuEmpty')), neverHere());
    return;
  }
  const items = entries.map((entry, i) => {
    const li = el('li', { role: 'option', id: `entry-${i}` } as Partial<HTMLLIElement>, entry.label, el('span', { className: 'kind' }, entry.kind));
    li.addEventListener('mousemove', () => highlight(i));
    li.addEventListener('click', (e) => guard.allows(e) && choose(i));
    return li;
  });
  const list = el('ul', { role: 'listbox', ariaLabel: t('menuTitle') } as Partial<HTMLUListElement>, ...items);
  const highlight = (i: number) => {
    active = (i + items.length) % items.length;
    items.forEach((li, j) => li.setAttribute('aria-selected', String(j === active)));
    list.setAttribute('aria-activedescendant', `entry-${active}`);
  };
  highlight(active);
  onKey = (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') highlight(active + (e.key === 'ArrowDown' ? 1 : -1));
    // Enter on a focused button or checkbox is theirs, not a choice of the highlighted entry.
    else if (e.key === 'Enter' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLButtonElement)) {
      if (guard.allows(e)) choose(active);
    }
    else if (e.key === 'Escape') void close();
    else return;
    e.preventDefault();
  };
  const noted = note ? [statusLine(note)] : [];
  show(el('h1', {}, t('menuTitle')), ...noted, list, el('label', { className: 'replace' }, replace, t('menuReplace')), neverHere());
}

function choose(i: number): void {
  const entry = entries[i];
  if (!entry) return;
  if (entry.hasCard && askPassword) {
    show(el('h1', {}, entry.label), passwordForm(t('menuPasswordFor', entry.label), t('menuFill'), (pw) => fill(entry, pw), renderList));
  } else {
    fill(entry).catch(showError);
  }
}

async function fill(entry: MenuEntry, password?: string): Promise<void> {
  const out: FillOutcome = await call({ type: 'menu.choose', token, entryId: entry.id, replace: replace.checked, ...(password ? { password } : {}) });
  if (out.moved) return renderList(t('menuMoved'));
  if (out.rejected.length === 0 && out.filled > 0) return close();
  // Tell the user what did not go in before the menu goes away.
  show(statusLine(t('menuFilled', String(out.filled)), ' ', out.rejected.length ? t('menuRejected', String(out.rejected.length)) : ''));
  setTimeout(() => void close(), 2500);
}

async function close(): Promise<void> {
  await call({ type: 'menu.close', token }).catch(() => undefined);
}

/** Read once, with the first request (load() runs again after an unlock). */
const messages = loadMessages();

async function load(): Promise<void> {
  const [res] = await Promise.all([call({ type: 'menu.entries', token }), messages]);
  askPassword = res.askPassword;
  entries = res.entries;
  if (res.state === 'unlocked') renderList();
  else renderLocked();
}

reportHeight(root, (height) => call({ type: 'menu.resize', token, height }));
window.addEventListener('keydown', (e) => onKey?.(e));
// ArrowDown in the field (the content script focuses this frame) or a click in it: into the password box, if any.
window.addEventListener('focus', () => root.querySelector<HTMLInputElement>('input[type="password"]')?.focus());
// The content script moves focus here on ArrowDown: the first entry is already highlighted.
load().catch(showError);

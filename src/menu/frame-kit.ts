// What the two extension frames shown inside web pages (the inline menu and the save offer) share:
// messages in the user's language, the typed request to the background, small DOM building and a
// password form that only a trusted submit (a real Enter or click) runs.
import browser from 'webextension-polyfill';
import { fetchMessages, formatMessage, langWithoutBundle, type Messages } from '../core/messages';
import type { MenuRequest, ResponseMap, Result } from '../core/protocol';

/** The browser language's messages, read from the extension's files when browser.i18n has none (core/messages.ts). */
let fetched: Messages | null = null;

/** Run before the first text is shown. */
export async function loadMessages(): Promise<void> {
  const lang = langWithoutBundle(browser.i18n);
  if (lang) fetched = await fetchMessages((path) => browser.runtime.getURL(path), lang);
}

export function t(key: string, ...subs: string[]): string {
  const entry = fetched?.[key];
  return (entry ? formatMessage(entry, subs) : browser.i18n.getMessage(key, subs)) || key;
}

export class FrameError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function call<R extends MenuRequest>(req: R): Promise<ResponseMap[R['type']]> {
  const res = (await browser.runtime.sendMessage(req)) as Result<ResponseMap[R['type']]> | undefined;
  if (!res) throw new FrameError('internal', 'No answer from the wallet.');
  if (!res.ok) throw new FrameError(res.error.code, res.error.message);
  return res.value;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

export function errorText(e: unknown): string {
  const code = e instanceof FrameError ? e.code : 'internal';
  return t(`error_${code.replace(/-/g, '_')}`);
}

export const errorLine = (e: unknown) => el('p', { className: 'error', role: 'alert' } as Partial<HTMLParagraphElement>, errorText(e));

/**
 * A password form; `submit` runs only for a trusted submit. Its input takes the focus when shown if
 * `autofocus()` says so then. Returns the form and its error line.
 */
export function passwordForm(
  title: string,
  button: string,
  submit: (password: string) => Promise<void>,
  autofocus: () => boolean = () => true,
): { form: HTMLFormElement; error: HTMLElement } {
  const input = el('input', { type: 'password', autocomplete: 'current-password', required: true });
  const error = el('p', { className: 'error', role: 'alert' } as Partial<HTMLParagraphElement>);
  const form = el('form', {}, el('label', {}, title, input), el('button', { type: 'submit' }, button), error);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!e.isTrusted) return;
    error.textContent = '';
    submit(input.value).catch((err) => {
      error.textContent = errorText(err);
      input.select();
    });
  });
  queueMicrotask(() => autofocus() && input.focus());
  return { form, error };
}

/**
 * The frame takes the height of what it shows: sends `root`'s height (with the body's border) each
 * time it changes. It goes through the background to the content script that sizes the frame
 * (within bounds; past them the frame scrolls), so the page never learns it.
 */
export function reportHeight(root: HTMLElement, send: (height: number) => Promise<unknown>): void {
  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height) + 2;
    if (!root.firstChild || height === sent) return;
    sent = height;
    void send(height).catch(() => undefined);
  }).observe(root);
}

// UI strings come from _locales/<lang>/messages.json: through browser.i18n (the browser's language)
// or, when the user chose a language in settings (or browser.i18n has no messages), from that
// locale's file fetched at run time.
import browser from 'webextension-polyfill';
import type { ErrorCode } from '../core/errors';
import type { Settings } from '../core/types';
import { ApiError } from './api';
import { fetchMessages, formatMessage, langWithoutBundle, uiLangOf, type Messages } from '../core/messages';

export type Lang = Exclude<Settings['language'], 'auto'>;

let chosen: { lang: Lang; messages: Messages } | null = null;

/** The locale browser.i18n picked: its own answer for the predefined @@ui_locale message. */
function browserLang(): Lang {
  return uiLangOf(browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage());
}

export async function loadLanguage(setting: Settings['language']): Promise<void> {
  // 'auto' is browser.i18n's own choice, unless its bundle came empty (core/messages.ts): then the
  // browser language's file is read as a chosen one's is.
  const lang = setting !== 'auto' ? setting : langWithoutBundle(browser.i18n);
  if (!lang) chosen = null;
  else if (chosen?.lang !== lang) chosen = { lang, messages: await fetchMessages((path) => browser.runtime.getURL(path), lang) };
  document.documentElement.lang = currentLang().replace('_', '-');
}

export function currentLang(): Lang {
  return chosen?.lang ?? browserLang();
}

/** BCP 47 tag for Intl formatting. */
export const intlLocale = (): string => currentLang().replace('_', '-');

export function t(key: string, ...subs: string[]): string {
  if (chosen) {
    const entry = chosen.messages[key];
    return entry ? formatMessage(entry, subs) : key;
  }
  return browser.i18n.getMessage(key, subs) || key;
}

export function errorText(code: ErrorCode, retryAfterMs?: number): string {
  const seconds = String(Math.ceil((retryAfterMs ?? 0) / 1000));
  if (code === 'wrong-password' && retryAfterMs) return `${t('error_wrong_password')} ${t('error_throttled', seconds)}`;
  return t(`error_${code.replace(/-/g, '_')}`, seconds);
}

/** What the user reads for a failed request: the error code's sentence, or the generic one. */
export function failureText(err: unknown): string {
  return err instanceof ApiError ? errorText(err.code, err.retryAfterMs) : t('error_internal');
}

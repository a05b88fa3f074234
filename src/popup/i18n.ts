// UI strings come from _locales/<lang>/messages.json through browser.i18n.
import browser from 'webextension-polyfill';
import type { ErrorCode } from '../core/errors';

export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

export function errorText(code: ErrorCode, retryAfterMs?: number): string {
  const seconds = String(Math.ceil((retryAfterMs ?? 0) / 1000));
  if (code === 'wrong-password' && retryAfterMs) return `${t('error_wrong_password')} ${t('error_throttled', seconds)}`;
  return t(`error_${code.replace(/-/g, '_')}`, seconds);
}

// Field checks shared by the manager's forms. Each returns a message key (translated by the form) or
// null; a form is saved only when none of its fields has one.
import * as v from 'valibot';
import { origin } from '../../core/schemas';
import { parseAmount } from './money';

export type Check = (value: string) => string | null;
export type Errors = Record<string, string>;

export const required: Check = (s) => (s.trim() ? null : 'errRequired');
export const maxLen = (n: number): Check => (s) => (s.length > n ? 'errTooLong' : null);
export const email: Check = (s) => (!s.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim()) ? null : 'errEmail');
export const phone: Check = (s) => (!s.trim() || /^\+?[\d\s().-]{5,30}$/.test(s.trim()) ? null : 'errPhone');
export const currency: Check = (s) => (/^[A-Z]{3}$/.test(s) ? null : 'errCurrency');
/** An origin whose host is a plain host name or address (browsers' URL parsers accept more, e.g. spaces). */
export const siteOrigin: Check = (s) =>
  v.is(origin, s.trim()) && /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d{1,5})?$/i.test(s.trim()) ? null : 'errOrigin';
export const amount =
  (cur: string): Check =>
  (s) =>
    !s.trim() || parseAmount(s, cur) !== null ? null : 'errAmount';
export const isoDate: Check = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T12:00:00Z`)) ? null : 'errDate');

/** Runs each field's checks in order; the first failure is that field's message. */
export function checkAll<D extends Record<string, string>>(draft: D, rules: Partial<Record<keyof D, Check[]>>): Errors {
  const errors: Errors = {};
  for (const [field, checks] of Object.entries(rules) as [string, Check[]][]) {
    for (const check of checks) {
      const e = check(draft[field] ?? '');
      if (e) {
        errors[field] = e;
        break;
      }
    }
  }
  return errors;
}

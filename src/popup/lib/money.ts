// Amounts are stored in minor units (cents); the user types and reads them as decimals.
import { exponentOf } from '../../core/money/currencies';
import { numberFormat } from './intl-cache';

const fractionDigits = exponentOf;

/** "12.5" or "12,50" → 1250; null when it is not an amount. */
export function parseAmount(text: string, currency: string): number | null {
  const s = text.trim().replace(',', '.');
  const digits = fractionDigits(currency);
  const re = digits === 0 ? /^-?\d{1,11}$/ : new RegExp(`^-?\\d{1,11}(\\.\\d{1,${digits}})?$`);
  if (!re.test(s)) return null;
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0') || 0);
  return s.startsWith('-') ? -minor : minor;
}

/** Plain decimal, for forms and CSV: 1250 → "12.50". */
export function amountText(minor: number, currency: string): string {
  const digits = fractionDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  return `${sign}${Math.floor(abs / 10 ** digits)}.${String(abs % 10 ** digits).padStart(digits, '0')}`;
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  return numberFormat(locale, currency).format(minor / 10 ** fractionDigits(currency));
}

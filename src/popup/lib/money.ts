// Amounts are stored in minor units (cents); the user types and reads them as decimals.
import { numberFormat } from './intl-cache';

const FRACTION_DIGITS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, JOD: 3, OMR: 3, TND: 3 };
export const fractionDigits = (currency: string): number => FRACTION_DIGITS[currency] ?? 2;

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

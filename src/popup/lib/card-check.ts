// Card form checks, as the user types: brand and Luhn by card-validator, expiry against today.
import valid from 'card-validator';

export interface BrandInfo {
  /** card-validator's type, e.g. 'visa', 'mastercard', 'american-express'. */
  type: string;
  niceType: string;
  gaps: number[];
  lengths: number[];
  cvcSize: number;
}

export const digitsOf = (s: string): string => s.replace(/[\s-]/g, '');

// Lists name and colour hundreds of cards by brand on every render: remember each number's answer.
const brands = new Map<string, BrandInfo | null>();

export function detectBrand(number: string): BrandInfo | null {
  const digits = digitsOf(number);
  let brand = brands.get(digits);
  if (brand === undefined) {
    const card = valid.number(digits).card;
    brand = card ? { type: card.type, niceType: card.niceType, gaps: card.gaps, lengths: card.lengths, cvcSize: card.code.size } : null;
    if (brands.size > 5000) brands.clear();
    brands.set(digits, brand);
  }
  return brand;
}

/** Message key for what is wrong with the number, or null. */
export function numberError(number: string): string | null {
  const digits = digitsOf(number);
  if (!digits) return 'errRequired';
  if (!/^\d+$/.test(digits)) return 'errCardDigits';
  const check = valid.number(digits);
  if (check.isValid) return null;
  // A length the brand uses that still fails is a typo (Luhn), not an unfinished number.
  if (check.isPotentiallyValid && !check.card?.lengths.includes(digits.length)) return 'errCardIncomplete';
  return 'errCardNumber';
}

export function expiryError(month: string, year: string, now: Date = new Date()): string | null {
  if (!month.trim() || !year.trim()) return 'errRequired';
  const m = Number(month);
  const y = Number(year.length === 2 ? `20${year}` : year);
  if (!/^\d{1,2}$/.test(month.trim()) || m < 1 || m > 12 || !/^(\d{2}|\d{4})$/.test(year.trim())) return 'errExpiryInvalid';
  if (y < now.getFullYear() || (y === now.getFullYear() && m < now.getMonth() + 1)) return 'errExpired';
  if (y > now.getFullYear() + 20) return 'errExpiryInvalid';
  return null;
}

export function cvcError(cvc: string, brand: BrandInfo | null): string | null {
  if (!cvc) return 'errRequired';
  const size = brand?.cvcSize;
  if (!/^\d+$/.test(cvc) || (size ? cvc.length !== size : cvc.length < 3 || cvc.length > 4)) return 'errCvc';
  return null;
}

/** Groups digits the way the brand prints them (4-4-4-4, Amex 4-6-5). */
export function formatNumber(number: string): string {
  const digits = digitsOf(number);
  const gaps = detectBrand(digits)?.gaps ?? [4, 8, 12];
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (gaps.includes(i) ? ' ' : '') + digits[i];
  return out;
}

export const maskNumber = (number: string): string => `•••• ${number.slice(-4)}`;

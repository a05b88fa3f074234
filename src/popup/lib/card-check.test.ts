import { describe, expect, it } from 'vitest';
import { cvcError, detectBrand, expiryError, formatNumber, maskNumber, numberError } from './card-check';

const NOW = new Date('2026-11-25T12:00:00');

describe('card number checks', () => {
  it('detects the brand while typing', () => {
    expect(detectBrand('42')?.niceType).toBe('Visa');
    expect(detectBrand('5555')?.niceType).toBe('Mastercard');
    expect(detectBrand('3782')?.niceType).toBe('American Express');
    expect(detectBrand('')).toBeNull();
  });

  it('accepts Luhn-valid numbers, calls short ones incomplete and wrong ones invalid', () => {
    expect(numberError('4242 4242 4242 4242')).toBeNull();
    expect(numberError('3782 822463 10005')).toBeNull();
    expect(numberError('4242 4242')).toBe('errCardIncomplete');
    expect(numberError('4242 4242 4242 4241')).toBe('errCardNumber');
    expect(numberError('4242-abcd')).toBe('errCardDigits');
    expect(numberError('  ')).toBe('errRequired');
  });

  it('groups digits as the brand prints them and masks all but the last four', () => {
    expect(formatNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(formatNumber('378282246310005')).toBe('3782 822463 10005');
    expect(maskNumber('4242424242424242')).toBe('•••• 4242');
  });
});

describe('expiry and CVC', () => {
  it('refuses past months and nonsense, accepts this month', () => {
    expect(expiryError('11', '26', NOW)).toBeNull();
    expect(expiryError('10', '2026', NOW)).toBe('errExpired');
    expect(expiryError('01', '20', NOW)).toBe('errExpired');
    expect(expiryError('13', '27', NOW)).toBe('errExpiryInvalid');
    expect(expiryError('1', '2', NOW)).toBe('errExpiryInvalid');
    expect(expiryError('', '', NOW)).toBe('errRequired');
  });

  it('wants the brand’s CVC length', () => {
    expect(cvcError('123', detectBrand('4242'))).toBeNull();
    expect(cvcError('1234', detectBrand('4242'))).toBe('errCvc');
    expect(cvcError('1234', detectBrand('3782'))).toBeNull();
    expect(cvcError('12a', null)).toBe('errCvc');
  });
});

import { describe, expect, it } from 'vitest';
import { cardState } from './card-status';

const at = (iso: string) => new Date(`${iso}T12:00:00`);
const card = (expMonth: number, expYear: number, status: 'active' | 'blocked' | 'revoked' = 'active') => ({ expMonth, expYear, status });

describe('cardState', () => {
  it('a card is valid through the last day of its expiry month', () => {
    expect(cardState(card(3, 2027), at('2026-11-25'))).toBe('valid');
    expect(cardState(card(11, 2026), at('2026-11-30'))).toBe('expiring');
    expect(cardState(card(11, 2026), at('2026-12-01'))).toBe('expired');
  });

  it('expires soon within 60 days of the end of its month, not before', () => {
    // End of January 2027 is 31 Jan: 60 days before is 2 Dec 2026.
    expect(cardState(card(1, 2027), at('2026-11-25'))).toBe('valid');
    expect(cardState(card(1, 2027), at('2026-12-03'))).toBe('expiring');
    expect(cardState(card(12, 2026), at('2026-11-25'))).toBe('expiring');
  });

  it('blocked and revoked win over the dates', () => {
    expect(cardState(card(3, 2030, 'blocked'), at('2026-11-25'))).toBe('blocked');
    expect(cardState(card(3, 2020, 'revoked'), at('2026-11-25'))).toBe('revoked');
  });
});

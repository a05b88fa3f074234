// What the manager says about a card: its user-set status wins, then its expiry date.
import type { CardData } from '../../core/types';

export type CardState = 'valid' | 'expiring' | 'expired' | 'blocked' | 'revoked';
export const EXPIRING_DAYS = 60;
const DAY_MS = 86_400_000;

/** A card is good through the last day of its expiry month (local time). */
function expiryEnd(card: Pick<CardData, 'expMonth' | 'expYear'>): Date {
  return new Date(card.expYear, card.expMonth, 0, 23, 59, 59, 999);
}

export function cardState(card: Pick<CardData, 'expMonth' | 'expYear' | 'status'>, now: Date = new Date()): CardState {
  if (card.status === 'blocked' || card.status === 'revoked') return card.status;
  const end = expiryEnd(card).getTime();
  if (end < now.getTime()) return 'expired';
  return end - now.getTime() <= EXPIRING_DAYS * DAY_MS ? 'expiring' : 'valid';
}

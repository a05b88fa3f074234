// How a card is named and coloured in lists: the user's colour, else its brand's.
import type { CardData } from '../../../core/types';
import { detectBrand, maskNumber } from '../../lib/card-check';
import { t } from '../../i18n';

const BRAND_COLOURS: Record<string, string> = {
  visa: '#1a1f71',
  mastercard: '#252525',
  'american-express': '#006fcf',
  discover: '#b4530a',
  jcb: '#0b4ea2',
  unionpay: '#c8102e',
  maestro: '#0a3a82',
  'diners-club': '#0079be',
};

export const brandOf = (card: CardData): string => detectBrand(card.number)?.niceType ?? t('kindCard');
export const cardColour = (card: CardData): string => card.colour ?? BRAND_COLOURS[detectBrand(card.number)?.type ?? ''] ?? '#334155';
export const expiryText = (card: CardData): string => `${String(card.expMonth).padStart(2, '0')}/${String(card.expYear).slice(-2)}`;

/** "Visa •••• 4242, 08/29": the nickname, else the brand. */
export const cardSummary = (card: CardData): string => `${card.nickname || brandOf(card)} ${maskNumber(card.number)}, ${expiryText(card)}`;

/** What a receipt keeps of the card it was paid with. */
export const cardLabel = (card: CardData): string => card.nickname || brandOf(card);

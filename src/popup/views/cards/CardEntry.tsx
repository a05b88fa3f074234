// One card in the chosen view: a picture, a detailed row, or a compact icon. The number is masked
// unless the user asks to reveal it.
import { useState } from 'preact/hooks';
import type { CardData, Settings } from '../../../core/types';
import { formatNumber, maskNumber } from '../../lib/card-check';
import { cardState } from '../../lib/card-status';
import { formatMoney } from '../../lib/money';
import { intlLocale, t } from '../../i18n';
import { brandOf, cardColour, cardSummary, expiryText } from './card-look';
import { PrepaidCodes } from './PrepaidCodes';
import { EditDeleteButtons } from '../EditDeleteButtons';

interface Props {
  id: string;
  card: CardData;
  view: Settings['cardView'];
  onEdit(): void;
  onDelete(): void;
}

const STATE_KEYS = { valid: 'statusValid', expiring: 'statusExpiring', expired: 'statusExpired', blocked: 'statusBlocked', revoked: 'statusRevoked' };

export function CardEntry({ id, card, view, onEdit, onDelete }: Props) {
  const [revealed, setRevealed] = useState(false);
  const state = cardState(card);
  const badge = <span class={`badge ${state}`}>{t(STATE_KEYS[state])}</span>;
  const actions = (
    <span class="actions">
      <button type="button" class="link" aria-pressed={revealed} onClick={() => setRevealed(!revealed)} aria-label={`${t(revealed ? 'hide' : 'reveal')}: ${cardSummary(card)}`}>
        {t(revealed ? 'hide' : 'reveal')}
      </button>
      <EditDeleteButtons label={cardSummary(card)} onEdit={onEdit} onDelete={onDelete} />
    </span>
  );
  const number = revealed ? <span data-testid="revealed-number">{formatNumber(card.number)}</span> : maskNumber(card.number);

  if (view === 'icons') {
    return (
      <li class={`card-icon ${state}`} title={`${cardSummary(card)} — ${t(STATE_KEYS[state])}`}>
        <span class="chip" style={{ background: cardColour(card) }} aria-hidden="true">
          {brandOf(card).slice(0, 4)}
        </span>
        <span class="summary">{cardSummary(card)}</span>
        {revealed && number}
        {actions}
      </li>
    );
  }
  if (view === 'pictures') {
    return (
      <li class={`card-picture ${state}`}>
        <div class="plastic" style={{ background: cardColour(card) }}>
          <span class="brand">{brandOf(card)}</span>
          <span class="name">{card.nickname}</span>
          <span class="number">{number}</span>
          <span class="holder">{card.holder}</span>
          <span class="exp">{expiryText(card)}</span>
        </div>
        <span class="summary visually-hidden">{cardSummary(card)}</span>
        <div class="under">
          {badge}
          {actions}
        </div>
      </li>
    );
  }
  return (
    <li class={`card-row ${state}`} data-id={id}>
      <span class="swatch" style={{ background: cardColour(card) }} aria-hidden="true" />
      <div class="grow">
        <div>
          <strong class="summary">{cardSummary(card)}</strong> {badge}
        </div>
        <div class="hint">
          {brandOf(card)} · {t(`type_${card.cardType}`)} · {card.holder} {revealed && <>· {number}</>}
        </div>
        {card.prepaid && (
          <div class="hint">
            {t('balance')}: {formatMoney(card.prepaid.balance, card.prepaid.currency, intlLocale())}
          </div>
        )}
        {card.prepaid && <PrepaidCodes id={id} card={card} />}
      </div>
      {actions}
    </li>
  );
}

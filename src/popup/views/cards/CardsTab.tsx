// Payment cards in the view the user picked (remembered in settings), then loyalty cards.
import { useEffect, useState } from 'preact/hooks';
import { CARD_VIEWS } from '../../../core/schemas';
import { useDelete } from '../../components/use-delete';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { cardSummary } from './card-look';
import { CardEntry } from './CardEntry';
import { CardForm } from './CardForm';
import { LoyaltyForm } from './LoyaltyForm';
import { EditDeleteButtons } from '../EditDeleteButtons';

type Editing = { kind: 'card' | 'loyalty'; id?: string } | null;

/** Cards drawn in the first paint; the rest follow right after it, so a big wallet opens fast. */
const FIRST_PAINT_CARDS = 24;

export function CardsTab() {
  const wallet = useWallet();
  const [editing, setEditing] = useState<Editing>(null);
  const del = useDelete();
  const [allDrawn, setAllDrawn] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setAllDrawn(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const view = wallet.settings.cardView;
  const cards = wallet.of('card');
  const damaged = wallet.damaged('card');
  const loyalty = wallet.of('loyalty');

  if (editing?.kind === 'card') return <CardForm id={editing.id} onDone={() => setEditing(null)} />;
  if (editing?.kind === 'loyalty') return <LoyaltyForm id={editing.id} onDone={() => setEditing(null)} />;

  const empty = wallet.items.length === 0;
  return (
    <section>
      {del.dialog}
      {empty && <p class="empty">{t('vaultEmpty')}</p>}
      <div class="toolbar">
        <button type="button" onClick={() => setEditing({ kind: 'card' })}>
          {t('addCard')}
        </button>
        <div role="group" aria-label={t('cardView')} class="segmented">
          {CARD_VIEWS.map((v) => (
            <button key={v} type="button" class="secondary" aria-pressed={view === v} onClick={() => void wallet.setSettings({ cardView: v })}>
              {t(`view_${v}`)}
            </button>
          ))}
        </div>
      </div>
      {(cards.length > 0 || damaged.length > 0) && (
        <ul class={`cards ${view}`} aria-label={t('cardsLabel')}>
          {(allDrawn ? cards : cards.slice(0, FIRST_PAINT_CARDS)).map((c) => (
            <CardEntry key={c.id} id={c.id} card={c.data} view={view} onEdit={() => setEditing({ kind: 'card', id: c.id })} onDelete={() => del.ask(c.id, cardSummary(c.data))} />
          ))}
          {damaged.map((d) => (
            <li key={d.id} class="damaged">
              {t('itemDamaged')}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('loyaltyCards')}</h2>
      <button type="button" class="secondary" onClick={() => setEditing({ kind: 'loyalty' })}>
        {t('addLoyalty')}
      </button>
      {loyalty.length > 0 && (
        <ul class="rows" aria-label={t('loyaltyCards')}>
          {loyalty.map((l) => (
            <li key={l.id}>
              <span class="grow">
                <strong>{l.data.name}</strong> · {l.data.merchant} · {l.data.number}
              </span>
              <EditDeleteButtons label={l.data.name} onEdit={() => setEditing({ kind: 'loyalty', id: l.id })} onDelete={() => del.ask(l.id, l.data.name)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

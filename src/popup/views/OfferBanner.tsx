// Save/update offers waiting after a checkout was submitted (the toolbar badge shows "+"): the same
// choices as the frame in the page — Save the ticked ones, Not now, Never for this site.
import { useEffect, useState } from 'preact/hooks';
import { FIELD_KEYS, PROPOSAL_KEYS, type OfferChoice, type OfferView, type ProposalView } from '../../core/offer';
import { call } from '../api';
import { t } from '../i18n';
import { useWallet } from '../store';

const hostOf = (site: string) => site.replace(/^https?:\/\//, '');

function Offer({ offer, onDone }: { offer: OfferView; onDone(): void }) {
  const wallet = useWallet();
  const [ticked, setTicked] = useState<boolean[]>(() => offer.proposals.map(() => true));
  const answer = async (choice: OfferChoice) => {
    await wallet.answerOffer(offer.id, choice, offer.proposals.flatMap((p, i) => (ticked[i] ? [p.key] : [])));
    onDone();
  };
  const updatesOnly = offer.proposals.every((p: ProposalView) => p.action === 'update');
  return (
    <section class="offer" aria-label={t('offerTitle', hostOf(offer.site))}>
      <h2>{t('offerTitle', hostOf(offer.site))}</h2>
      <ul class="rows">
        {offer.proposals.map((p, i) => (
          <li key={p.key}>
            <label>
              <input type="checkbox" checked={ticked[i]} onChange={(e) => setTicked(ticked.map((v, j) => (j === i ? e.currentTarget.checked : v)))} />{' '}
              {t(PROPOSAL_KEYS[p.action][p.kind])}: <strong>{p.label}</strong>
              {p.changes.length > 0 && ` (${p.changes.map((c) => t(FIELD_KEYS[c] ?? c)).join(', ')})`}
            </label>
          </li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" onClick={() => void answer('save')}>
          {t(updatesOnly ? 'offerUpdate' : 'offerSave')}
        </button>
        <button type="button" class="secondary" onClick={() => void answer('notNow')}>
          {t('offerNotNow')}
        </button>
        <button type="button" class="link" onClick={() => void answer('never')}>
          {t('offerNever')}
        </button>
      </p>
    </section>
  );
}

export function OfferBanner() {
  const [offers, setOffers] = useState<OfferView[]>([]);
  const load = () => void call({ type: 'offers.list' }).then((list) => setOffers(list.filter((o) => o.proposals.length > 0)), () => setOffers([]));
  useEffect(load, []);
  return (
    <>
      {offers.map((o) => (
        <Offer key={o.id} offer={o} onDone={load} />
      ))}
    </>
  );
}

/** While locked: which sites have an offer waiting for the unlock. */
export function OffersWaiting() {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => void call({ type: 'offers.list' }).then((list) => setSites(list.map((o) => hostOf(o.site))), () => setSites([])), []);
  return (
    <>
      {sites.map((s) => (
        <p key={s} class="hint offer-waiting">
          {t('offerWaitingLocked', s)}
        </p>
      ))}
    </>
  );
}

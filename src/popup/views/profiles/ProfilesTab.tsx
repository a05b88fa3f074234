// Profiles: what each bundles, which one is the default, and what is missing (an item it names was
// deleted, or a part was never chosen). Billing, shipping and card are needed for a complete profile.
import { useState } from 'preact/hooks';
import type { ProfileData } from '../../../core/types';
import { useDelete } from '../../components/use-delete';
import { t } from '../../i18n';
import { useWallet, type Wallet } from '../../store';
import { cardSummary } from '../cards/card-look';
import { ProfileForm } from './ProfileForm';
import { EditDeleteButtons } from '../EditDeleteButtons';

const NEEDED = [
  ['cardId', 'paymentCard'],
  ['billingId', 'billingAddress'],
  ['shippingId', 'shippingAddress'],
  ['identityId', 'identity'],
] as const;

function partText(wallet: Wallet, id: string | undefined): string | null {
  const item = wallet.byId(id);
  if (!item || item.damaged) return null;
  switch (item.kind) {
    case 'card':
      return cardSummary(item.data);
    case 'address':
      return item.data.label || `${item.data.name}, ${item.data.city}`;
    case 'identity':
      return `${item.data.givenName} ${item.data.familyName}`;
    case 'loyalty':
      return `${item.data.merchant}: ${item.data.name}`;
    default:
      return null;
  }
}

function Parts({ profile }: { profile: ProfileData }) {
  const wallet = useWallet();
  const loyalty = partText(wallet, profile.loyaltyId);
  return (
    <dl class="parts">
      {NEEDED.map(([field, key]) => {
        const text = partText(wallet, profile[field]);
        return (
          <div key={field}>
            <dt>{t(key)}</dt>
            <dd class={text ? '' : 'missing'}>{text ?? (profile[field] ? t('partDeleted') : t('partMissing'))}</dd>
          </div>
        );
      })}
      {profile.loyaltyId && (
        <div>
          <dt>{t('loyaltyCard')}</dt>
          <dd class={loyalty ? '' : 'missing'}>{loyalty ?? t('partDeleted')}</dd>
        </div>
      )}
    </dl>
  );
}

export function ProfilesTab() {
  const wallet = useWallet();
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const del = useDelete();
  if (editing) return <ProfileForm id={editing.id} onDone={() => setEditing(null)} />;
  const defaultId = wallet.settings.defaultProfileId;
  return (
    <section>
      {del.dialog}
      <button type="button" onClick={() => setEditing({})}>
        {t('addProfile')}
      </button>
      <ul class="profiles" aria-label={t('tabProfiles')}>
        {wallet.of('profile').map((p) => {
          const incomplete = NEEDED.some(([field]) => !partText(wallet, p.data[field])) || (p.data.loyaltyId && !partText(wallet, p.data.loyaltyId));
          return (
            <li key={p.id}>
              <div class="profile-head">
                <strong>{p.data.name}</strong>
                {p.id === defaultId && <span class="badge valid">{t('defaultProfile')}</span>}
                {incomplete && <span class="badge expiring">{t('incomplete')}</span>}
                <span class="actions">
                  {p.id !== defaultId && (
                    <button type="button" class="link" onClick={() => void wallet.setSettings({ defaultProfileId: p.id })} aria-label={`${t('makeDefault')}: ${p.data.name}`}>
                      {t('makeDefault')}
                    </button>
                  )}
                  <EditDeleteButtons label={p.data.name} onEdit={() => setEditing({ id: p.id })} onDelete={() => del.ask(p.id, p.data.name)} />
                </span>
              </div>
              <Parts profile={p.data} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// Addresses and identities, several of each.
import { useState } from 'preact/hooks';
import { useDelete } from '../../components/use-delete';
import { countryName } from '../../lib/countries';
import { currentLang, t } from '../../i18n';
import { useWallet } from '../../store';
import { AddressForm } from './AddressForm';
import { IdentityForm } from './IdentityForm';
import { EditDeleteButtons } from '../EditDeleteButtons';

type Editing = { kind: 'address' | 'identity'; id?: string } | null;

export function PlacesTab() {
  const wallet = useWallet();
  const [editing, setEditing] = useState<Editing>(null);
  const del = useDelete();
  if (editing?.kind === 'address') return <AddressForm id={editing.id} onDone={() => setEditing(null)} />;
  if (editing?.kind === 'identity') return <IdentityForm id={editing.id} onDone={() => setEditing(null)} />;

  const row = (id: string, label: string, detail: string, kind: 'address' | 'identity') => (
    <li key={id}>
      <span class="grow">
        <strong>{label}</strong>
        <span class="hint"> {detail}</span>
      </span>
      <EditDeleteButtons label={label} onEdit={() => setEditing({ kind, id })} onDelete={() => del.ask(id, label)} />
    </li>
  );
  const damaged = [...wallet.damaged('address'), ...wallet.damaged('identity')];
  return (
    <section>
      {del.dialog}
      <h2>{t('addresses')}</h2>
      <button type="button" onClick={() => setEditing({ kind: 'address' })}>
        {t('addAddress')}
      </button>
      <ul class="rows" aria-label={t('addresses')}>
        {wallet.of('address').map((a) =>
          row(a.id, a.data.label || a.data.name, [a.data.street, `${a.data.postalCode} ${a.data.city}`, countryName(a.data.country, currentLang())].join(', '), 'address'),
        )}
      </ul>
      <h2>{t('identities')}</h2>
      <button type="button" onClick={() => setEditing({ kind: 'identity' })}>
        {t('addIdentity')}
      </button>
      <ul class="rows" aria-label={t('identities')}>
        {wallet.of('identity').map((i) => row(i.id, `${i.data.givenName} ${i.data.familyName}`, [i.data.email, i.data.phone].filter(Boolean).join(' · '), 'identity'))}
        {damaged.map((d) => (
          <li key={d.id} class="damaged">
            {t('itemDamaged')}
          </li>
        ))}
      </ul>
    </section>
  );
}

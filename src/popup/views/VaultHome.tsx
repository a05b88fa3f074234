// The unlocked wallet: its items (the full manager comes later) and the lock button.
import { useEffect, useState } from 'preact/hooks';
import type { ItemView, VaultStatus } from '../../core/types';
import { ApiError, call } from '../api';
import { errorText, t } from '../i18n';

function describe(item: ItemView): string {
  if (item.damaged) return t('itemDamaged');
  switch (item.kind) {
    case 'card':
      return `${item.data.nickname || t('kindCard')} •••• ${item.data.number.slice(-4)}, ${String(item.data.expMonth).padStart(2, '0')}/${String(item.data.expYear).slice(-2)}`;
    case 'address':
      return `${item.data.name}, ${item.data.city}`;
    case 'identity':
      return `${item.data.givenName} ${item.data.familyName}`;
    case 'loyalty':
      return `${item.data.merchant}: ${item.data.name}`;
    case 'profile':
      return item.data.name;
    case 'receipt':
      return `${item.data.merchant} ${item.data.date.slice(0, 10)}`;
  }
}

export function VaultHome({ onLocked }: { onLocked(s: VaultStatus): void }) {
  const [items, setItems] = useState<ItemView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call({ type: 'items.list' }).then(setItems, (e) => setError(e instanceof ApiError ? errorText(e.code) : t('error_internal')));
  }, []);

  return (
    <section>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items && items.length === 0 && <p class="empty">{t('vaultEmpty')}</p>}
      {items && items.length > 0 && (
        <ul class="items" aria-label={t('itemsLabel')}>
          {items.map((item) => (
            <li key={item.id} class={item.damaged ? 'damaged' : item.kind}>
              {describe(item)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={async () => onLocked(await call({ type: 'vault.lock' }))}>
        {t('lockButton')}
      </button>
    </section>
  );
}

// Deleting asks first; when profiles use the item, the question names them, and they stay (visibly
// incomplete) rather than being changed behind the user's back.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useWallet } from '../store';
import { Confirm } from './Confirm';

const PROFILE_PARTS = ['cardId', 'billingId', 'shippingId', 'identityId', 'loyaltyId'] as const;

export function useDelete() {
  const wallet = useWallet();
  const [pending, setPending] = useState<{ id: string; label: string } | null>(null);
  const users = pending
    ? wallet.of('profile').filter((p) => PROFILE_PARTS.some((part) => p.data[part] === pending.id)).map((p) => p.data.name)
    : [];
  const dialog = pending && (
    <Confirm
      message={users.length ? t('confirmDeleteUsed', pending.label, users.join(', ')) : t('confirmDelete', pending.label)}
      confirmLabel={t('delete')}
      onCancel={() => setPending(null)}
      onConfirm={async () => {
        const asked = pending;
        await wallet.remove(asked.id);
        if (wallet.settings.defaultProfileId === asked.id) await wallet.setSettings({ defaultProfileId: null });
        // Another Delete may have been clicked while this one ran: its question stays open.
        setPending((now) => (now === asked ? null : now));
      }}
    />
  );
  return { ask: (id: string, label: string) => setPending({ id, label }), dialog };
}

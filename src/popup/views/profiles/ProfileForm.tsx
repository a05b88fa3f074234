// Build a profile from saved items: card, billing and shipping address, identity, loyalty card.
import type { ItemInputByKind } from '../../../core/types';
import { CheckField, SelectField, TextField } from '../../components/Field';
import { useForm } from '../../components/use-form';
import { checkAll, maxLen, required } from '../../lib/form-checks';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { cardSummary } from '../cards/card-look';
import { FormShell } from '../FormShell';

const PARTS = ['cardId', 'billingId', 'shippingId', 'identityId', 'loyaltyId'] as const;

export function ProfileForm({ id, onDone }: { id?: string | undefined; onDone(): void }) {
  const wallet = useWallet();
  const old = wallet.of('profile').find((p) => p.id === id)?.data;
  const isDefault = !!id && wallet.settings.defaultProfileId === id;
  const form = useForm(
    { name: old?.name ?? '', cardId: old?.cardId ?? '', billingId: old?.billingId ?? '', shippingId: old?.shippingId ?? '', identityId: old?.identityId ?? '', loyaltyId: old?.loyaltyId ?? '', makeDefault: isDefault || wallet.of('profile').length === 0 ? '1' : '' },
    (d) => checkAll(d, { name: [required, maxLen(100)] }),
  );
  const d = form.draft;
  const none: [string, string] = ['', t('none')];
  const addresses = wallet.of('address').map((a): [string, string] => [a.id, a.data.label ? `${a.data.label} (${a.data.city})` : `${a.data.name}, ${a.data.city}`]);

  async function save() {
    const data: ItemInputByKind['profile'] = { name: d.name.trim() };
    for (const part of PARTS) if (d[part]) data[part] = d[part];
    const saved = await wallet.save('profile', data, id);
    if (d.makeDefault && wallet.settings.defaultProfileId !== saved) await wallet.setSettings({ defaultProfileId: saved });
    if (!d.makeDefault && isDefault) await wallet.setSettings({ defaultProfileId: null });
    onDone();
  }
  return (
    <FormShell title={t(id ? 'editProfile' : 'addProfile')} form={form} onSave={save} onCancel={onDone}>
      <TextField label={t('profileName')} value={d.name} onInput={form.set('name')} error={form.error('name')} autoFocus />
      <SelectField label={t('paymentCard')} value={d.cardId} onChange={form.set('cardId')} options={[none, ...wallet.of('card').map((c): [string, string] => [c.id, cardSummary(c.data)])]} />
      <SelectField label={t('billingAddress')} value={d.billingId} onChange={form.set('billingId')} options={[none, ...addresses]} />
      <SelectField label={t('shippingAddress')} value={d.shippingId} onChange={form.set('shippingId')} options={[none, ...addresses]} />
      <SelectField label={t('identity')} value={d.identityId} onChange={form.set('identityId')} options={[none, ...wallet.of('identity').map((i): [string, string] => [i.id, `${i.data.givenName} ${i.data.familyName}`])]} />
      <SelectField label={t('loyaltyCard')} value={d.loyaltyId} onChange={form.set('loyaltyId')} options={[none, ...wallet.of('loyalty').map((l): [string, string] => [l.id, `${l.data.merchant}: ${l.data.name}`])]} />
      <CheckField label={t('makeDefault')} checked={!!d.makeDefault} onChange={(on) => form.set('makeDefault')(on ? '1' : '')} />
    </FormShell>
  );
}

// Add or edit a loyalty or discount card: name, number, merchant.
import { TextField } from '../../components/Field';
import { useForm } from '../../components/use-form';
import { checkAll, maxLen, required } from '../../lib/form-checks';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { FormShell } from '../FormShell';

export function LoyaltyForm({ id, onDone }: { id?: string | undefined; onDone(): void }) {
  const wallet = useWallet();
  const old = wallet.of('loyalty').find((c) => c.id === id)?.data;
  const form = useForm({ name: old?.name ?? '', number: old?.number ?? '', merchant: old?.merchant ?? '' }, (d) =>
    checkAll(d, { name: [required, maxLen(200)], number: [required, maxLen(100)], merchant: [required, maxLen(200)] }),
  );
  const d = form.draft;
  async function save() {
    await wallet.save('loyalty', { name: d.name.trim(), number: d.number.trim(), merchant: d.merchant.trim() }, id);
    onDone();
  }
  return (
    <FormShell title={t(id ? 'editLoyalty' : 'addLoyalty')} form={form} onSave={save} onCancel={onDone}>
      <TextField label={t('loyaltyName')} value={d.name} onInput={form.set('name')} error={form.error('name')} autoFocus />
      <TextField label={t('loyaltyNumber')} value={d.number} onInput={form.set('number')} error={form.error('number')} />
      <TextField label={t('merchant')} value={d.merchant} onInput={form.set('merchant')} error={form.error('merchant')} />
    </FormShell>
  );
}

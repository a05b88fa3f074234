// Add or edit an address: international fields, the country picked from a list in the UI language.
import type { AddressData, ItemInputByKind } from '../../../core/types';
import { Row, SelectField, TextField } from '../../components/Field';
import { useForm } from '../../components/use-form';
import { countryList } from '../../lib/countries';
import { checkAll, email, maxLen, phone, required } from '../../lib/form-checks';
import { currentLang, t } from '../../i18n';
import { useWallet } from '../../store';
import { FormShell } from '../FormShell';

const FIELDS = ['label', 'name', 'organization', 'street', 'line2', 'city', 'region', 'postalCode', 'country', 'phone', 'email'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const toDraft = (a?: AddressData): Draft => Object.fromEntries(FIELDS.map((f) => [f, a?.[f] ?? ''])) as Draft;

export function AddressForm({ id, onDone }: { id?: string | undefined; onDone(): void }) {
  const wallet = useWallet();
  const form = useForm(toDraft(wallet.of('address').find((a) => a.id === id)?.data), (d) =>
    checkAll(d, {
      label: [maxLen(100)],
      name: [required, maxLen(200)],
      organization: [maxLen(200)],
      street: [required, maxLen(300)],
      line2: [maxLen(300)],
      city: [required, maxLen(200)],
      region: [maxLen(200)],
      postalCode: [required, maxLen(32)],
      country: [required],
      phone: [phone],
      email: [email, maxLen(320)],
    }),
  );
  const d = form.draft;
  async function save() {
    const data: Record<string, string> = {};
    for (const f of FIELDS) if (d[f].trim()) data[f] = d[f].trim();
    await wallet.save('address', data as ItemInputByKind['address'], id);
    onDone();
  }
  const field = (f: (typeof FIELDS)[number], key: string, extra: { type?: 'email' | 'tel'; autoFocus?: boolean } = {}) => (
    <TextField label={t(key)} value={d[f]} onInput={form.set(f)} error={form.error(f)} {...extra} />
  );
  return (
    <FormShell title={t(id ? 'editAddress' : 'addAddress')} form={form} onSave={save} onCancel={onDone}>
      {field('label', 'addressLabel', { autoFocus: true })}
      {field('name', 'fullName')}
      {field('organization', 'organization')}
      {field('street', 'street')}
      {field('line2', 'line2')}
      <Row>
        {field('postalCode', 'postalCode')}
        {field('city', 'city')}
      </Row>
      {field('region', 'region')}
      <SelectField label={t('country')} value={d.country} onChange={form.set('country')} error={form.error('country')} options={[['', '—'], ...countryList(currentLang())]} />
      <Row>
        {field('phone', 'phone', { type: 'tel' })}
        {field('email', 'email', { type: 'email' })}
      </Row>
    </FormShell>
  );
}

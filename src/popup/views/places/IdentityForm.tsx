// Add or edit an identity: the name, organisation and contact details a checkout asks for.
import type { IdentityData, ItemInputByKind } from '../../../core/types';
import { Row, TextField } from '../../components/Field';
import { useForm } from '../../components/use-form';
import { checkAll, email, maxLen, phone, required } from '../../lib/form-checks';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { FormShell } from '../FormShell';

const FIELDS = ['givenName', 'familyName', 'organization', 'email', 'phone'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const toDraft = (i?: IdentityData): Draft => Object.fromEntries(FIELDS.map((f) => [f, i?.[f] ?? ''])) as Draft;

export function IdentityForm({ id, onDone }: { id?: string | undefined; onDone(): void }) {
  const wallet = useWallet();
  const form = useForm(toDraft(wallet.of('identity').find((i) => i.id === id)?.data), (d) =>
    checkAll(d, { givenName: [required, maxLen(200)], familyName: [required, maxLen(200)], organization: [maxLen(200)], email: [email, maxLen(320)], phone: [phone] }),
  );
  const d = form.draft;
  async function save() {
    const data: Record<string, string> = {};
    for (const f of FIELDS) if (d[f].trim()) data[f] = d[f].trim();
    await wallet.save('identity', data as ItemInputByKind['identity'], id);
    onDone();
  }
  return (
    <FormShell title={t(id ? 'editIdentity' : 'addIdentity')} form={form} onSave={save} onCancel={onDone}>
      <Row>
        <TextField label={t('givenName')} value={d.givenName} onInput={form.set('givenName')} error={form.error('givenName')} autoFocus />
        <TextField label={t('familyName')} value={d.familyName} onInput={form.set('familyName')} error={form.error('familyName')} />
      </Row>
      <TextField label={t('organization')} value={d.organization} onInput={form.set('organization')} error={form.error('organization')} />
      <TextField label={t('email')} type="email" value={d.email} onInput={form.set('email')} error={form.error('email')} />
      <TextField label={t('phone')} type="tel" value={d.phone} onInput={form.set('phone')} error={form.error('phone')} />
    </FormShell>
  );
}

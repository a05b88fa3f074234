// Add or edit a receipt by hand. The card's name and last four digits are copied in when a card is
// chosen, and kept as they were afterwards: renaming or deleting the card never changes a receipt.
import type { ItemInputByKind, ReceiptData } from '../../../core/types';
import { Row, SelectField, TextField } from '../../components/Field';
import { useForm } from '../../components/use-form';
import { amount, checkAll, currency, isoDate, maxLen, required } from '../../lib/form-checks';
import { amountText, parseAmount } from '../../lib/money';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { cardLabel, cardSummary } from '../cards/card-look';
import { FormShell } from '../FormShell';

const today = () => new Date().toISOString().slice(0, 10);

export function ReceiptForm({ receipt, id, onDone }: { receipt?: ReceiptData | undefined; id?: string | undefined; onDone(): void }) {
  const wallet = useWallet();
  const r = receipt;
  const form = useForm(
    {
      merchant: r?.merchant ?? '',
      site: r?.site ?? '',
      date: r?.date.slice(0, 10) ?? today(),
      amount: r?.amount !== undefined && r.currency ? amountText(r.amount, r.currency) : '',
      currency: r?.currency ?? 'EUR',
      cardId: r?.cardId ?? '',
      profileId: r?.profileId ?? '',
      orderNumber: r?.orderNumber ?? '',
      note: r?.note ?? '',
    },
    (d) =>
      checkAll(d, {
        merchant: [required, maxLen(200)],
        site: [maxLen(2048)],
        date: [isoDate],
        amount: [amount(d.currency)],
        currency: [currency],
        orderNumber: [maxLen(100)],
        note: [maxLen(2000)],
      }),
  );
  const d = form.draft;

  async function save() {
    const card = wallet.of('card').find((c) => c.id === d.cardId)?.data;
    const profile = wallet.of('profile').find((p) => p.id === d.profileId)?.data;
    const sameCard = r && r.cardId === (d.cardId || undefined);
    const data: ItemInputByKind['receipt'] = {
      merchant: d.merchant.trim(),
      site: d.site.trim(),
      // Keep the recorded time of day unless the date itself was changed.
      date: r && r.date.slice(0, 10) === d.date ? r.date : `${d.date}T12:00:00.000Z`,
      currency: d.currency,
      ...(d.amount.trim() ? { amount: parseAmount(d.amount, d.currency)! } : {}),
      // Recorded at checkout without a readable amount: it stays "to complete" until one is entered.
      ...(r?.needsReview && !d.amount.trim() ? { needsReview: true } : {}),
      ...(d.orderNumber.trim() ? { orderNumber: d.orderNumber.trim() } : {}),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
      ...(d.cardId ? { cardId: d.cardId } : {}),
      ...(d.profileId ? { profileId: d.profileId } : {}),
    };
    // Keep the card as it was recorded; copy the card's current name only when the card changes.
    if (sameCard) Object.assign(data, r.cardLabel ? { cardLabel: r.cardLabel } : {}, r.cardLast4 ? { cardLast4: r.cardLast4 } : {});
    else if (card) Object.assign(data, { cardLabel: cardLabel(card), cardLast4: card.number.slice(-4) });
    if (r?.profileId === data.profileId && r?.profileName) data.profileName = r.profileName;
    else if (profile) data.profileName = profile.name;
    await wallet.save('receipt', data, id);
    onDone();
  }

  const none: [string, string] = ['', t('none')];
  const recordedCard: [string, string][] = r?.cardId && !wallet.byId(r.cardId) ? [[r.cardId, `${r.cardLabel ?? ''} •••• ${r.cardLast4 ?? ''}`]] : [];
  return (
    <FormShell title={t(id ? 'editReceipt' : 'addReceipt')} form={form} onSave={save} onCancel={onDone}>
      <TextField label={t('merchant')} value={d.merchant} onInput={form.set('merchant')} error={form.error('merchant')} autoFocus />
      <TextField label={t('site')} value={d.site} onInput={form.set('site')} error={form.error('site')} />
      <Row>
        <TextField label={t('date')} type="date" value={d.date} onInput={form.set('date')} error={form.error('date')} />
        <TextField label={t('amount')} value={d.amount} onInput={form.set('amount')} inputMode="decimal" error={form.error('amount')} />
        <TextField label={t('currency')} value={d.currency} onInput={(v) => form.set('currency')(v.toUpperCase())} maxLength={3} error={form.error('currency')} />
      </Row>
      <SelectField label={t('paymentCard')} value={d.cardId} onChange={form.set('cardId')} options={[none, ...recordedCard, ...wallet.of('card').map((c): [string, string] => [c.id, cardSummary(c.data)])]} />
      <SelectField label={t('profile')} value={d.profileId} onChange={form.set('profileId')} options={[none, ...wallet.of('profile').map((p): [string, string] => [p.id, p.data.name])]} />
      <TextField label={t('orderNumber')} value={d.orderNumber} onInput={form.set('orderNumber')} error={form.error('orderNumber')} />
      <div class="field">
        <label for="receipt-note">{t('note')}</label>
        <textarea id="receipt-note" rows={2} value={d.note} onInput={(e) => form.set('note')(e.currentTarget.value)} />
      </div>
    </FormShell>
  );
}

// Add or edit a payment card. The brand shows as the number is typed; Luhn, expiry and CVC are
// checked as you type; the CVC is stored only if the user ticks the box.
import type { CardData, ItemInputByKind } from '../../../core/types';
import { CARD_STATUSES, CARD_TYPES } from '../../../core/schemas';
import { CheckField, Row, SelectField, TextField } from '../../components/Field';
import { useForm } from '../../components/use-form';
import { cvcError, detectBrand, digitsOf, expiryError, formatNumber, numberError } from '../../lib/card-check';
import { checkAll, currency, maxLen, required, amount, type Errors } from '../../lib/form-checks';
import { amountText, parseAmount } from '../../lib/money';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { FormShell } from '../FormShell';

type Draft = Record<'number' | 'holder' | 'expiry' | 'cvc' | 'saveCvc' | 'nickname' | 'colour' | 'cardType' | 'status' | 'balance' | 'currency' | 'newCodes', string>;

const EXPIRY = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/;

function toDraft(c?: CardData): Draft {
  return {
    number: c ? formatNumber(c.number) : '',
    holder: c?.holder ?? '',
    expiry: c ? `${String(c.expMonth).padStart(2, '0')}/${String(c.expYear).slice(-2)}` : '',
    cvc: c?.csc ?? '',
    saveCvc: c?.csc ? '1' : '',
    nickname: c?.nickname ?? '',
    colour: c?.colour ?? '',
    cardType: c?.cardType ?? 'credit',
    status: c?.status ?? 'active',
    balance: c?.prepaid ? amountText(c.prepaid.balance, c.prepaid.currency) : '',
    currency: c?.prepaid?.currency ?? 'EUR',
    newCodes: '',
  };
}

function validate(d: Draft): Errors {
  const errors = checkAll(d, { holder: [required, maxLen(200)], nickname: [maxLen(100)] });
  const num = numberError(d.number);
  if (num) errors.number = num;
  const m = EXPIRY.exec(d.expiry);
  const exp = m ? expiryError(m[1]!, m[2]!) : d.expiry.trim() ? 'errExpiryInvalid' : 'errRequired';
  // An existing card may have expired: keeping it for the record is allowed, saving a new expired one is not.
  if (exp) errors.expiry = exp;
  if (d.saveCvc) {
    const cvc = cvcError(d.cvc, detectBrand(d.number));
    if (cvc) errors.cvc = cvc;
  }
  if (d.cardType === 'prepaid') Object.assign(errors, checkAll(d, { currency: [currency], balance: [required, amount(d.currency)] }));
  return errors;
}

export function CardForm({ id, onDone }: { id?: string | undefined; onDone(): void }) {
  const wallet = useWallet();
  const existing = wallet.of('card').find((c) => c.id === id)?.data;
  const form = useForm(toDraft(existing), (d) => {
    const errors = validate(d);
    if (existing && errors.expiry === 'errExpired') delete errors.expiry;
    return errors;
  });
  const d = form.draft;
  const brand = detectBrand(d.number);

  async function save() {
    const [, mm, yy] = EXPIRY.exec(d.expiry)!;
    const oldCodes = existing?.prepaid?.codes ?? [];
    const added = d.newCodes.split('\n').map((s) => s.trim()).filter(Boolean).map((code) => ({ code, used: false }));
    const data: ItemInputByKind['card'] = {
      number: digitsOf(d.number),
      holder: d.holder.trim(),
      expMonth: Number(mm),
      expYear: Number(yy!.length === 2 ? `20${yy}` : yy),
      cardType: d.cardType as CardData['cardType'],
      status: d.status as CardData['status'],
      ...(d.saveCvc && d.cvc ? { csc: d.cvc } : {}),
      ...(d.nickname.trim() ? { nickname: d.nickname.trim() } : {}),
      ...(d.colour ? { colour: d.colour } : {}),
      ...(d.cardType === 'prepaid' ? { prepaid: { balance: parseAmount(d.balance, d.currency)!, currency: d.currency, codes: [...oldCodes, ...added] } } : {}),
    };
    await wallet.save('card', data, id);
    onDone();
  }

  return (
    <FormShell title={t(id ? 'editCard' : 'addCard')} form={form} onSave={save} onCancel={onDone}>
      <TextField label={t('cardNumber')} value={d.number} onInput={(v) => form.set('number')(formatNumber(v))} inputMode="numeric" autoComplete="off" error={form.error("number")} autoFocus />
      <span class="brand-detected" data-testid="brand" aria-live="polite">{brand?.niceType ?? ''}</span>
      <TextField label={t('cardHolder')} value={d.holder} onInput={form.set('holder')} error={form.error('holder')} />
      <Row>
        <TextField label={t('expiry')} placeholder={t('expiryPlaceholder')} value={d.expiry} onInput={form.set('expiry')} inputMode="numeric" error={form.error('expiry')} />
        <SelectField label={t('cardType')} value={d.cardType} onChange={form.set('cardType')} options={CARD_TYPES.map((k) => [k, t(`type_${k}`)])} />
      </Row>
      <CheckField label={t('saveCvc')} checked={!!d.saveCvc} onChange={(on) => form.set('saveCvc')(on ? '1' : '')} />
      {d.saveCvc && <TextField label={t('cvc')} value={d.cvc} onInput={form.set('cvc')} inputMode="numeric" maxLength={4} error={form.error('cvc')} />}
      <Row>
        <TextField label={t('nickname')} value={d.nickname} onInput={form.set('nickname')} error={form.error('nickname')} />
        <div class="field">
          <label for="card-colour">{t('colour')}</label>
          <input id="card-colour" type="color" value={d.colour || '#334155'} onInput={(e) => form.set('colour')(e.currentTarget.value)} />
        </div>
      </Row>
      <SelectField label={t('cardStatus')} value={d.status} onChange={form.set('status')} options={CARD_STATUSES.map((k) => [k, t(`cardStatus_${k}`)])} hint={t('cardStatusHint')} />
      {d.cardType === 'prepaid' && (
        <fieldset>
          <legend>{t('type_prepaid')}</legend>
          <Row>
            <TextField label={t('balance')} value={d.balance} onInput={form.set('balance')} inputMode="decimal" error={form.error('balance')} />
            <TextField label={t('currency')} value={d.currency} onInput={(v) => form.set('currency')(v.toUpperCase())} maxLength={3} error={form.error('currency')} />
          </Row>
          <div class="field">
            <label for="new-codes">{t('addCodes')}</label>
            <textarea id="new-codes" rows={3} value={d.newCodes} onInput={(e) => form.set('newCodes')(e.currentTarget.value)} />
          </div>
        </fieldset>
      )}
    </FormShell>
  );
}

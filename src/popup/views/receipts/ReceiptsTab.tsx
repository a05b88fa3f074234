// Every purchase, newest first: search, filters, spending chart and CSV export, all run on the
// receipts held in popup memory (loaded when this tab first opens).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReceiptData } from '../../../core/types';
import { SelectField, TextField } from '../../components/Field';
import { useDelete } from '../../components/use-delete';
import { spendingPerMonth } from '../../lib/chart-data';
import { receiptsCsv } from '../../lib/csv';
import { CSV_TYPE, download } from '../../lib/download';
import { dateFormat, monthText } from '../../lib/intl-cache';
import { formatMoney } from '../../lib/money';
import { filterReceipts, monthsOf, NO_FILTER, type ReceiptFilter } from '../../lib/receipt-query';
import { intlLocale, t } from '../../i18n';
import { useWallet } from '../../store';
import { cardLabel } from '../cards/card-look';
import { ReceiptForm } from './ReceiptForm';
import { SpendingChart } from './SpendingChart';
import { EditDeleteButtons } from '../EditDeleteButtons';

const PAGE = 50;

export function ReceiptsTab() {
  const wallet = useWallet();
  const [filter, setFilter] = useState<ReceiptFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<{ id?: string; receipt?: ReceiptData } | null>(null);
  const del = useDelete();
  useEffect(() => wallet.loadReceipts(), []);
  const all = wallet.receipts;

  const matches = useMemo(() => (all ? filterReceipts(all, filter) : []), [all, filter]);
  // The chart follows every filter but the month, so the chosen month stays in context.
  const chart = useMemo(() => spendingPerMonth(all ? filterReceipts(all, { ...filter, month: '' }) : []), [all, filter.text, filter.cardId, filter.profileId]);
  const cardOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of wallet.of('card')) seen.set(c.id, `${cardLabel(c.data)} •••• ${c.data.number.slice(-4)}`);
    for (const r of all ?? []) if (r.data.cardId && !seen.has(r.data.cardId)) seen.set(r.data.cardId, `${r.data.cardLabel ?? ''} •••• ${r.data.cardLast4 ?? ''}`.trim());
    return [...seen.entries()];
  }, [all, wallet.items]);
  const months = useMemo(() => (all ? monthsOf(all) : []), [all]);

  if (editing) return <ReceiptForm id={editing.id} receipt={editing.receipt} onDone={() => setEditing(null)} />;
  if (!all) return <p class="hint" aria-busy="true">{t('loading')}</p>;

  const set = (patch: Partial<ReceiptFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setShown(PAGE);
  };
  const profileName = (id: string) => wallet.of('profile').find((p) => p.id === id)?.data.name;
  return (
    <section>
      {del.dialog}
      <div class="toolbar">
        <button type="button" onClick={() => setEditing({})}>
          {t('addReceipt')}
        </button>
        <button type="button" class="secondary" disabled={matches.length === 0} onClick={() => download('receipts.csv', receiptsCsv(matches, profileName), CSV_TYPE)}>
          {t('exportCsv')}
        </button>
      </div>
      <TextField label={t('searchReceipts')} type="search" value={filter.text} onInput={(text) => set({ text })} />
      <div class="filters">
        <SelectField label={t('filterCard')} value={filter.cardId} onChange={(cardId) => set({ cardId })} options={[['', t('all')], ...cardOptions]} />
        <SelectField label={t('filterProfile')} value={filter.profileId} onChange={(profileId) => set({ profileId })} options={[['', t('all')], ...wallet.of('profile').map((p): [string, string] => [p.id, p.data.name])]} />
        <SelectField label={t('filterMonth')} value={filter.month} onChange={(month) => set({ month })} options={[['', t('all')], ...months.map((m): [string, string] => [m, monthText(m, intlLocale(), 'month-long')])]} />
      </div>
      <SpendingChart data={chart} />
      <p class="hint" data-testid="receipt-count" aria-live="polite">
        {t('receiptCount', String(matches.length), String(all.length))}
      </p>
      {wallet.damagedReceipts > 0 && <p class="error">{t('damagedReceipts', String(wallet.damagedReceipts))}</p>}
      <ul class="rows receipts" aria-label={t('tabReceipts')}>
        {matches.slice(0, shown).map(({ id, data: r }) => {
          const label = `${r.merchant} ${r.date.slice(0, 10)}`;
          return (
            <li key={id}>
              <div class="grow">
                <div>
                  <strong>{r.merchant}</strong> <span class="hint">{dateFormat(intlLocale(), 'date').format(new Date(r.date))}</span>
                  {r.needsReview && <span class="badge expiring">{t('receiptToComplete')}</span>}
                </div>
                <div class="hint">
                  {[
                    r.amount !== undefined && r.currency ? formatMoney(r.amount, r.currency, intlLocale()) : t('amountMissing'),
                    r.cardLast4 ? `${r.cardLabel ?? ''} •••• ${r.cardLast4}` : null,
                    r.profileName ?? (r.profileId ? profileName(r.profileId) : null),
                    r.orderNumber ? `#${r.orderNumber}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                {r.note && <div class="hint">{r.note}</div>}
              </div>
              <EditDeleteButtons label={label} onEdit={() => setEditing({ id, receipt: r })} onDelete={() => del.ask(id, label)} />
            </li>
          );
        })}
      </ul>
      {matches.length > shown && (
        <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
          {t('showMore')}
        </button>
      )}
    </section>
  );
}

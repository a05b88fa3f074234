// Settings' "Backup and transfer": opens the backup and import screens (from the toolbar popup, in a
// tab: a file dialog would close the popup); the CSV exports (every receipt, every address, written by
// the background) download at once.
import { useEffect, useState } from 'preact/hooks';
import { call } from '../../api';
import { failureText, t } from '../../i18n';
import { CSV_TYPE, download } from '../../lib/download';
import { inToolbarPopup, openScreenInTab, type Screen } from './screens';

const OPENERS: [Screen, string][] = [
  ['export-backup', 'exportBackup'],
  ['import-backup', 'importBackup'],
  ['import-bitwarden', 'importBitwarden'],
  ['import-receipts', 'importReceiptsCsv'],
];

export function TransferSection({ onOpen }: { onOpen(s: Screen): void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [popup, setPopup] = useState<boolean | null>(null);
  useEffect(() => void inToolbarPopup().then(setPopup), []);

  async function exportCsv(kind: 'receipt' | 'address') {
    setMessage(null);
    try {
      const res = await call({ type: 'export.csv', kind });
      download(res.fileName, res.csv, CSV_TYPE);
      setMessage({ ok: true, text: t('csvExported', String(res.count), res.fileName) });
    } catch (err) {
      setMessage({ ok: false, text: failureText(err) });
    }
  }

  return (
    <div class="card-form">
      <h2>{t('transferTitle')}</h2>
      {popup && <p class="hint">{t('transferOpensTab')}</p>}
      <div class="actions">
        {OPENERS.map(([screen, label]) => (
          <button key={screen} type="button" class="secondary" disabled={popup === null} onClick={() => (popup ? void openScreenInTab(screen) : onOpen(screen))}>
            {t(label)}
          </button>
        ))}
        <button type="button" class="secondary" onClick={() => void exportCsv('receipt')}>
          {t('exportReceiptsCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportCsv('address')}>
          {t('exportAddressesCsv')}
        </button>
      </div>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

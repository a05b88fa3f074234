// Settings' "Backup and transfer": opens the backup and import screens; the CSV exports (every
// receipt, every address, written by the background) download at once.
import { useState } from 'preact/hooks';
import { ApiError, call } from '../../api';
import { errorText, t } from '../../i18n';
import { CSV_TYPE, download } from '../../lib/download';
import type { Screen } from './screens';

const OPENERS: [Screen, string][] = [
  ['export-backup', 'exportBackup'],
  ['import-backup', 'importBackup'],
  ['import-bitwarden', 'importBitwarden'],
  ['import-receipts', 'importReceiptsCsv'],
];

export function TransferSection({ onOpen }: { onOpen(s: Screen): void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function exportCsv(kind: 'receipt' | 'address') {
    setMessage(null);
    try {
      const res = await call({ type: 'export.csv', kind });
      download(res.fileName, res.csv, CSV_TYPE);
      setMessage({ ok: true, text: t('csvExported', String(res.count), res.fileName) });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? errorText(err.code) : t('error_internal') });
    }
  }

  return (
    <div class="card-form">
      <h2>{t('transferTitle')}</h2>
      <div class="actions">
        {OPENERS.map(([screen, label]) => (
          <button key={screen} type="button" class="secondary" onClick={() => onOpen(screen)}>
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

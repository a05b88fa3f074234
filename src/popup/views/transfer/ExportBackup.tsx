// An encrypted backup file: everything or the kinds chosen, under a password of its own (typed
// twice, strength shown, derived with the vault's KDF by the background), handed to the downloads.
import { useState } from 'preact/hooks';
import { ITEM_KINDS, type ItemKind } from '../../../core/types';
import { call } from '../../api';
import { failureText, t } from '../../i18n';
import { download } from '../../lib/download';
import { NewPasswordFields, useNewPassword } from '../NewPassword';
import { KIND_LABELS } from './screens';

export function ExportBackup() {
  const pw = useNewPassword();
  const [everything, setEverything] = useState(true);
  const [kinds, setKinds] = useState<ItemKind[]>([...ITEM_KINDS]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string; damaged?: number } | null>(null);
  const noKind = !everything && kinds.length === 0;

  const toggle = (k: ItemKind, on: boolean) => setKinds((ks) => ITEM_KINDS.filter((x) => (x === k ? on : ks.includes(x))));

  async function submit(e: Event) {
    e.preventDefault();
    if ((await pw.check()) || noKind) return;
    setBusy(true);
    setMessage(null);
    try {
      const res = await call({ type: 'backup.export', password: pw.first, ...(everything ? {} : { kinds }) });
      download(res.fileName, res.file, 'application/json');
      pw.setFirst('');
      pw.setSecond('');
      setMessage({ ok: true, text: t('backupExported', String(res.count), res.fileName), damaged: res.damaged });
    } catch (err) {
      setMessage({ ok: false, text: failureText(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card-form" onSubmit={submit}>
      <h2>{t('exportBackup')}</h2>
      <p class="hint">{t('exportBackupHint')}</p>
      <fieldset>
        <legend>{t('backupWhat')}</legend>
        <label class="check">
          <input type="radio" name="backup-what" checked={everything} onChange={() => setEverything(true)} />
          {t('backupEverything')}
        </label>
        <label class="check">
          <input type="radio" name="backup-what" checked={!everything} onChange={() => setEverything(false)} />
          {t('backupChoose')}
        </label>
        {!everything &&
          ITEM_KINDS.map((k) => (
            <label class="check indent" key={k}>
              <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => toggle(k, e.currentTarget.checked)} />
              {t(KIND_LABELS[k])}
            </label>
          ))}
        {noKind && <p class="warn">{t('errChooseKind')}</p>}
      </fieldset>
      <NewPasswordFields pw={pw} label={t('backupPassword')} againLabel={t('backupPasswordAgain')} />
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {message?.damaged ? <p class="warn">{t('backupDamagedLeftOut', String(message.damaged))}</p> : null}
      <button type="submit" disabled={busy || !pw.ready || noKind}>
        {busy ? t('working') : t('exportBackupButton')}
      </button>
    </form>
  );
}

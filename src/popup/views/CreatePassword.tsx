// First run: choose the master password, typed twice, with its strength shown as you type.
import { useState } from 'preact/hooks';
import type { VaultStatus } from '../../core/types';
import { call } from '../api';
import { failureText, t } from '../i18n';
import { NewPasswordFields, useNewPassword } from './NewPassword';

export function CreatePassword({ onDone }: { onDone(s: VaultStatus): void }) {
  const pw = useNewPassword();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const problem = await pw.check();
    if (problem) return setError(problem);
    setBusy(true);
    try {
      onDone(await call({ type: 'vault.create', password: pw.first }));
    } catch (err) {
      setError(failureText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card-form" onSubmit={submit}>
      <h2>{t('createTitle')}</h2>
      <p class="hint">{t('createHint')}</p>
      <NewPasswordFields pw={pw} label={t('masterPassword')} againLabel={t('confirmPassword')} autoFocus />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !pw.ready}>
        {busy ? t('working') : t('createButton')}
      </button>
    </form>
  );
}

// Change the master password: the current one, then a new one (strong enough, typed twice).
import { useState } from 'preact/hooks';
import { call } from '../../api';
import { failureText, t } from '../../i18n';
import { NewPasswordFields, useNewPassword } from '../NewPassword';
import { PasswordField } from '../PasswordField';

export function ChangePassword() {
  const [current, setCurrent] = useState('');
  const pw = useNewPassword();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    // A submit right after typing (a paste and Enter) waits for the strength rather than call it weak.
    const problem = await pw.check();
    if (problem || !current) return setMessage({ ok: false, text: problem ?? t('passwordsDiffer') });
    setBusy(true);
    try {
      await call({ type: 'vault.changePassword', current, next: pw.first });
      setCurrent('');
      pw.setFirst('');
      pw.setSecond('');
      setMessage({ ok: true, text: t('passwordChanged') });
    } catch (err) {
      setMessage({ ok: false, text: failureText(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card-form" onSubmit={submit}>
      <h2>{t('changePassword')}</h2>
      <PasswordField label={t('currentPassword')} value={current} onInput={setCurrent} autoComplete="current-password" />
      <NewPasswordFields pw={pw} label={t('newPassword')} againLabel={t('newPasswordAgain')} />
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy || !current || !pw.first || !pw.second}>
        {t('changePasswordButton')}
      </button>
    </form>
  );
}

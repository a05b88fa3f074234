// Change the master password: the current one, then a new one (strong enough, typed twice).
import { useState } from 'preact/hooks';
import { call } from '../../api';
import { failureText, t } from '../../i18n';
import { MIN_STRENGTH } from '../../strength';
import { usePasswordStrength } from '../NewPassword';
import { PasswordField } from '../PasswordField';

export function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const strength = usePasswordStrength(next);

  const problem = !next ? null : strength < MIN_STRENGTH ? t('passwordTooWeak') : again && again !== next ? t('passwordsDiffer') : null;

  async function submit(e: Event) {
    e.preventDefault();
    if (problem || !current || next !== again) return setMessage({ ok: false, text: problem ?? t('passwordsDiffer') });
    setBusy(true);
    try {
      await call({ type: 'vault.changePassword', current, next });
      setCurrent('');
      setNext('');
      setAgain('');
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
      <PasswordField label={t('newPassword')} value={next} onInput={setNext} autoComplete="new-password" />
      {next && <span class="hint" data-testid="new-strength">{t(`strength${strength}`)}</span>}
      <PasswordField label={t('newPasswordAgain')} value={again} onInput={setAgain} autoComplete="new-password" />
      {problem && <p class="warn">{problem}</p>}
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy || !current || !next || !again}>
        {t('changePasswordButton')}
      </button>
    </form>
  );
}

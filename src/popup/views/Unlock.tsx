// Unlock with the master password; after too many wrong ones, says how long to wait.
import { useEffect, useState } from 'preact/hooks';
import type { VaultStatus } from '../../core/types';
import { ApiError, call } from '../api';
import { errorText, t } from '../i18n';
import { PasswordField } from './PasswordField';

export function Unlock({ status, onDone }: { status: VaultStatus; onDone(s: VaultStatus): void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(Date.now() + status.retryAfterMs);
  const [now, setNow] = useState(Date.now());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);

  const waitMs = Math.max(0, waitUntil - now);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const next = await call({ type: 'vault.unlock', password });
      setPassword('');
      onDone(next);
    } catch (err) {
      if (err instanceof ApiError) {
        setError(errorText(err.code, err.retryAfterMs));
        if (err.retryAfterMs) setWaitUntil(Date.now() + err.retryAfterMs);
      } else setError(t('error_internal'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card-form" onSubmit={submit}>
      <h2>{t('unlockTitle')}</h2>
      <PasswordField label={t('masterPassword')} value={password} onInput={setPassword} autoFocus autoComplete="current-password" />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {waitMs > 0 && (
        <p class="warn" data-testid="throttle">
          {t('error_throttled', String(Math.ceil(waitMs / 1000)))}
        </p>
      )}
      <button type="submit" disabled={busy || waitMs > 0 || !password}>
        {busy ? t('working') : t('unlockButton')}
      </button>
    </form>
  );
}

// Popup shell: shows the screen that fits the vault's state and keeps that state current.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VaultStatus } from '../core/types';
import { ApiError, call } from './api';
import { errorText, t } from './i18n';
import { CreatePassword } from './views/CreatePassword';
import { Unlock } from './views/Unlock';
import { VaultHome } from './views/VaultHome';

export function App() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await call({ type: 'vault.status' }));
      setFatal(null);
    } catch (e) {
      setFatal(e instanceof ApiError ? errorText(e.code) : t('error_internal'));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // The wallet can lock itself (idle timer, OS lock) while the popup is open.
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [refresh]);

  const lockLabel = status?.state === 'unlocked' ? t('stateUnlocked') : t('stateLocked');
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        {status && status.state !== 'no-vault' && (
          <span class={`lock-state ${status.state}`} data-testid="lock-state" aria-live="polite">
            {lockLabel}
          </span>
        )}
      </header>
      {fatal && (
        <p class="error" role="alert">
          {fatal}
        </p>
      )}
      {!fatal && status?.state === 'no-vault' && <CreatePassword onDone={setStatus} />}
      {!fatal && status?.state === 'locked' && <Unlock status={status} onDone={setStatus} />}
      {!fatal && status?.state === 'unlocked' && <VaultHome onLocked={setStatus} />}
    </main>
  );
}

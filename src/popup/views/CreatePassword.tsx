// First run: choose the master password, typed twice, with its strength shown as you type.
import { useEffect, useState } from 'preact/hooks';
import type { VaultStatus } from '../../core/types';
import { ApiError, call } from '../api';
import { errorText, t } from '../i18n';
import { MIN_STRENGTH, passwordStrength, type Strength } from '../strength';
import { PasswordField } from './PasswordField';

const STRENGTH_KEYS = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'];

export function CreatePassword({ onDone }: { onDone(s: VaultStatus): void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [strength, setStrength] = useState<Strength>(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void passwordStrength(first).then((s) => live && setStrength(s));
    return () => {
      live = false;
    };
  }, [first]);

  const mismatch = second.length > 0 && first !== second;
  const strongEnough = strength >= MIN_STRENGTH;

  async function submit(e: Event) {
    e.preventDefault();
    if (!strongEnough) return setError(t('passwordTooWeak'));
    if (first !== second) return setError(t('passwordsDiffer'));
    setBusy(true);
    try {
      onDone(await call({ type: 'vault.create', password: first }));
    } catch (err) {
      setError(err instanceof ApiError ? errorText(err.code) : t('error_internal'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card-form" onSubmit={submit}>
      <h2>{t('createTitle')}</h2>
      <p class="hint">{t('createHint')}</p>
      <PasswordField label={t('masterPassword')} value={first} onInput={setFirst} autoFocus autoComplete="new-password" />
      <div class="strength" data-score={strength} aria-live="polite">
        <meter min={0} max={4} value={strength} aria-label={t('strengthLabel')} />
        <span data-testid="strength">{first ? t(STRENGTH_KEYS[strength]!) : ''}</span>
      </div>
      <PasswordField label={t('confirmPassword')} value={second} onInput={setSecond} autoComplete="new-password" />
      {mismatch && <p class="warn">{t('passwordsDiffer')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !strongEnough || first !== second}>
        {busy ? t('working') : t('createButton')}
      </button>
    </form>
  );
}

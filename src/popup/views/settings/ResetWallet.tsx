// Erase everything, once the user has typed the confirmation word of their language.
import { useState } from 'preact/hooks';
import { RESET_CONFIRMATION } from '../../../core/protocol';
import type { VaultStatus } from '../../../core/types';
import { call } from '../../api';
import { TextField } from '../../components/Field';
import { failureText, t } from '../../i18n';

export function ResetWallet({ onReset }: { onReset(s: VaultStatus): void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const word = t('resetWord');
  const matches = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
  async function submit(e: Event) {
    e.preventDefault();
    if (!matches) return;
    try {
      onReset(await call({ type: 'vault.reset', confirm: RESET_CONFIRMATION }));
    } catch (err) {
      setError(failureText(err));
    }
  }
  return (
    <form class="card-form danger-zone" onSubmit={submit}>
      <h2>{t('resetTitle')}</h2>
      <p class="hint">{t('resetHint', word)}</p>
      <TextField label={t('resetConfirmLabel', word)} value={typed} onInput={setTyped} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="danger" disabled={!matches}>
        {t('resetButton')}
      </button>
    </form>
  );
}

// A new password typed twice with its strength shown as it is typed: the master password at first
// run and when it is changed, and a backup file's password.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { MIN_STRENGTH, passwordStrength, type Strength } from '../strength';
import { PasswordField } from './PasswordField';

const STRENGTH_KEYS = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'];

/** The strength of `pw` once estimated; 0 while the estimate (a lazy import) is on its way, never an older password's. */
function usePasswordStrength(pw: string): Strength {
  const [known, setKnown] = useState<{ pw: string; strength: Strength }>({ pw: '', strength: 0 });
  useEffect(() => {
    let live = true;
    void passwordStrength(pw).then((strength) => live && setKnown({ pw, strength }));
    return () => {
      live = false;
    };
  }, [pw]);
  return known.pw === pw ? known.strength : 0;
}

export interface NewPasswordState {
  first: string;
  second: string;
  setFirst(v: string): void;
  setSecond(v: string): void;
  strength: Strength;
  /** Strong enough (by an estimate already in) and typed the same twice. */
  ready: boolean;
  /** Why it cannot be used, or null, once the strength of what is typed now is known: what a submit checks. */
  check(): Promise<string | null>;
}

export function useNewPassword(): NewPasswordState {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const strength = usePasswordStrength(first);
  const problemAt = (s: Strength) => (s < MIN_STRENGTH ? t('passwordTooWeak') : first !== second ? t('passwordsDiffer') : null);
  const check = async () => problemAt(await passwordStrength(first));
  return { first, second, setFirst, setSecond, strength, ready: problemAt(strength) === null, check };
}

export function NewPasswordFields({ pw, label, againLabel, autoFocus }: { pw: NewPasswordState; label: string; againLabel: string; autoFocus?: boolean }) {
  const mismatch = pw.second.length > 0 && pw.first !== pw.second;
  return (
    <>
      <PasswordField label={label} value={pw.first} onInput={pw.setFirst} autoFocus={autoFocus} autoComplete="new-password" />
      <div class="strength" data-score={pw.strength} aria-live="polite">
        <meter min={0} max={4} value={pw.strength} aria-label={t('strengthLabel')} />
        <span data-testid="strength">{pw.first ? t(STRENGTH_KEYS[pw.strength]!) : ''}</span>
      </div>
      <PasswordField label={againLabel} value={pw.second} onInput={pw.setSecond} autoComplete="new-password" />
      {mismatch && <p class="warn">{t('passwordsDiffer')}</p>}
    </>
  );
}

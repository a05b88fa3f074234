// The frame every manager form shares: title, Save (refused with every message shown while
// something is wrong, the draft kept), Cancel, and an error line when the wallet refuses.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Form } from '../components/use-form';
import { failureText, t } from '../i18n';

interface Props {
  title: string;
  form: Pick<Form<Record<string, string>>, 'attempt'>;
  onSave(): Promise<void>;
  onCancel(): void;
  children: ComponentChildren;
}

export function FormShell({ title, form, onSave, onCancel, children }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    if (!form.attempt()) return setError(t('errFixFields'));
    setBusy(true);
    try {
      setError(null);
      await onSave();
    } catch (err) {
      setError(failureText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="card-form manager-form" onSubmit={submit} noValidate onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2>{title}</h2>
      {children}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

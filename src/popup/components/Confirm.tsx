// An in-page confirmation (a native confirm() would close the toolbar popup in some browsers).
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

export function Confirm({ message, confirmLabel, onConfirm, onCancel }: { message: string; confirmLabel: string; onConfirm(): void; onCancel(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-modal="true" aria-label={message} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p>{message}</p>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="secondary" ref={cancel} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

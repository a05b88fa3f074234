// The running import's progress: backup.importStatus polled while the import request is pending.
import { useEffect, useState } from 'preact/hooks';
import type { ImportStatus } from '../../../core/transfer';
import { call } from '../../api';
import { intlLocale, t } from '../../i18n';

const POLL_MS = 120;
const num = (n: number) => n.toLocaleString(intlLocale());

export function useImportStatus(running: boolean): ImportStatus | null {
  const [status, setStatus] = useState<ImportStatus | null>(null);
  useEffect(() => {
    if (!running) return setStatus(null);
    let live = true;
    let asking = false;
    const timer = setInterval(() => {
      if (asking) return; // one question at a time, however slow the worker is
      asking = true;
      call({ type: 'backup.importStatus' })
        .then((s) => live && setStatus(s), () => {})
        .finally(() => (asking = false));
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [running]);
  return status;
}

function phaseText(s: ImportStatus | null): string {
  if (s?.phase === 'sealing') return t('phaseSealing', num(s.done), num(s.total));
  if (s?.phase === 'writing') return t('phaseWriting', num(s.done), num(s.total));
  return t('phaseReading');
}

/** Reading (and deriving the backup key) has no count: the bar is indeterminate until sealing starts. */
export function ImportProgressBar({ status }: { status: ImportStatus | null }) {
  const counted = (status?.phase === 'sealing' || status?.phase === 'writing') && status.total > 0;
  return (
    <div class="import-progress" data-phase={status?.phase ?? 'reading'}>
      {counted ? (
        <progress max={status.total} value={status.done} aria-label={t('importProgress')} />
      ) : (
        <progress aria-label={t('importProgress')} />
      )}
      <span class="hint" aria-live="polite">
        {phaseText(status)}
      </span>
    </div>
  );
}

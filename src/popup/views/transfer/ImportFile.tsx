// One screen for the three imports: a wallet backup (its password; merge or replace), Bitwarden's
// unencrypted JSON export (merge or replace; security codes only if asked) and receipts from CSV
// (always merged). Replace asks first, naming what it removes. While the import runs a progress bar
// follows it; afterwards the summary says what happened. A bad file changes nothing (the background
// writes all or nothing) and gets its error code's sentence. In the toolbar popup this screen is
// never shown: a file dialog would close the popup, so TransferSection opens it in a tab.
import { useId, useState } from 'preact/hooks';
import type { ImportSummary as Summary } from '../../../core/transfer';
import { MAX_IMPORT_CHARS } from '../../../core/transfer';
import type { ItemKind } from '../../../core/types';
import { call } from '../../api';
import { CheckField } from '../../components/Field';
import { Confirm } from '../../components/Confirm';
import { errorText, failureText, t } from '../../i18n';
import { backupKinds, bitwardenKinds } from '../../lib/file-kinds';
import { useWallet, type Wallet } from '../../store';
import { PasswordField } from '../PasswordField';
import { ImportProgressBar, useImportStatus } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { KIND_LABELS } from './screens';

export type Source = 'backup' | 'bitwarden' | 'receipts';
type Mode = 'merge' | 'replace';

const SOURCES: Record<Source, { title: string; hint: string; fileLabel: string; accept: string; kinds?(text: string): ItemKind[] | null }> = {
  backup: { title: 'importBackup', hint: 'importBackupHint', fileLabel: 'backupFile', accept: '.json,application/json', kinds: backupKinds },
  bitwarden: { title: 'importBitwarden', hint: 'importBitwardenHint', fileLabel: 'bitwardenFile', accept: '.json,application/json', kinds: bitwardenKinds },
  receipts: { title: 'importReceiptsCsv', hint: 'importReceiptsHint', fileLabel: 'receiptsFile', accept: '.csv,text/csv' },
};

/** UTF-8 takes at most 4 bytes a character: a bigger file is over the limit without reading it. */
const MAX_FILE_BYTES = MAX_IMPORT_CHARS * 4;

function startImport(source: Source, text: string, password: string, mode: Mode, includeCsc: boolean): Promise<Summary> {
  if (source === 'backup') return call({ type: 'backup.import', file: text, password, mode });
  if (source === 'bitwarden') return call({ type: 'import.bitwarden', json: text, mode, includeCsc });
  return call({ type: 'import.receiptsCsv', csv: text });
}

/** "Cards (3), Addresses (1)": what the wallet holds of the kinds a replace removes (… while receipts load). */
function heldOf(wallet: Wallet, kinds: readonly ItemKind[]): string {
  const count = (k: ItemKind) => (k === 'receipt' ? (wallet.receipts ? wallet.receipts.length + wallet.damagedReceipts : null) : wallet.items.filter((i) => i.kind === k).length);
  return kinds
    .map((k) => [k, count(k)] as const)
    .filter(([, n]) => n !== 0)
    .map(([k, n]) => `${t(KIND_LABELS[k])} (${n ?? '…'})`)
    .join(', ');
}

export function ImportFile({ source }: { source: Source }) {
  const spec = SOURCES[source];
  const wallet = useWallet();
  const [text, setText] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [mode, setMode] = useState<Mode>('merge');
  const [includeCsc, setIncludeCsc] = useState(false);
  const [replacing, setReplacing] = useState<ItemKind[] | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const status = useImportStatus(running);
  const fileId = useId();

  async function choose(input: HTMLInputElement) {
    const f = input.files?.[0];
    setText(null);
    setSummary(null);
    setError(null);
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) return setError(errorText('too-large'));
    const read = await f.text();
    // Refused here too: a file far over the limit would also be over the browser's message size.
    if (read.length > MAX_IMPORT_CHARS) return setError(errorText('too-large'));
    setText(read);
  }

  async function run() {
    if (text === null) return;
    setReplacing(null);
    setRunning(true);
    setError(null);
    setSummary(null);
    try {
      setSummary(await startImport(source, text, password, mode, includeCsc));
      setPassword('');
      await wallet.reload();
    } catch (err) {
      setError(failureText(err));
    } finally {
      setRunning(false);
    }
  }

  function submit(e: Event) {
    e.preventDefault();
    if (text === null) return;
    const kinds = mode === 'replace' ? spec.kinds?.(text) : null;
    if (kinds?.includes('receipt')) wallet.loadReceipts();
    // Ask first unless nothing of those kinds is held (or the file is unreadable: its import fails and removes nothing).
    if (kinds && heldOf(wallet, kinds)) return setReplacing(kinds);
    void run();
  }

  return (
    <form class="card-form" onSubmit={submit}>
      <h2>{t(spec.title)}</h2>
      <p class="hint">{t(spec.hint)}</p>
      <div class="field">
        <label for={fileId}>{t(spec.fileLabel)}</label>
        <input id={fileId} type="file" accept={spec.accept} disabled={running} onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {source === 'backup' && <PasswordField label={t('backupPassword')} value={password} onInput={setPassword} autoComplete="current-password" />}
      {source !== 'receipts' && (
        <fieldset>
          <legend>{t('importMode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label class="check" key={m}>
              <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(m === 'merge' ? 'modeMerge' : 'modeReplace')}
            </label>
          ))}
        </fieldset>
      )}
      {source === 'bitwarden' && <CheckField label={t('includeCsc')} checked={includeCsc} onChange={setIncludeCsc} />}
      {replacing && (
        <Confirm message={t('confirmReplace', heldOf(wallet, replacing))} confirmLabel={t('replaceButton')} onConfirm={() => void run()} onCancel={() => setReplacing(null)} />
      )}
      {running && <ImportProgressBar status={status} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={running || !!replacing || text === null || (source === 'backup' && !password)}>
        {running ? t('working') : t('importButton')}
      </button>
      {summary && <ImportSummary summary={summary} lines={source === 'receipts'} />}
    </form>
  );
}

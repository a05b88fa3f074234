// One import at a time, and how far it has got, for the popup's progress bar (`backup.importStatus`).
// Kept in memory only: after a worker restart the status is idle again (and the interrupted import
// left the vault as it was, see Vault.commitImport).
import { WalletError } from '../../core/errors';
import type { ImportPhase, ImportStatus } from '../../core/transfer';

export type ReportProgress = (phase: ImportPhase, done: number, total: number) => void;

export class ImportProgress {
  private current: ImportStatus = { phase: 'idle', done: 0, total: 0 };
  private running = false;

  status(): ImportStatus {
    return { ...this.current };
  }

  async run<T>(op: (report: ReportProgress) => Promise<T>): Promise<T> {
    if (this.running) throw new WalletError('busy', 'Another import is running; wait for it to finish.');
    this.running = true;
    const report: ReportProgress = (phase, done, total) => {
      this.current = { phase, done, total };
    };
    report('reading', 0, 0);
    try {
      const result = await op(report);
      report('done', this.current.total, this.current.total);
      return result;
    } catch (e) {
      report('failed', this.current.done, this.current.total);
      throw e;
    } finally {
      this.running = false;
    }
  }
}

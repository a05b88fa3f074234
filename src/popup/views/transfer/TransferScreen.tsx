// One backup or import screen, with the way back to the settings.
import { t } from '../../i18n';
import { ExportBackup } from './ExportBackup';
import { ImportFile } from './ImportFile';
import type { Screen } from './screens';

export function TransferScreen({ screen, onBack }: { screen: Screen; onBack(): void }) {
  return (
    <section class="settings">
      <div>
        <button type="button" class="link" onClick={onBack}>
          {t('backToSettings')}
        </button>
      </div>
      {screen === 'export-backup' && <ExportBackup />}
      {screen === 'import-backup' && <ImportFile source="backup" />}
      {screen === 'import-bitwarden' && <ImportFile source="bitwarden" />}
      {screen === 'import-receipts' && <ImportFile source="receipts" />}
    </section>
  );
}

// Settings: locking, filling, language, excluded sites, backup and transfer, master password, reset.
// A backup or import screen, once opened, takes the whole tab until the user goes back.
import { useState } from 'preact/hooks';
import { LOCK_MINUTES, UI_LANGUAGES } from '../../../core/schemas';
import type { Settings, VaultStatus } from '../../../core/types';
import { CheckField, SelectField } from '../../components/Field';
import { t } from '../../i18n';
import { useWallet } from '../../store';
import { ChangePassword } from './ChangePassword';
import { ExcludedSites } from './ExcludedSites';
import { ResetWallet } from './ResetWallet';
import { TransferScreen } from '../transfer/TransferScreen';
import { TransferSection } from '../transfer/TransferSection';
import { startScreen, type Screen } from '../transfer/screens';

/** Each language is named in itself, so anyone can find their own. */
const LANGUAGE_NAMES: Record<Exclude<Settings['language'], 'auto'>, string> = { en: 'English', fr: 'Français', zh_CN: '中文（简体）' };

export function SettingsTab({ onReset }: { onReset(s: VaultStatus): void }) {
  const wallet = useWallet();
  const s = wallet.settings;
  const [screen, setScreen] = useState<Screen | null>(startScreen);
  if (screen) return <TransferScreen screen={screen} onBack={() => setScreen(null)} />;
  return (
    <section class="settings">
      <div class="card-form">
        <SelectField
          label={t('lockAfter')}
          value={String(s.lockMinutes)}
          onChange={(v) => void wallet.setSettings({ lockMinutes: Number(v) as Settings['lockMinutes'] })}
          options={LOCK_MINUTES.map((m) => [String(m), t('minutes', String(m))])}
        />
        <CheckField label={t('lockOnOsLock')} checked={s.lockOnOsLock} onChange={(lockOnOsLock) => void wallet.setSettings({ lockOnOsLock })} />
        <CheckField label={t('askBeforeFillingCards')} checked={s.askBeforeFillingCards} onChange={(askBeforeFillingCards) => void wallet.setSettings({ askBeforeFillingCards })} />
        <SelectField
          label={t('language')}
          value={s.language}
          onChange={(v) => void wallet.setSettings({ language: v as Settings['language'] })}
          options={UI_LANGUAGES.map((l) => [l, l === 'auto' ? t('languageAuto') : LANGUAGE_NAMES[l]])}
        />
      </div>
      <ExcludedSites />
      <TransferSection onOpen={setScreen} />
      <ChangePassword />
      <ResetWallet onReset={onReset} />
    </section>
  );
}

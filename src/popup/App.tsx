// Popup shell: loads the settings (and with them the chosen language), shows the screen that fits
// the vault's state and keeps that state current. `?view=tab` is the same manager in a full tab.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings, type VaultStatus } from '../core/types';
import { call } from './api';
import { failureText, loadLanguage, t } from './i18n';
import { CreatePassword } from './views/CreatePassword';
import { Manager } from './views/Manager';
import { OffersWaiting } from './views/OfferBanner';
import { Unlock } from './views/Unlock';

const inTab = new URLSearchParams(location.search).get('view') === 'tab';

export function App() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await call({ type: 'vault.status' }));
      setFatal(null);
    } catch (e) {
      setFatal(failureText(e));
    }
  }, []);

  const applySettings = useCallback(async (s: Settings) => {
    await loadLanguage(s.language);
    setSettings(s);
  }, []);

  useEffect(() => {
    document.body.classList.toggle('in-tab', inTab);
    void refresh();
    void call({ type: 'settings.get' }).then(applySettings, () => applySettings({ ...DEFAULT_SETTINGS, excludedSites: [] }));
    // The wallet can lock itself (idle timer, OS lock) while the popup is open.
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [refresh, applySettings]);

  const onReset = useCallback(
    async (s: VaultStatus) => {
      await applySettings(await call({ type: 'settings.get' }));
      setStatus(s);
    },
    [applySettings],
  );

  if (!settings) return null; // the language is not known yet: a few ms, no flash of the wrong one
  const unlocked = status?.state === 'unlocked';
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        {status && status.state !== 'no-vault' && (
          <span class={`lock-state ${status.state}`} data-testid="lock-state" aria-live="polite">
            {unlocked ? t('stateUnlocked') : t('stateLocked')}
          </span>
        )}
        {unlocked && !inTab && (
          <button
            type="button"
            class="secondary small icon"
            aria-label={t('openInTab')}
            title={t('openInTab')}
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('popup.html?view=tab') })}
          >
            <span aria-hidden="true">⤢</span>
          </button>
        )}
        {unlocked && (
          <button type="button" class="small" onClick={async () => setStatus(await call({ type: 'vault.lock' }))}>
            {t('lockButton')}
          </button>
        )}
      </header>
      {fatal && (
        <p class="error" role="alert">
          {fatal}
        </p>
      )}
      {!fatal && status?.state === 'no-vault' && <CreatePassword onDone={setStatus} />}
      {!fatal && status?.state === 'locked' && <OffersWaiting />}
      {!fatal && status?.state === 'locked' && <Unlock status={status} onDone={setStatus} />}
      {!fatal && unlocked && <Manager settings={settings} onSettings={(s) => void applySettings(s)} onReset={(s) => void onReset(s)} />}
    </main>
  );
}

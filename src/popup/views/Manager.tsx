// The unlocked wallet: tabs for cards, addresses, profiles, receipts and settings. Arrow keys move
// between tabs (WAI-ARIA tabs pattern).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, VaultStatus } from '../../core/types';
import { t } from '../i18n';
import { useWalletState, WalletContext } from '../store';
import { CardsTab } from './cards/CardsTab';
import { lazyView } from './lazy-view';
import { OfferBanner } from './OfferBanner';
import { startScreen } from './transfer/screens';

const PlacesTab = lazyView(() => import('./places/PlacesTab').then((m) => m.PlacesTab));
const ProfilesTab = lazyView(() => import('./profiles/ProfilesTab').then((m) => m.ProfilesTab));
const ReceiptsTab = lazyView(() => import('./receipts/ReceiptsTab').then((m) => m.ReceiptsTab));
const SettingsTab = lazyView(() => import('./settings/SettingsTab').then((m) => m.SettingsTab));

const TABS = ['cards', 'places', 'profiles', 'receipts', 'settings'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS: Record<Tab, string> = { cards: 'tabCards', places: 'tabAddresses', profiles: 'tabProfiles', receipts: 'tabReceipts', settings: 'tabSettings' };

export function Manager({ settings, onSettings, onReset }: { settings: Settings; onSettings(s: Settings): void; onReset(s: VaultStatus): void }) {
  const wallet = useWalletState(settings, onSettings);
  const [tab, setTab] = useState<Tab>(() => (startScreen() ? 'settings' : 'cards'));
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    // For the bench and for anyone profiling: when the first screen had its data.
    if (!wallet.ready) return;
    requestAnimationFrame(() => performance.mark('wallet:first-screen'));
    // Fetch the other tabs' code once the first screen is up, so switching tabs does not wait.
    const timer = setTimeout(() => [PlacesTab, ProfilesTab, ReceiptsTab, SettingsTab].forEach((v) => void v.preload()), 300);
    return () => clearTimeout(timer);
  }, [wallet.ready]);

  function onKey(e: KeyboardEvent) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <WalletContext.Provider value={wallet}>
      {wallet.ready && <OfferBanner />}
      <nav role="tablist" class="tabs" aria-label={t('extName')} onKeyDown={onKey}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={tab === k}
            aria-controls="tabpanel"
            tabIndex={tab === k ? 0 : -1}
            ref={(el) => {
              tabRefs.current[k] = el;
            }}
            onClick={() => setTab(k)}
          >
            {t(TAB_KEYS[k])}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {!wallet.ready && <p class="hint">{t('loading')}</p>}
        {wallet.ready && tab === 'cards' && <CardsTab />}
        {wallet.ready && tab === 'places' && <PlacesTab />}
        {wallet.ready && tab === 'profiles' && <ProfilesTab />}
        {wallet.ready && tab === 'receipts' && <ReceiptsTab />}
        {wallet.ready && tab === 'settings' && <SettingsTab onReset={onReset} />}
      </div>
    </WalletContext.Provider>
  );
}

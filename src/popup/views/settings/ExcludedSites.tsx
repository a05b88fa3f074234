// Sites where the wallet never offers to fill or save: origins, added and removed here.
import { useState } from 'preact/hooks';
import { TextField } from '../../components/Field';
import { siteOrigin } from '../../lib/form-checks';
import { t } from '../../i18n';
import { useWallet } from '../../store';

/** "shop.example/path" → "https://shop.example": people paste addresses, the setting wants origins. */
function toOrigin(text: string): string {
  const s = text.trim();
  try {
    return new URL(/^https?:\/\//.test(s) ? s : `https://${s}`).origin;
  } catch {
    return s;
  }
}

export function ExcludedSites() {
  const wallet = useWallet();
  const [site, setSite] = useState('');
  const [tried, setTried] = useState(false);
  const sites = wallet.settings.excludedSites;
  const error = site || tried ? siteOrigin(toOrigin(site)) : null;
  async function add(e: Event) {
    e.preventDefault();
    setTried(true);
    if (siteOrigin(toOrigin(site))) return;
    const o = toOrigin(site);
    if (!sites.includes(o)) await wallet.setSettings({ excludedSites: [...sites, o] });
    setSite('');
    setTried(false);
  }
  return (
    <form class="card-form" onSubmit={add}>
      <h2>{t('excludedSites')}</h2>
      {sites.length > 0 && (
      <ul class="rows" aria-label={t('excludedSites')}>
        {sites.map((s) => (
          <li key={s}>
            <span class="grow">{s}</span>
            <button type="button" class="link danger" aria-label={`${t('remove')}: ${s}`} onClick={() => void wallet.setSettings({ excludedSites: sites.filter((x) => x !== s) })}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      )}
      <TextField label={t('addExcludedSite')} value={site} onInput={setSite} placeholder="https://shop.example" error={error} />
      <button type="submit" class="secondary">
        {t('add')}
      </button>
    </form>
  );
}

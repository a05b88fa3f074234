// The backup and transfer screens of the settings tab, and how a tab opened for a file chooser
// asks for one (`popup.html?view=tab&screen=import-backup`).
import browser from 'webextension-polyfill';
import type { ItemKind } from '../../../core/types';

export const SCREENS = ['export-backup', 'import-backup', 'import-bitwarden', 'import-receipts'] as const;
export type Screen = (typeof SCREENS)[number];

export function startScreen(): Screen | null {
  const s = new URLSearchParams(location.search).get('screen');
  return (SCREENS as readonly (string | null)[]).includes(s) ? (s as Screen) : null;
}

/** The same screen in a full tab, where the file chooser does not close the page. */
export async function openScreenInTab(screen: Screen): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?view=tab&screen=${screen}`) });
  window.close();
}

/** Message keys naming each kind in lists and summaries. */
export const KIND_LABELS: Record<ItemKind, string> = {
  card: 'tabCards',
  loyalty: 'loyaltyCards',
  address: 'addresses',
  identity: 'identities',
  profile: 'tabProfiles',
  receipt: 'tabReceipts',
};

/** Bitwarden entry types the wallet does not hold, as the background counts them. */
export const IGNORED_LABELS: Record<string, string> = { login: 'ignoredLogins', secureNote: 'ignoredNotes', sshKey: 'ignoredSshKeys' };

/** The toolbar popup has no tab of its own (a page opened in a tab, even without ?view=tab, has one). */
export async function inToolbarPopup(): Promise<boolean> {
  return (await browser.tabs.getCurrent()) === undefined;
}

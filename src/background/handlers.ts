// What each request does. Vault management is for extension pages; content scripts get only what a
// fill needs, for their own tab and frame (taken from the sender, never from the message).
import * as v from 'valibot';
import { WalletError } from '../core/errors';
import type { ToContent } from '../core/fill';
import { DEFAULT_KDF, type KdfParams } from '../core/kdf';
import type { ContentRequest, MenuRequest, PageRequest, ResponseMap } from '../core/protocol';
import { EXCLUDED_SITES_MAX, origin } from '../core/schemas';
import type { VaultStatus } from '../core/types';
import { makeTransferHandlers } from './backup/handlers';
import { OfferCoordinator } from './capture/offers';
import type { PendingOffers } from './capture/pending';
import { ReceiptRecorder } from './capture/receipts';
import { makeSubmittedHandler } from './capture/submitted';
import { ImportProgress } from './backup/progress';
import { FillCoordinator } from './fill-coordinator';
import type { ContentSender, Handlers } from './router';
import type { SessionStore, WalletSession } from './session';
import type { SettingsStore } from './settings';
import type { UnlockThrottle } from './unlock-throttle';
import type { Vault } from './vault';

export interface Deps {
  vault: Vault;
  session: WalletSession;
  throttle: UnlockThrottle;
  settings: SettingsStore;
  /** KDF for new backup files (the vault's default unless a test passes a cheap one). */
  backupKdf?: KdfParams;
  /** storage.session: what receipts need between a fill and the vault write (memory only). */
  sessionStore: SessionStore;
  /** A frame's count of the fields it can fill, and when its document started. */
  showFormsFound(tabId: number, frameId: number, fields: number, since: number): Promise<void>;
  /** Save/update offers waiting after a submitted checkout (storage.session, alarm expiry). */
  pending: PendingOffers;
  /** The badge of a tab where an offer waits; without it (tests of other requests) no badge. */
  showOffer?(tabId: number, pending: boolean): Promise<void>;
  /** Tabs for fills; without it (tests of other requests) no tab is active, so nothing is filled. */
  tabs?: {
    /** The active tab of the focused window. */
    activeTabId(): Promise<number | undefined>;
    sendToFrame(tabId: number, frameId: number, documentId: string | undefined, msg: ToContent): Promise<unknown>;
  };
  newToken?(): string;
  now?(): number;
}

const randomToken = () => Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, '0')).join('');

export type WalletHandlers = Handlers & { fill: FillCoordinator; receipts: ReceiptRecorder; offers: OfferCoordinator };

const MIN_PASSWORD_LENGTH = 8;
type OfferFrameRequest = Extract<MenuRequest, { type: `offer.${string}` }>;

export function makeHandlers(d: Deps): WalletHandlers {
  async function status(): Promise<VaultStatus> {
    const retryAfterMs = await d.throttle.retryAfterMs();
    if (!(await d.vault.exists())) return { state: 'no-vault', retryAfterMs };
    return { state: (await d.session.isUnlocked()) ? 'unlocked' : 'locked', retryAfterMs };
  }

  async function requireKey(): Promise<CryptoKey> {
    const key = await d.session.key();
    if (!key) throw new WalletError('locked', 'The wallet is locked.');
    await d.session.touch();
    return key;
  }

  /** Runs a master-password check under the wrong-password throttle (unlock and password change). */
  async function checkingPassword<T>(op: () => Promise<T>): Promise<T> {
    const wait = await d.throttle.retryAfterMs();
    if (wait > 0) throw new WalletError('throttled', 'Too many wrong passwords.', wait);
    try {
      const result = await op();
      await d.throttle.reset();
      return result;
    } catch (e) {
      if (!(e instanceof WalletError) || e.code !== 'wrong-password') throw e;
      await d.throttle.recordFailure();
      const retryAfterMs = await d.throttle.retryAfterMs();
      throw new WalletError('wrong-password', e.message, retryAfterMs > 0 ? retryAfterMs : undefined);
    }
  }

  /** Adds a site to the excluded sites ("never offer on this site", from the menu or the save offer). */
  async function excludeSite(site: string): Promise<void> {
    const { excludedSites } = await d.settings.get();
    if (excludedSites.includes(site)) return;
    // A list past the cap would fail the settings schema and fall back to none at all.
    if (excludedSites.length >= EXCLUDED_SITES_MAX) throw new WalletError('list-full', 'The list of excluded sites is full.');
    if (!v.is(origin, site)) throw new WalletError('forbidden', 'Not a site that can be excluded.');
    await d.settings.update({ excludedSites: [...excludedSites, site] });
  }

  const receipts = new ReceiptRecorder({
    store: d.sessionStore,
    vault: d.vault,
    key: () => d.session.key(),
    newId: () => crypto.randomUUID(),
    now: d.now ?? Date.now,
    topURL: (tabId: number): string | undefined => fill.topURL(tabId),
  });
  const sendToFrame = d.tabs?.sendToFrame ?? (async () => null);
  const offers = new OfferCoordinator({
    pending: d.pending,
    state: async () => (await status()).state,
    items: async () => d.vault.list(await requireKey(), ['card', 'address']),
    put: async (item) => d.vault.put(await requireKey(), item),
    settings: () => d.settings.get(),
    topURL: (tabId) => fill.topURL(tabId),
    excludeSite,
    unlock: (password) => page['vault.unlock']({ type: 'vault.unlock', password }),
    showPending: d.showOffer ?? (async () => undefined),
    sendToFrame,
    newToken: d.newToken ?? randomToken,
    now: d.now ?? Date.now,
  });

  const submitted = makeSubmittedHandler({
    recordReceipt: (sender, req) => receipts.record(sender, req),
    offerSave: (sender, sections) => offers.offerSave(sender, sections),
  });

  const page: { [T in PageRequest['type']]: (req: Extract<PageRequest, { type: T }>) => Promise<ResponseMap[T]> } = {
    'vault.status': status,
    'vault.create': async ({ password }) => {
      if ([...password].length < MIN_PASSWORD_LENGTH) {
        throw new WalletError('weak-password', `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
      }
      await d.session.open(await d.vault.create(password));
      return status();
    },
    'vault.unlock': async ({ password }) => {
      await d.session.open(await checkingPassword(() => d.vault.unlock(password)));
      await receipts.flush(); // receipts of checkouts submitted while locked
      return status();
    },
    'vault.lock': async () => {
      await d.session.lock();
      return status();
    },
    'vault.changePassword': async ({ current, next }) => {
      await requireKey();
      if ([...next].length < MIN_PASSWORD_LENGTH) {
        throw new WalletError('weak-password', `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
      }
      await checkingPassword(() => d.vault.changePassword(current, next));
      return null;
    },
    // Erases everything: the database, the settings and the wrong-password count. Needs no unlock, so
    // someone who forgot the master password can start over; the page must send the confirmation word.
    'vault.reset': async () => {
      await d.session.lock();
      await d.vault.reset();
      await d.settings.clear();
      await d.throttle.reset();
      await receipts.clear();
      return status();
    },
    'settings.get': () => d.settings.get(),
    'settings.set': async ({ settings }) => {
      const next = await d.settings.update(settings);
      await d.session.touch(); // re-arm the idle lock with the new timeout
      return next;
    },
    'items.list': async ({ kinds }) => d.vault.list(await requireKey(), kinds),
    'items.put': async ({ item }) => ({ id: await d.vault.put(await requireKey(), item) }),
    'items.putMany': async ({ items }) => ({ ids: await d.vault.putMany(await requireKey(), items) }),
    'items.delete': async ({ id }) => {
      await requireKey();
      await d.vault.delete(id);
      return null;
    },
    'offers.list': () => offers.list(),
    'offers.answer': ({ id, choice, picks }) => offers.answerById(id, choice, picks),
    ...makeTransferHandlers({
      vault: d.vault,
      progress: new ImportProgress(),
      requireKey,
      backupKdf: d.backupKdf ?? DEFAULT_KDF,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    }),
  };

  const fill = new FillCoordinator({
    activeTabId: d.tabs?.activeTabId ?? (async () => undefined),
    sendToFrame,
    items: async () => d.vault.list(await requireKey()),
    state: async () => (await status()).state,
    settings: () => d.settings.get(),
    excludeSite,
    checkPassword: async (password) => {
      const raw = await checkingPassword(() => d.vault.unlock(password));
      raw.fill(0);
    },
    unlock: (password) => page['vault.unlock']({ type: 'vault.unlock', password }),
    newToken: d.newToken ?? randomToken,
    now: d.now ?? Date.now,
    filled: (tabId, where, entry, items) => receipts.noteFill(tabId, where, entry, items),
  });

  return {
    fill,
    receipts,
    offers,
    page: (req) => (page[req.type] as (r: PageRequest) => Promise<unknown>)(req),
    menu: (req, sender) => (req.type.startsWith('offer.') ? offers.frame(req as OfferFrameRequest, sender) : fill.menu(req, sender)),
    content: async (req: ContentRequest, sender: ContentSender) => {
      switch (req.type) {
        case 'content.formsFound':
          fill.frameReport(sender, req);
          // A sandboxed frame is never filled: its fields do not count.
          await d.showFormsFound(sender.tabId, sender.frameId, req.sandboxed ? 0 : req.payment + req.address, req.since);
          await offers.pageShown(sender);
          return { state: (await status()).state, ...((await receipts.nextPage(sender)) ? { awaitOrder: true as const } : {}) };
        case 'content.menuOpen':
          return fill.openMenu(sender, req);
        case 'content.menuClosed':
          fill.closeMenus(sender.tabId, sender.frameId);
          return null;
        case 'content.fillDefault':
          return fill.fillDefault(sender, req);
        case 'content.submitted':
          return submitted(sender, req);
        case 'content.orderNumber':
          await receipts.orderNumber(sender, req.orderNumber);
          return null;
      }
    },
  };
}

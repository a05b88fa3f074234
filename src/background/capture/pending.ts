// Offers waiting for the user's answer, one per tab: what was typed into a submitted checkout,
// kept only in storage.session (memory, trusted contexts only; never storage.local or disk) so a
// restarted service worker still has it, and for at most OFFER_TTL_MS. The expiry is an alarm per
// offer — alarms survive worker restarts, setTimeout does not — and the alarm wipes it.
import type { SessionStore } from '../session';
import type { CapturedSection } from './captured-items';

export const OFFER_ALARM_PREFIX = 'wallet-offer-expiry:';
export const OFFER_TTL_MS = 5 * 60_000;
const SLOT = 'pendingOffers';

export interface PendingOffer {
  id: string;
  tabId: number;
  /** Origin of the page the form was submitted on. */
  site: string;
  expiresAt: number;
  /** Card and address fields as typed (never a security code). Compared with the vault when unlocked. */
  sections: CapturedSection[];
  /** The token of the offer frame shown for it now, and the frame that owns it (the first to ask). */
  token?: string;
  frameId?: number;
}

export interface OfferAlarms {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

export class PendingOffers {
  /** One read-modify-write at a time: storage.session has no transactions. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SessionStore,
    private readonly alarms: OfferAlarms,
    private readonly now: () => number,
  ) {}

  /** Keeps `offer` (replacing the tab's previous one) and arms its expiry. */
  async put(offer: PendingOffer): Promise<void> {
    const replaced = await this.change((all) => {
      const old = Object.values(all).filter((o) => o.tabId === offer.tabId);
      for (const o of old) delete all[o.id];
      all[offer.id] = offer;
      return old;
    });
    for (const o of replaced) if (o.id !== offer.id) await this.alarms.clear(OFFER_ALARM_PREFIX + o.id);
    await this.alarms.create(OFFER_ALARM_PREFIX + offer.id, { when: offer.expiresAt });
  }

  async update(id: string, patch: Partial<Pick<PendingOffer, 'token' | 'frameId'>>): Promise<void> {
    await this.change((all) => {
      if (all[id]) all[id] = { ...all[id], ...patch };
    });
  }

  /** Live offers (an overdue one whose alarm has not fired yet counts as gone). */
  async all(): Promise<PendingOffer[]> {
    const all = await this.read();
    return Object.values(all).filter((o) => o.expiresAt > this.now());
  }

  async get(id: string): Promise<PendingOffer | undefined> {
    return (await this.all()).find((o) => o.id === id);
  }

  async forTab(tabId: number): Promise<PendingOffer | undefined> {
    return (await this.all()).find((o) => o.tabId === tabId);
  }

  async byToken(token: string): Promise<PendingOffer | undefined> {
    return (await this.all()).find((o) => o.token === token);
  }

  /** Wipes an offer and its alarm. Returns the wiped offer's tab. */
  async remove(id: string): Promise<number | undefined> {
    const gone = await this.change((all) => {
      const o = all[id];
      delete all[id];
      return o;
    });
    await this.alarms.clear(OFFER_ALARM_PREFIX + id);
    return gone?.tabId;
  }

  async forgetTab(tabId: number): Promise<void> {
    for (const o of Object.values(await this.read())) if (o.tabId === tabId) await this.remove(o.id);
  }

  /** The expiry alarm fired: the offer is wiped. Returns its tab (for the badge), if it was ours. */
  async onAlarm(name: string): Promise<number | undefined> {
    if (!name.startsWith(OFFER_ALARM_PREFIX)) return undefined;
    return this.remove(name.slice(OFFER_ALARM_PREFIX.length));
  }

  private async read(): Promise<Record<string, PendingOffer>> {
    await this.queue;
    return ((await this.store.get(SLOT))[SLOT] as Record<string, PendingOffer> | undefined) ?? {};
  }

  private change<T>(op: (all: Record<string, PendingOffer>) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const all = ((await this.store.get(SLOT))[SLOT] as Record<string, PendingOffer> | undefined) ?? {};
      const out = op(all);
      if (Object.keys(all).length) await this.store.set({ [SLOT]: all });
      else await this.store.remove(SLOT);
      return out;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

// The save/update offer after a checkout was submitted. The background compares what was typed
// with the vault (compare.ts), keeps the offer per tab for at most 5 minutes (pending.ts), shows it
// on the toolbar badge and in the tab's top page (offer.html, an extension frame), also on the next
// page when the submit navigated, and in the popup. Nothing is stored without the user's "Save".
import { WalletError } from '../../core/errors';
import type { ToContent } from '../../core/fill';
import type { OfferChoice, OfferView, ProposalView } from '../../core/offer';
import type { ItemInput } from '../../core/protocol';
import type { ItemView, Settings, VaultState, VaultStatus } from '../../core/types';
import { entryLabel } from '../fill-entries';
import type { ContentSender, MenuSender } from '../router';
import { typedAddress, typedCard, type CapturedSection } from './captured-items';
import { proposalsFor, type Proposal } from './compare';
import { OFFER_TTL_MS, type PendingOffer, type PendingOffers } from './pending';

export interface OfferDeps {
  pending: PendingOffers;
  state(): Promise<VaultState>;
  /** Decrypted cards and addresses; throws `locked`. */
  items(): Promise<ItemView[]>;
  put(item: ItemInput): Promise<string>;
  settings(): Promise<Settings>;
  /** The tab's top page, as its content script reported it: the shop when a provider's frame submits. */
  topURL(tabId: number): string | undefined;
  /** "Never for this site": adds the origin to the excluded sites. */
  excludeSite(site: string): Promise<void>;
  unlock(password: string): Promise<VaultStatus>;
  /** The toolbar badge of a tab: an offer is waiting there, or not any more. */
  showPending(tabId: number, pending: boolean): Promise<void>;
  sendToFrame(tabId: number, frameId: number, documentId: string | undefined, msg: ToContent): Promise<unknown>;
  newToken(): string;
  now(): number;
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
};

/** Card and address fields only, never the security code: the rest of a form is not kept. */
function keepable(sections: CapturedSection[]): CapturedSection[] {
  return sections
    .filter((s) => (s.kind === 'payment' ? typedCard(s.values) : s.kind !== 'contact' && typedAddress(s.values)))
    .map((s) => ({ kind: s.kind, values: Object.fromEntries(Object.entries(s.values).filter(([type]) => type !== 'cc-csc')) }));
}

function proposalView(p: Proposal): ProposalView {
  const label = entryLabel(p.kind === 'card' ? { id: '', kind: 'card', damaged: false, updatedAt: 0, data: p.data } : { id: '', kind: 'address', damaged: false, updatedAt: 0, data: p.data });
  return { key: p.key, action: p.action, kind: p.kind, label: label ?? '', changes: p.changes };
}

export class OfferCoordinator {
  constructor(private readonly d: OfferDeps) {}

  /** `content.submitted`: offers to save or update what was typed, if anything is new. */
  async offerSave(sender: ContentSender, sections: CapturedSection[]): Promise<void> {
    // The offer names and excludes the shop, the tab's top page, also when the form was a payment
    // provider's frame (hosted card fields). A top page not known (the worker restarted since it
    // loaded) gets no offer rather than one under the provider's name.
    const top = sender.frameId === 0 ? sender.url : this.d.topURL(sender.tabId);
    if (!top) return;
    const site = originOf(top);
    const state = await this.d.state();
    const excluded = (await this.d.settings()).excludedSites;
    if (state === 'no-vault' || excluded.includes(site) || excluded.includes(originOf(sender.url))) return;
    const kept = keepable(sections);
    if (!kept.length) return;
    // Unlocked: compare now, and keep nothing when nothing is new. Locked: compare after unlock.
    if (state === 'unlocked' && !proposalsFor(kept, await this.d.items()).length) return;
    const offer: PendingOffer = { id: this.d.newToken(), tabId: sender.tabId, site, expiresAt: this.d.now() + OFFER_TTL_MS, sections: kept };
    await this.d.pending.put(offer);
    await this.d.showPending(sender.tabId, true);
    // A single-page checkout stays on this page; after a navigation the next page asks (pageShown).
    await this.show(offer, undefined);
  }

  /** A tab's top page reported in (content.formsFound): show it the tab's waiting offer. */
  async pageShown(sender: ContentSender): Promise<void> {
    if (sender.frameId !== 0) return;
    const offer = await this.d.pending.forTab(sender.tabId);
    if (!offer) return;
    await this.d.showPending(sender.tabId, true);
    await this.show(offer, sender.documentId);
  }

  /** The popup's list: every waiting offer. */
  async list(): Promise<OfferView[]> {
    return Promise.all((await this.d.pending.all()).map((o) => this.view(o)));
  }

  async answerById(id: string, choice: OfferChoice, picks: string[]): Promise<null> {
    const offer = await this.d.pending.get(id);
    if (!offer) throw new WalletError('not-found', 'This offer has expired.');
    await this.answer(offer, choice, picks);
    return null;
  }

  /** Requests from the offer frame, which must sit in the offer's tab; the first frame to ask owns it. */
  async frame(req: { type: 'offer.view' | 'offer.unlock' | 'offer.answer' | 'offer.resize'; token: string; password?: string; choice?: OfferChoice; picks?: string[]; height?: number }, sender: MenuSender): Promise<OfferView | null> {
    const offer = await this.d.pending.byToken(req.token);
    if (!offer || offer.tabId !== sender.tabId) throw new WalletError('forbidden', 'No such offer in this tab.');
    if (offer.frameId === undefined) await this.d.pending.update(offer.id, { frameId: sender.frameId });
    else if (offer.frameId !== sender.frameId) throw new WalletError('forbidden', 'Another frame owns this offer.');
    if (req.type === 'offer.resize') {
      // Relayed to the top page that shows this offer's frame, with the token: the page never sees it.
      await this.d.sendToFrame(offer.tabId, 0, undefined, { type: 'offer.size', token: req.token, height: req.height! }).catch(() => undefined);
      return null;
    }
    if (req.type === 'offer.unlock') await this.d.unlock(req.password!);
    if (req.type !== 'offer.answer') return this.view(offer);
    await this.answer(offer, req.choice!, req.picks!);
    return null;
  }

  async onAlarm(name: string): Promise<void> {
    const tabId = await this.d.pending.onAlarm(name);
    if (tabId !== undefined) await this.ended(tabId);
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.d.pending.forgetTab(tabId);
  }

  /** What the user is asked. Unlocked with nothing new left (say, saved meanwhile): the offer ends. */
  private async view(offer: PendingOffer): Promise<OfferView> {
    const state = await this.d.state();
    const base = { id: offer.id, site: offer.site, state, expiresAt: offer.expiresAt };
    if (state !== 'unlocked') return { ...base, proposals: [] };
    const proposals = proposalsFor(offer.sections, await this.d.items());
    if (!proposals.length) await this.wipe(offer);
    return { ...base, proposals: proposals.map(proposalView) };
  }

  private async answer(offer: PendingOffer, choice: OfferChoice, picks: string[]): Promise<void> {
    if (choice === 'save') {
      // Compared again now: the vault may have changed since the offer was shown. A tick counts only
      // for the very proposal the user saw (same key); one that changed meanwhile is left alone.
      const proposals = proposalsFor(offer.sections, await this.d.items());
      for (const key of new Set(picks)) {
        const p = proposals.find((x) => x.key === key);
        if (p) await this.d.put(p.kind === 'card' ? { kind: 'card', id: p.id, data: p.data } : { kind: 'address', id: p.id, data: p.data });
      }
    } else if (choice === 'never') await this.d.excludeSite(offer.site);
    await this.wipe(offer);
  }

  private async wipe(offer: PendingOffer): Promise<void> {
    await this.d.pending.remove(offer.id);
    await this.ended(offer.tabId);
  }

  private async ended(tabId: number): Promise<void> {
    await this.d.showPending(tabId, false);
    await this.d.sendToFrame(tabId, 0, undefined, { type: 'offer.hide' }).catch(() => undefined);
  }

  /**
   * A fresh token once a frame has claimed the current one: the frame of an earlier page loses it.
   * Until then the token is kept, so the show sent right after the submit and the one the next page
   * asks for carry the same token, whichever of the two reaches the new page last.
   */
  private async show(offer: PendingOffer, documentId: string | undefined): Promise<void> {
    let token = offer.token;
    if (!token || offer.frameId !== undefined) {
      token = this.d.newToken();
      await this.d.pending.update(offer.id, { token, frameId: undefined });
    }
    await this.d.sendToFrame(offer.tabId, 0, documentId, { type: 'offer.show', token }).catch(() => undefined);
  }
}

// Coordinates fills for each tab: the offers behind open inline menus (one token each), which
// frames reported fields (each describes them when a fill reaches it), and the fill itself. Tab
// and frame always come from the sender.
// A fill goes only to the active tab of the focused window, one at a time per frame, only into
// frames of the form being filled, and each frame receives only the values for its own fields.
import { WalletError } from '../core/errors';
import * as v from 'valibot';
import { frameDescription, type FillOutcome, type FrameDescription, type FrameTexts, type MenuEntry, type SectionInfo, type ToContent } from '../core/fill';
import type { FieldType } from '../core/field-types';
import type { ContentRequest, MenuRequest, ResponseMap } from '../core/protocol';
import type { ItemView, Settings, VaultState, VaultStatus } from '../core/types';
import { menuEntries, resolveSource } from './fill-entries';
import { mayFlow, type FrameRef } from './fill-policy';
import { dropLeftPages } from './tab-pages';
import { sectionTexts } from './fill-format';
import { valuesForSection, type FillSource } from './fill-values';
import type { ContentSender, MenuSender } from './router';

export interface FillDeps {
  activeTabId(): Promise<number | undefined>;
  sendToFrame(tabId: number, frameId: number, documentId: string | undefined, msg: ToContent): Promise<unknown>;
  /** Decrypted items; throws `locked`. */
  items(): Promise<ItemView[]>;
  state(): Promise<VaultState>;
  settings(): Promise<Settings>;
  /** Adds an origin to the excluded sites ("never offer here"). */
  excludeSite(origin: string): Promise<void>;
  /** Verifies the master password (throttled); throws `wrong-password` or `throttled`. */
  checkPassword(password: string): Promise<void>;
  unlock(password: string): Promise<VaultStatus>;
  newToken(): string;
  now(): number;
  /** A fill put values into the tab: the origins it filled (triggering frame, top page), whether card
   * values went to another frame (hosted card fields), and what it filled from. */
  filled?(tabId: number, where: { origins: string[]; hostedCard: boolean }, entry: MenuEntry, items: ItemView[]): Promise<void>;
}

interface Frame {
  url: string;
  documentId?: string;
  sandboxed: boolean;
  /** When its document started (the content script's clock). */
  since: number;
}

interface Offer {
  tabId: number;
  frameId: number;
  documentId?: string;
  url: string;
  /** The document's own key (DOCUMENT_KEY), handed back with the fill. */
  doc: number;
  section: SectionInfo;
  sections: SectionInfo[];
  lang: string;
  frames: string[];
  /** The menu frame that first asked for this offer's entries; only it may choose. */
  menuFrameId: number | null;
  /** Keyboard-shortcut fills are not offers from a menu: the default profile, no card secrets without a prompt. */
  viaShortcut: boolean;
  used?: boolean;
}

const MAX_OFFERS = 100;
const SHORTCUT_WINDOW_MS = 3000;
const DESCRIBE_MS = 1000;
/**
 * When the triggering frame is described again after a fill set a country: a list the page builds
 * itself is there at the first look; one it fetches gets the later looks (2.5 s in all), taken only
 * while a field of these sections still has no fitting option.
 */
const REFILL_WAITS_MS = [250, 750, 1500];
const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
};
const withoutHash = (url: string) => url.replace(/#.*$/, '');

export class FillCoordinator {
  private readonly offers = new Map<string, Offer>();
  private readonly frames = new Map<number, Map<number, Frame>>();
  private readonly busy = new Set<string>();
  private readonly shortcuts = new Map<number, number>();

  constructor(private readonly d: FillDeps) {}

  /** A content script's report: its frame has fields a fill started in another frame may reach. */
  frameReport(sender: ContentSender, req: Extract<ContentRequest, { type: 'content.formsFound' }>): void {
    let tab = this.frames.get(sender.tabId);
    if (!tab) this.frames.set(sender.tabId, (tab = new Map()));
    tab.set(sender.frameId, { url: sender.url, documentId: sender.documentId, sandboxed: req.sandboxed ?? false, since: req.since });
    dropLeftPages(tab);
  }

  /**
   * The frame's document and sections as it describes them now (`fill.describe`): null when it does
   * not answer within DESCRIBE_MS (a frame that never replies must not hold the fill) or answers nonsense.
   */
  private async describe(tabId: number, frameId: number, documentId: string | undefined): Promise<FrameDescription | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, DESCRIBE_MS, null)));
    try {
      const reply = await Promise.race([this.d.sendToFrame(tabId, frameId, documentId, { type: 'fill.describe' }).catch(() => null), late]);
      const parsed = v.safeParse(frameDescription, reply);
      return parsed.success ? parsed.output : null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The URL of the tab's top page as its content script last reported it (undefined after a worker restart). */
  topURL(tabId: number): string | undefined {
    return this.frames.get(tabId)?.get(0)?.url;
  }

  forgetTab(tabId: number): void {
    this.frames.delete(tabId);
    this.shortcuts.delete(tabId);
    for (const [t, o] of this.offers) if (o.tabId === tabId) this.offers.delete(t);
  }

  async openMenu(sender: ContentSender, req: Extract<ContentRequest, { type: 'content.menuOpen' }>): Promise<ResponseMap['content.menuOpen']> {
    const section = req.sections.find((s) => s.id === req.section);
    if (!section || (await this.d.state()) === 'no-vault') return { token: null };
    if ((await this.d.settings()).excludedSites.includes(originOf(sender.url))) return { token: null };
    this.closeMenus(sender.tabId, sender.frameId);
    const token = this.d.newToken();
    if (this.offers.size >= MAX_OFFERS) this.offers.delete(this.offers.keys().next().value!);
    this.offers.set(token, { ...this.offerBase(sender, req), section, menuFrameId: null, viaShortcut: false });
    return { token };
  }

  closeMenus(tabId: number, frameId: number): void {
    for (const [t, o] of this.offers) if (o.tabId === tabId && o.frameId === frameId && !o.viaShortcut) this.offers.delete(t);
  }

  async menu(req: MenuRequest, sender: MenuSender): Promise<unknown> {
    const offer = this.offerFor(req.token, sender);
    switch (req.type) {
      case 'menu.entries': {
        const state = await this.d.state();
        const entries = state === 'unlocked' ? menuEntries(await this.d.items(), offer.section.kind) : [];
        return { state, entries, askPassword: (await this.d.settings()).askBeforeFillingCards } satisfies ResponseMap['menu.entries'];
      }
      case 'menu.unlock':
        return this.d.unlock(req.password);
      case 'menu.exclude':
        // The site is the origin of the frame the offer came from (the content script's sender).
        await this.d.excludeSite(originOf(offer.url));
        return this.menu({ type: 'menu.close', token: req.token }, sender);
      case 'menu.close':
        this.offers.delete(req.token);
        await this.d.sendToFrame(offer.tabId, offer.frameId, offer.documentId, { type: 'menu.hide' }).catch(() => undefined);
        return null;
      case 'menu.resize':
        await this.d.sendToFrame(offer.tabId, offer.frameId, offer.documentId, { type: 'menu.size', token: req.token, height: req.height }).catch(() => undefined);
        return null;
      case 'menu.choose': {
        const items = await this.d.items();
        const entry = menuEntries(items, offer.section.kind).find((e) => e.id === req.entryId);
        if (!entry) throw new WalletError('not-found', 'That entry is not offered here.');
        if (entry.hasCard && (await this.d.settings()).askBeforeFillingCards) {
          if (!req.password) throw new WalletError('password-required', 'Enter your master password to fill a card.');
          await this.d.checkPassword(req.password);
        }
        if (offer.used) throw new WalletError('forbidden', 'This menu already filled.');
        offer.used = true; // one fill per menu; the offer stays until the menu closes
        const out = await this.fill(offer, entry, resolveSource(items, entry), req.replace, items);
        if (out.moved) offer.used = false; // nothing went anywhere: the next choice may fill
        return out;
      }
    }
  }

  /** The keyboard command: arms the active tab; its focused frame then asks with `content.fillDefault`. */
  async shortcutPressed(): Promise<number | undefined> {
    const tabId = await this.d.activeTabId();
    if (tabId !== undefined) this.shortcuts.set(tabId, this.d.now());
    return tabId;
  }

  async fillDefault(sender: ContentSender, req: Extract<ContentRequest, { type: 'content.fillDefault' }>): Promise<FillOutcome> {
    const armed = this.shortcuts.get(sender.tabId);
    this.shortcuts.delete(sender.tabId);
    if (armed === undefined || this.d.now() - armed > SHORTCUT_WINDOW_MS) throw new WalletError('forbidden', 'No keyboard shortcut was pressed.');
    const settings = await this.d.settings();
    if (settings.excludedSites.includes(originOf(sender.url))) throw new WalletError('forbidden', 'Excluded site.');
    const section = req.sections.find((s) => s.id === req.section);
    const items = await this.d.items();
    const entry = menuEntries(items, 'payment').find((e) => e.id === settings.defaultProfileId && e.kind === 'profile');
    if (!section || !entry) throw new WalletError('not-found', 'No default profile.');
    const offer: Offer = { ...this.offerBase(sender, req), section, menuFrameId: null, viaShortcut: true };
    const source = resolveSource(items, entry);
    // No prompt can be shown for a shortcut: with "ask before filling cards" the number and CVC stay out.
    if (source.card && settings.askBeforeFillingCards) source.card = { ...source.card, number: '', csc: undefined };
    return this.fill(offer, entry, source, false, items);
  }

  private offerBase(sender: ContentSender, req: { sections: SectionInfo[]; lang: string; frames: string[]; doc: number }) {
    return { tabId: sender.tabId, frameId: sender.frameId, documentId: sender.documentId, url: sender.url, doc: req.doc, sections: req.sections, lang: req.lang, frames: req.frames };
  }

  private offerFor(token: string, sender: MenuSender): Offer {
    const offer = this.offers.get(token);
    // The menu frame must sit in the tab it was opened for; the first menu frame to ask owns the offer.
    if (!offer || offer.tabId !== sender.tabId) throw new WalletError('forbidden', 'No such menu in this tab.');
    offer.menuFrameId ??= sender.frameId;
    if (offer.menuFrameId !== sender.frameId) throw new WalletError('forbidden', 'Another frame owns this menu.');
    return offer;
  }

  private async fill(offer: Offer, entry: MenuEntry, source: FillSource, replace: boolean, items: ItemView[]): Promise<FillOutcome> {
    if ((await this.d.activeTabId()) !== offer.tabId) throw new WalletError('forbidden', 'Only the active tab of the focused window is filled.');
    const triggered: FrameRef = { frameId: offer.frameId, origin: originOf(offer.url), sandboxed: false };
    const tab = this.frames.get(offer.tabId) ?? new Map<number, Frame>();
    const top = tab.get(0);
    const topOrigin = offer.frameId === 0 ? triggered.origin : top ? originOf(top.url) : '';
    const whole = entry.kind === 'profile' || entry.kind === 'card';
    const plans: { frameId: number; documentId?: string; doc: number; sections: SectionInfo[]; values: FrameTexts }[] = [];
    const total: FillOutcome = { filled: 0, rejected: [], skipped: 0 };

    // The frame the user triggered: a profile fills every section, a card every payment section,
    // an address or identity only the focused section.
    const own = offer.sections.filter((s) => s.id === offer.section.id || (entry.kind === 'profile') || (entry.kind === 'card' && s.kind === 'payment'));
    plans.push({ frameId: offer.frameId, documentId: offer.documentId, doc: offer.doc, sections: own, values: this.texts(own, source, offer.lang, () => true, total) });

    if (whole) {
      const wanted = new Set(offer.frames.map(withoutHash));
      // Below the trigger: only the visible frames of the form (reported by the trigger); above it: the top page.
      const others = [...tab].filter(([frameId, frame]) => frameId !== offer.frameId && !frame.sandboxed && (offer.frameId === 0 ? wanted.has(withoutHash(frame.url)) : frameId === 0));
      const described = await Promise.all(others.map(([frameId, frame]) => this.describe(offer.tabId, frameId, frame.documentId)));
      others.forEach(([frameId, frame], i) => {
        const found = described[i];
        if (!found) return;
        const ref: FrameRef = { frameId, origin: originOf(frame.url), sandboxed: frame.sandboxed };
        const sections = found.sections.filter((s) => entry.kind === 'profile' || s.kind === 'payment');
        const values = this.texts(sections, source, offer.lang, (t) => mayFlow(t, ref, triggered, topOrigin), total);
        if (Object.keys(values).length) plans.push({ frameId, documentId: frame.documentId, doc: found.doc, sections, values });
      });
    }

    // The triggering frame first: if its menu was covered or had just moved, no frame is filled.
    const [mine, ...rest] = plans;
    const first = await this.apply(offer.tabId, mine!, replace, total);
    if (first?.moved) return { filled: 0, rejected: [], skipped: 0, moved: true };
    await Promise.all(rest.map((p) => this.apply(offer.tabId, p, replace, total)));
    if (total.filled > 0) {
      // Recorded before the second pass waits: an order placed at once is still the wallet's (its receipt).
      const hostedCard = plans.some((p) => p.frameId !== offer.frameId && p.sections.some((s) => s.kind === 'payment' && p.values[s.id]));
      await this.d.filled?.(offer.tabId, { origins: [...new Set([triggered.origin, topOrigin].filter(Boolean))], hostedCard }, entry, items);
    }
    if (first && first.filled > 0) await this.refill(offer, own, mine!.values, source, total);
    return total;
  }

  /** Sends one frame its values (one fill at a time per frame) and adds its outcome to `total`; null when it did not answer. */
  private async apply(tabId: number, p: { frameId: number; documentId?: string; doc: number; values: FrameTexts }, replace: boolean, total: FillOutcome): Promise<FillOutcome | null> {
    const key = `${tabId}:${p.frameId}`;
    if (this.busy.has(key)) return null;
    this.busy.add(key);
    try {
      const msg: ToContent = { type: 'fill.apply', doc: p.doc, values: p.values, replace };
      const out = (await this.d.sendToFrame(tabId, p.frameId, p.documentId, msg).catch(() => null)) as FillOutcome | null;
      if (!out || typeof out.filled !== 'number') return null;
      total.filled += out.filled;
      total.skipped += out.skipped;
      if (Array.isArray(out.rejected)) total.rejected.push(...out.rejected.filter((r) => typeof r === 'string').slice(0, 50));
      return out;
    } finally {
      this.busy.delete(key);
    }
  }

  /**
   * Shops rebuild an address when its country changes: the state list for the new country, or a
   * state box in place of the list. So once the page has settled after a fill that set a country,
   * the triggering frame is described again and the same sections get the same choice's values
   * once more, into empty fields only (replace off): a state the old list did not hold is filled
   * from the new one. A list the shop fetches may come later: while a field of these sections has no
   * fitting option, the frame is looked at again (REFILL_WAITS_MS) and filled at the first look that
   * has one, or at the last. Nothing reaches a section or a type the first pass could not fill.
   */
  private async refill(offer: Offer, own: SectionInfo[], sent: FrameTexts, source: FillSource, total: FillOutcome): Promise<void> {
    const withCountry = own.filter((s) => s.fields.some((f, i) => f.type === 'country' && typeof sent[s.id]?.[i] === 'string'));
    for (const [n, wait] of (withCountry.length ? REFILL_WAITS_MS : []).entries()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      const now = await this.describe(offer.tabId, offer.frameId, offer.documentId);
      if (!now || now.doc !== offer.doc) return;
      const pairs = now.sections.flatMap((s) => withCountry.filter((f) => f.id === s.id && f.kind === s.kind).map((f) => [f, s] as const));
      const after: FillOutcome = { filled: 0, rejected: [], skipped: 0 };
      const values = this.texts(pairs.map(([, s]) => s), source, offer.lang, () => true, after);
      if (after.rejected.length && n < REFILL_WAITS_MS.length - 1) continue; // the list may not be there yet
      if (!Object.keys(values).length) return;
      if (!(await this.apply(offer.tabId, { frameId: offer.frameId, documentId: offer.documentId, doc: now.doc, values }, false, after))?.filled) return;
      // Selects that had no fitting option in the first pass are judged again on the rebuilt page
      // (the first pass's refusals for these sections, worked out again: cheaper than keeping them).
      const before: FillOutcome = { filled: 0, rejected: [], skipped: 0 };
      this.texts(pairs.map(([f]) => f), source, offer.lang, () => true, before);
      for (const type of before.rejected) {
        const at = total.rejected.indexOf(type);
        if (at >= 0) total.rejected.splice(at, 1);
      }
      total.rejected.push(...after.rejected);
      total.filled += after.filled;
      return;
    }
  }

  /** Texts for the sections' fields whose type may flow here; selects with no fitting option count as rejected. */
  private texts(sections: SectionInfo[], source: FillSource, lang: string, allowed: (t: FieldType) => boolean, outcome: FillOutcome): FrameTexts {
    const out: FrameTexts = {};
    for (const s of sections) {
      const values = valuesForSection(s, source, lang);
      for (const type of Object.keys(values) as FieldType[]) if (!allowed(type)) delete values[type];
      const { texts, unmatched } = sectionTexts(s, values, lang);
      outcome.rejected.push(...unmatched);
      if (texts.some((t) => t !== null)) out[s.id] = texts;
    }
    return out;
  }
}

// Receipts for checkouts the wallet filled. Everything between the fill and the written receipt
// lives in storage.session (memory only, trusted contexts only; never storage.local or disk):
// what each tab was filled from, receipts not yet written (the vault was locked), and which tab's
// next page may report an order number. Vault writes are idempotent (fixed ids), so a worker
// stopped between the write and clearing the pending entry writes the same receipt again, once.
import type { MenuEntry } from '../../core/fill';
import type { ContentRequest } from '../../core/protocol';
import type { ItemView, ReceiptData } from '../../core/types';
import type { ContentSender } from '../router';
import type { SessionStore } from '../session';
import type { Vault } from '../vault';
import { fillRecord, mergeFills, receiptFrom, type FillRecord } from './receipt-data';

/** A fill counts for a submit this long afterwards. */
const FILL_TTL_MS = 60 * 60_000;
/** The page after a submit must report within this time to give the order number. */
const ORDER_TTL_MS = 10 * 60_000;
const SLOT = 'receipts';

/** Which document submitted (then: which document may report the order number) for a receipt. */
interface Awaiting {
  receiptId: string;
  url: string;
  documentId?: string;
  at: number;
  /** Set once the tab's next top document reported: only that document may send the number. */
  next: boolean;
}

/** A receipt to write (data) or an order number to add to one already written. */
interface Pending {
  data?: ReceiptData;
  orderNumber?: string;
}

interface State {
  filled: Record<string, FillRecord>;
  awaiting: Record<string, Awaiting>;
  pending: Record<string, Pending>;
}

export interface ReceiptDeps {
  store: SessionStore;
  vault: Pick<Vault, 'putMany' | 'get'>;
  /** The data key, or null while locked (never throws for a locked wallet). */
  key(): Promise<CryptoKey | null>;
  newId(): string;
  now(): number;
  /** The URL the tab's top page last reported, if known. */
  topURL(tabId: number): string | undefined;
}

const empty = (): State => ({ filled: {}, awaiting: {}, pending: {} });
const originOf = (url: string) => new URL(url).origin;
const sameDocument = (a: { url: string; documentId?: string }, b: { url: string; documentId?: string }) =>
  a.documentId && b.documentId ? a.documentId === b.documentId : a.url === b.url;

export class ReceiptRecorder {
  private state: Promise<State> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly d: ReceiptDeps) {}

  /** The wallet filled this tab (the triggering frame's and the top page's origins). */
  noteFill(tabId: number, where: { origins: string[]; hostedCard: boolean }, entry: MenuEntry, items: ItemView[]): Promise<void> {
    const record = fillRecord(entry, items, where, this.d.now());
    return this.change((s) => {
      const old = s.filled[tabId];
      s.filled[tabId] = mergeFills(old && this.d.now() - old.at < FILL_TTL_MS ? old : undefined, record);
    });
  }

  async forgetTab(tabId: number): Promise<void> {
    const s = await this.read();
    if (!s.filled[tabId] && !s.awaiting[tabId]) return;
    await this.change((s) => {
      delete s.filled[tabId];
      delete s.awaiting[tabId];
    });
  }

  /**
   * A checkout form was submitted. If the wallet filled this tab and origin, and the form is the
   * payment step (it has a card section, or the card went into hosted card fields), the receipt is
   * kept (in session memory first, then in the vault when unlocked) and the tab's next page may give
   * the order number. An address step of a multi-page checkout leaves the fill for the payment step.
   * Returns the receipt's id, or null when no receipt was made.
   */
  async record(sender: ContentSender, req: Extract<ContentRequest, { type: 'content.submitted' }>): Promise<string | null> {
    const now = this.d.now();
    const origin = originOf(sender.url);
    const top = sender.frameId === 0 ? undefined : this.d.topURL(sender.tabId);
    const id = await this.change((s) => {
      const fill = s.filled[sender.tabId];
      if (!fill || now - fill.at > FILL_TTL_MS) return null;
      // A payment provider's frame whose own pay button submits (hosted card fields the wallet filled
      // from the shop's page): the shop, the tab's top page, is the merchant; the frame's name is not.
      const provider = !fill.origins.includes(origin) && fill.hostedCard && !!top && fill.origins.includes(originOf(top));
      if (!fill.origins.includes(origin) && !provider) return null;
      if (!fill.hostedCard && !req.sections.some((sec) => sec.kind === 'payment')) return null;
      delete s.filled[sender.tabId]; // one receipt per fill
      const receiptId = this.d.newId();
      const page = provider ? { origin: originOf(top!), siteName: undefined } : { origin, siteName: req.siteName };
      s.pending[receiptId] = { data: receiptFrom(fill, { ...page, totals: req.totals, lang: req.lang }, now) };
      s.awaiting[sender.tabId] = { receiptId, url: sender.url, ...(sender.documentId ? { documentId: sender.documentId } : {}), at: now, next: false };
      return receiptId;
    });
    if (id) await this.flush();
    return id;
  }

  /**
   * A top frame loaded. True when it is the tab's next document after a recorded purchase: it may
   * then send the order number. Any later document of the tab may not (next navigation only).
   */
  async nextPage(sender: ContentSender): Promise<boolean> {
    // Every top frame of every tab asks: only a tab awaiting an order number costs a write.
    if (sender.frameId !== 0 || !(await this.read()).awaiting[sender.tabId]) return false;
    return this.change((s) => {
      const wait = s.awaiting[sender.tabId];
      if (!wait || sameDocument(wait, sender)) return false;
      if (wait.next || this.d.now() - wait.at > ORDER_TTL_MS) {
        delete s.awaiting[sender.tabId];
        return false;
      }
      s.awaiting[sender.tabId] = { ...wait, url: sender.url, ...(sender.documentId ? { documentId: sender.documentId } : {}), next: true };
      return true;
    });
  }

  /** The order number the next page showed, from that page's top frame only. */
  async orderNumber(sender: ContentSender, orderNumber: string): Promise<void> {
    const ok = await this.change((s) => {
      const wait = s.awaiting[sender.tabId];
      if (sender.frameId !== 0 || !wait?.next || !sameDocument(wait, sender)) return false;
      delete s.awaiting[sender.tabId];
      const p = (s.pending[wait.receiptId] ??= {});
      if (p.data) p.data.orderNumber = orderNumber;
      else p.orderNumber = orderNumber;
      return true;
    });
    if (ok) await this.flush();
  }

  /**
   * Writes what is pending, all in one transaction, when the wallet is unlocked (also at unlock).
   * Never throws: a failed write stays pending for the next try and never blocks what follows.
   */
  async flush(): Promise<void> {
    const key = await this.d.key();
    if (!key) return;
    await this.change(async (s) => {
      const ids = Object.keys(s.pending);
      if (!ids.length) return;
      const inputs = [];
      for (const id of ids) {
        const p = s.pending[id]!;
        if (p.data) inputs.push({ id, kind: 'receipt' as const, data: p.data });
        else {
          const old = await this.d.vault.get(key, id);
          // Deleted meanwhile, or unreadable: the order number has nowhere to go.
          if (old?.kind === 'receipt' && !old.damaged) inputs.push({ id, kind: 'receipt' as const, data: { ...old.data, orderNumber: p.orderNumber } });
        }
      }
      if (inputs.length) await this.d.vault.putMany(key, inputs, { create: true });
      s.pending = {};
    }).catch((e: unknown) => console.warn(`[wallet] receipt write failed, kept pending${e instanceof Error ? ` (${e.name})` : ''}`));
  }

  /** The wallet was erased: nothing pending may reach the next one. */
  clear(): Promise<void> {
    const run = this.queue.then(async () => {
      this.state = Promise.resolve(empty());
      await this.d.store.remove(SLOT);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private read(): Promise<State> {
    return (this.state ??= this.load());
  }

  /** Runs one change to the state at a time and keeps the result in storage.session. */
  private change<T>(op: (s: State) => T | Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const s = await this.read();
      const out = await op(s);
      await this.d.store.set({ [SLOT]: s });
      return out;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<State> {
    const { [SLOT]: saved } = await this.d.store.get(SLOT);
    return { ...empty(), ...(saved as Partial<State> | undefined) };
  }
}

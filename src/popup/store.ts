// The decrypted wallet while the popup is open: everything but receipts is fetched for the first
// screen; receipts (possibly thousands) only when the receipts tab asks. Saves and deletes update
// this memory copy, so lists and searches never wait for the background again.
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import * as v from 'valibot';
import { itemSchemas } from '../core/schemas';
import type { OfferChoice } from '../core/offer';
import type { ItemDataByKind, ItemInputByKind, ItemKind, ItemView, Settings } from '../core/types';
import { call } from './api';
import { sortNewestFirst, toRow, type ReceiptRow } from './lib/receipt-query';

export type Item<K extends ItemKind> = { id: string; kind: K; damaged: false; updatedAt: number; data: ItemDataByKind[K] };
type Damaged = Extract<ItemView, { damaged: true }>;

const FIRST_SCREEN_KINDS = ['card', 'loyalty', 'address', 'identity', 'profile'] as const satisfies ItemKind[];

let prefetched: Promise<ItemView[] | null> | null = null;

/** Asks for the first screen's items as the popup boots, alongside the vault status, instead of
 * after it: one round trip less before cards show. A locked wallet just answers `locked`. */
export function prefetchFirstScreen(): void {
  prefetched = call({ type: 'items.list', kinds: [...FIRST_SCREEN_KINDS] }).catch(() => null);
}

async function firstScreenItems(): Promise<ItemView[]> {
  const early = await prefetched;
  prefetched = null; // used once: after a lock and unlock, ask again
  return early ?? call({ type: 'items.list', kinds: [...FIRST_SCREEN_KINDS] });
}

export interface Wallet {
  ready: boolean;
  items: ItemView[];
  receipts: ReceiptRow[] | null;
  damagedReceipts: number;
  settings: Settings;
  of<K extends ItemKind>(kind: K): Item<K>[];
  damaged(kind: ItemKind): Damaged[];
  byId(id: string | undefined): ItemView | undefined;
  loadReceipts(): void;
  /** Fetches everything again from the vault (after an import changed it behind the popup's back). */
  reload(): Promise<void>;
  save<K extends ItemKind>(kind: K, data: ItemInputByKind[K], id?: string): Promise<string>;
  remove(id: string): Promise<void>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Answers a save/update offer; what it saved or the site it excluded shows at once. */
  answerOffer(id: string, choice: OfferChoice, picks: string[]): Promise<void>;
}

export function useWalletState(settings: Settings, onSettings: (s: Settings) => void): Wallet {
  const [items, setItems] = useState<ItemView[] | null>(null);
  const [receipts, setReceipts] = useState<ReceiptRow[] | null>(null);
  const [damagedReceipts, setDamagedReceipts] = useState(0);
  const [receiptsAsked, setReceiptsAsked] = useState(false);

  // A layout effect: subscribes before the first paint rather than a frame later.
  useLayoutEffect(() => {
    void firstScreenItems().then(setItems);
  }, []);

  const fetchReceipts = useCallback(async () => {
    const list = await call({ type: 'items.list', kinds: ['receipt'] });
    const rows: ReceiptRow[] = [];
    for (const r of list) if (!r.damaged && r.kind === 'receipt') rows.push(toRow(r.id, r.data));
    setDamagedReceipts(list.length - rows.length);
    setReceipts(sortNewestFirst(rows));
  }, []);

  useEffect(() => {
    if (receiptsAsked) void fetchReceipts();
  }, [receiptsAsked]);

  const reload = useCallback(async () => {
    setItems(await call({ type: 'items.list', kinds: [...FIRST_SCREEN_KINDS] }));
    // Receipts are fetched again only if a tab already showed them; otherwise when it opens.
    if (receiptsAsked) await fetchReceipts();
  }, [receiptsAsked, fetchReceipts]);

  const all = items ?? [];
  const index = useMemo(() => new Map(all.map((i) => [i.id, i])), [items]);

  const save = useCallback(async <K extends ItemKind>(kind: K, data: ItemInputByKind[K], id?: string): Promise<string> => {
    const res = await call({ type: 'items.put', item: { kind, data, ...(id ? { id } : {}) } as never });
    // The vault applies the schema's defaults; apply them here too so memory matches what was stored.
    const stored = v.parse(itemSchemas[kind], data) as ItemDataByKind[K];
    if (kind === 'receipt') {
      const row = toRow(res.id, stored as ItemDataByKind['receipt']);
      setReceipts((rs) => rs && sortNewestFirst([row, ...rs.filter((r) => r.id !== res.id)]));
    } else {
      const view = { id: res.id, kind, damaged: false, updatedAt: Date.now(), data: stored } as ItemView;
      setItems((is) => [view, ...(is ?? []).filter((i) => i.id !== res.id)]);
    }
    return res.id;
  }, []);

  const remove = useCallback(async (id: string) => {
    await call({ type: 'items.delete', id });
    setItems((is) => is && is.filter((i) => i.id !== id));
    setReceipts((rs) => rs && rs.filter((r) => r.id !== id));
  }, []);

  const setSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const next = await call({ type: 'settings.set', settings: patch });
      onSettings(next);
      return next;
    },
    [onSettings],
  );

  const answerOffer = useCallback(
    async (id: string, choice: OfferChoice, picks: string[]) => {
      await call({ type: 'offers.answer', id, choice, picks });
      if (choice === 'save') setItems(await call({ type: 'items.list', kinds: [...FIRST_SCREEN_KINDS] }));
      if (choice === 'never') onSettings(await call({ type: 'settings.get' }));
    },
    [onSettings],
  );

  return {
    ready: items !== null,
    items: all,
    receipts,
    damagedReceipts,
    settings,
    of: <K extends ItemKind>(kind: K) => all.filter((i) => !i.damaged && i.kind === kind) as unknown as Item<K>[],
    damaged: (kind) => all.filter((i): i is Damaged => i.damaged && i.kind === kind),
    byId: (id) => (id ? index.get(id) : undefined),
    loadReceipts: () => setReceiptsAsked(true),
    reload,
    save,
    remove,
    setSettings,
    answerOffer,
  };
}

export const WalletContext = createContext<Wallet | null>(null);

export function useWallet(): Wallet {
  const w = useContext(WalletContext);
  if (!w) throw new Error('useWallet outside the manager');
  return w;
}

// What a receipt records, built from what the wallet filled (a snapshot taken at the fill: profile,
// card name and last four digits as they are then) and what the submitted page showed (the order
// total, the shop's name). Pure: no browser, no vault.
import type { MenuEntry } from '../../core/fill';
import { findTotal, type LabelledText } from '../../core/money/find-total';
import type { ItemView, ReceiptData } from '../../core/types';
import { cardBrand } from '../fill-values';

/** What the wallet put into a tab: the origins it filled and the items it filled from. */
export interface FillRecord {
  origins: string[];
  /** Card values went into another frame (hosted card fields): the top form has no card section. */
  hostedCard: boolean;
  at: number;
  profileId?: string;
  profileName?: string;
  cardId?: string;
  cardLabel?: string;
  cardLast4?: string;
}

type Live = Extract<ItemView, { damaged: false }>;

/** The snapshot for a fill from `entry`: a profile brings its name and its card, a card itself. */
export function fillRecord(entry: MenuEntry, items: ItemView[], where: { origins: string[]; hostedCard: boolean }, at: number): FillRecord {
  const byId = new Map(items.filter((i): i is Live => !i.damaged).map((i) => [i.id, i]));
  const record: FillRecord = { ...where, at };
  const item = byId.get(entry.id);
  let card = item?.kind === 'card' ? item : undefined;
  if (item?.kind === 'profile') {
    record.profileId = item.id;
    record.profileName = item.data.name;
    const part = item.data.cardId ? byId.get(item.data.cardId) : undefined;
    if (part?.kind === 'card') card = part;
  }
  if (card) {
    record.cardId = card.id;
    record.cardLabel = (card.data.nickname || cardBrand(card.data.number)?.brand || 'Card').slice(0, 200);
    record.cardLast4 = card.data.number.slice(-4);
  }
  return record;
}

/** A second fill in the same tab and origin (the card after the address) adds to the first. */
export function mergeFills(old: FillRecord | undefined, next: FillRecord): FillRecord {
  if (!old || !next.origins.some((o) => old.origins.includes(o))) return next;
  return { ...old, ...next, origins: [...new Set([...old.origins, ...next.origins])], hostedCard: old.hostedCard || next.hostedCard };
}

/** "Checkout – Demo Shop" has the name; a page without one gets its host name. */
function merchantOf(siteName: string | undefined, origin: string): string {
  const name = siteName?.trim();
  if (name) return name.slice(0, 200);
  return new URL(origin).hostname.replace(/^www\./, '').slice(0, 200);
}

export interface Submitted {
  origin: string;
  siteName?: string | undefined;
  totals: LabelledText[];
  lang: string;
}

/** The receipt for a submitted checkout; without a readable total it is marked for the user to complete. */
export function receiptFrom(fill: FillRecord, page: Submitted, now: number): ReceiptData {
  const total = findTotal(page.totals, { lang: page.lang });
  const receipt: ReceiptData = {
    merchant: merchantOf(page.siteName, page.origin),
    site: page.origin,
    date: new Date(now).toISOString(),
    needsReview: !total,
  };
  if (total) Object.assign(receipt, { amount: total.amount, currency: total.currency });
  for (const k of ['profileId', 'profileName', 'cardId', 'cardLabel', 'cardLast4'] as const) if (fill[k]) receipt[k] = fill[k];
  return receipt;
}

// What the inline menu may list for a section: masked labels only, and what a choice resolves to.
import type { MenuEntry, SectionKind } from '../core/fill';
import type { ItemView } from '../core/types';
import type { FillSource } from './fill-values';
import { cardBrand } from './fill-values';

type Live = Extract<ItemView, { damaged: false }>;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Which item kinds a section kind offers (a profile fits everywhere). */
const OFFERS: Record<SectionKind, MenuEntry['kind'][]> = {
  payment: ['profile', 'card'],
  billing: ['profile', 'address'],
  shipping: ['profile', 'address'],
  address: ['profile', 'address'],
  contact: ['profile', 'identity'],
};

function usable(item: ItemView): item is Live {
  return !item.damaged && (item.kind !== 'card' || item.data.status === 'active');
}

/** The masked text the menu and the save offer show for an item. */
export function entryLabel(item: Live): string | null {
  switch (item.kind) {
    case 'card': {
      const c = item.data;
      return `${cardBrand(c.number)?.brand ?? c.nickname ?? 'Card'} •••• ${c.number.slice(-4)}, exp ${pad2(c.expMonth)}/${String(c.expYear).slice(-2)}`;
    }
    case 'address':
      return `${item.data.label || item.data.name}, ${item.data.city}`;
    case 'identity':
      return `${item.data.givenName} ${item.data.familyName}`;
    case 'profile':
      return item.data.name;
    default:
      return null;
  }
}

/** Masked entries for a section kind, profiles first. */
export function menuEntries(items: ItemView[], kind: SectionKind): MenuEntry[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: MenuEntry[] = [];
  for (const want of OFFERS[kind]) {
    for (const item of items) {
      if (item.kind !== want || !usable(item)) continue;
      const text = entryLabel(item);
      if (!text) continue;
      const hasCard = item.kind === 'card' || (item.kind === 'profile' && !!item.data.cardId && byId.has(item.data.cardId));
      out.push({ id: item.id, kind: want, label: text, hasCard });
    }
  }
  return out;
}

/** The items a chosen entry stands for. A profile's missing or deleted parts are simply absent. */
export function resolveSource(items: ItemView[], entry: MenuEntry): FillSource {
  const byId = new Map(items.filter(usable).map((i) => [i.id, i]));
  const item = byId.get(entry.id);
  if (!item) return {};
  const part = <K extends Live['kind']>(id: string | undefined, kind: K) => {
    const found = id ? byId.get(id) : undefined;
    return found?.kind === kind ? (found.data as Extract<Live, { kind: K }>['data']) : undefined;
  };
  switch (item.kind) {
    case 'profile':
      return {
        card: part(item.data.cardId, 'card'),
        billing: part(item.data.billingId, 'address'),
        shipping: part(item.data.shippingId, 'address'),
        identity: part(item.data.identityId, 'identity'),
      };
    case 'card':
      return { card: item.data };
    case 'address':
      return { billing: item.data, shipping: item.data };
    case 'identity':
      return { identity: item.data };
    default:
      return {};
  }
}

// Compares what was typed into a submitted checkout with the vault: a card is the same card when
// its number is (spaces and letters ignored); an address is the same address when its street and
// postal code are, once normalised. A new one is offered for saving, a changed one for updating
// (only the fields the form had: an update never erases), an identical one not at all.
import type { AddressData, CardData, ItemView } from '../../core/types';
import { typedAddress, typedCard, type CapturedSection, type TypedAddress, type TypedCard } from './captured-items';

/** What one typed card or address would change in the vault. */
type Draft =
  | { action: 'save' | 'update'; kind: 'card'; id?: string; data: CardData; changes: string[] }
  | { action: 'save' | 'update'; kind: 'address'; id?: string; data: AddressData; changes: string[] };
/** `key`: which section it came from, what it does and to which item (see ProposalView.key). */
export type Proposal = Draft & { key: string };

type Live<K extends 'card' | 'address'> = Extract<ItemView, { kind: K; damaged: false }>;

/** Case, accents, punctuation and spacing do not make a different text ("12, Rue de l'Église" = "12 rue de l eglise"). */
export const sameText = (a: string, b: string) => fold(a) === fold(b);
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const postal = (s: string) => s.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
const phone = (s: string) => s.replace(/[^\d+]/g, '');
export const addressKey = (street: string, postalCode: string) => `${fold(street)}|${postal(postalCode)}`;

function cardProposal(typed: TypedCard, cards: Live<'card'>[]): Draft | null {
  const known = cards.find((c) => c.data.number === typed.number);
  if (!known) {
    // A card cannot be stored without its expiry.
    if (!typed.exp) return null;
    const data: CardData = { number: typed.number, holder: typed.holder, expMonth: typed.exp.month, expYear: typed.exp.year, cardType: 'credit', status: 'active' };
    return { action: 'save', kind: 'card', data, changes: [] };
  }
  const data = { ...known.data };
  const changes: string[] = [];
  if (typed.holder && !sameText(typed.holder, known.data.holder)) {
    data.holder = typed.holder;
    changes.push('holder');
  }
  if (typed.exp && (typed.exp.month !== known.data.expMonth || typed.exp.year !== known.data.expYear)) {
    data.expMonth = typed.exp.month;
    data.expYear = typed.exp.year;
    changes.push('expiry');
  }
  return changes.length ? { action: 'update', kind: 'card', id: known.id, data, changes } : null;
}

const ADDRESS_FIELDS = ['name', 'organization', 'line2', 'city', 'region', 'country', 'phone', 'email'] as const;

function addressProposal(typed: TypedAddress, addresses: Live<'address'>[]): Draft | null {
  const key = addressKey(typed.street, typed.postalCode);
  const known = addresses.find((a) => addressKey(a.data.street, a.data.postalCode) === key);
  if (!known) {
    if (!typed.city || !typed.country) return null; // the vault's address needs both
    const { street, postalCode, city, country, name = '', ...rest } = typed;
    const data: AddressData = { name, street, postalCode, city, country, ...definedOnly(rest) };
    return { action: 'save', kind: 'address', data, changes: [] };
  }
  const data: AddressData = { ...known.data };
  const changes: string[] = [];
  for (const field of ADDRESS_FIELDS) {
    const now = typed[field];
    if (now === undefined) continue; // not on this form: kept as it is
    const before = known.data[field] ?? '';
    const same = field === 'phone' ? phone(now) === phone(before) : sameText(now, before);
    if (same) continue;
    data[field] = now;
    changes.push(field);
  }
  return changes.length ? { action: 'update', kind: 'address', id: known.id, data, changes } : null;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What to offer for a submitted form: at most one proposal per card and per address. */
export function proposalsFor(sections: CapturedSection[], items: ItemView[]): Proposal[] {
  const cards = items.filter((i): i is Live<'card'> => i.kind === 'card' && !i.damaged);
  const addresses = items.filter((i): i is Live<'address'> => i.kind === 'address' && !i.damaged);
  const out: Proposal[] = [];
  const seen = new Set<string>();
  for (const [index, section] of sections.entries()) {
    let proposal: Draft | null = null;
    let key = '';
    if (section.kind === 'payment') {
      const typed = typedCard(section.values);
      if (typed) [proposal, key] = [cardProposal(typed, cards), `card|${typed.number}`];
    } else if (section.kind !== 'contact') {
      const typed = typedAddress(section.values);
      if (typed) [proposal, key] = [addressProposal(typed, addresses), `address|${addressKey(typed.street, typed.postalCode)}`];
    }
    if (!proposal || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...proposal, key: [index, proposal.action, proposal.kind, proposal.id ?? '', proposal.changes.join('+')].join(':') });
  }
  return out;
}

// Shapes of what the wallet stores. Every field of an item's `data` is secret: it is only ever
// written to disk encrypted (see src/background/vault.ts). The item shapes live in schemas.ts.
import type * as v from 'valibot';
import type { itemSchemas, Settings } from './schemas';

export const ITEM_KINDS = ['card', 'loyalty', 'address', 'identity', 'profile', 'receipt'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What the vault holds for each kind (defaults applied). */
export type ItemDataByKind = { [K in ItemKind]: v.InferOutput<(typeof itemSchemas)[K]> };
/** What a page may send to save an item (optional fields with defaults may be left out). */
export type ItemInputByKind = { [K in ItemKind]: v.InferInput<(typeof itemSchemas)[K]> };

export type CardData = ItemDataByKind['card'];
export type LoyaltyData = ItemDataByKind['loyalty'];
export type AddressData = ItemDataByKind['address'];
export type IdentityData = ItemDataByKind['identity'];
export type ProfileData = ItemDataByKind['profile'];
export type ReceiptData = ItemDataByKind['receipt'];

/** An item as the vault hands it out once decrypted, or marked damaged when it cannot be. */
export type ItemView =
  | { [K in ItemKind]: { id: string; kind: K; damaged: false; updatedAt: number; data: ItemDataByKind[K] } }[ItemKind]
  | { id: string; kind: ItemKind; damaged: true; updatedAt: number };

export { DEFAULT_SETTINGS, LOCK_MINUTES, type Settings } from './schemas';
export type LockMinutes = Settings['lockMinutes'];

export type VaultState = 'no-vault' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** While wrong passwords are being throttled: ms until the next attempt is allowed. */
  retryAfterMs: number;
}

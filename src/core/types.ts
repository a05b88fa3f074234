// Shapes of what the wallet stores. Every field of an item's `data` is secret: it is only ever
// written to disk encrypted (see src/background/vault.ts).

export const ITEM_KINDS = ['card', 'address', 'identity'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface CardData {
  number: string; // digits only
  holder: string;
  expMonth: number; // 1..12
  expYear: number; // four digits
  nickname?: string;
}

export interface AddressData {
  name: string;
  organization?: string;
  street: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string; // ISO 3166-1 alpha-2
  phone?: string;
  email?: string;
}

export interface IdentityData {
  givenName: string;
  familyName: string;
  email?: string;
  phone?: string;
}

export interface ItemDataByKind {
  card: CardData;
  address: AddressData;
  identity: IdentityData;
}

/** An item as the vault hands it out once decrypted, or marked damaged when it cannot be. */
export type ItemView =
  | { [K in ItemKind]: { id: string; kind: K; damaged: false; updatedAt: number; data: ItemDataByKind[K] } }[ItemKind]
  | { id: string; kind: ItemKind; damaged: true; updatedAt: number };

export const LOCK_MINUTES = [1, 5, 15, 30, 60] as const;
export type LockMinutes = (typeof LOCK_MINUTES)[number];

export interface Settings {
  lockMinutes: LockMinutes;
  lockOnOsLock: boolean;
}

export const DEFAULT_SETTINGS: Settings = { lockMinutes: 5, lockOnOsLock: true };

export type VaultState = 'no-vault' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** While wrong passwords are being throttled: ms until the next attempt is allowed. */
  retryAfterMs: number;
}

// The IndexedDB schema (Dexie). Only ciphertext and non-secret metadata (ids, kinds, times, KDF
// parameters, salt) are stored here. Bump SCHEMA_VERSION with a Dexie upgrade when the shape changes.
import Dexie, { type Table } from 'dexie';
import type { Sealed } from '../core/crypto';
import type { KdfParams } from '../core/kdf';
import type { ItemKind } from '../core/types';

export const SCHEMA_VERSION = 1;
export const HEADER_FORMAT = 1;

export interface HeaderRow {
  id: 'header';
  format: number;
  kdf: KdfParams;
  salt: Uint8Array<ArrayBuffer>;
  /** The random data key, sealed under the key derived from the master password. */
  wrappedKey: Sealed;
  createdAt: number;
  passwordChangedAt: number;
}

export interface ItemRow extends Sealed {
  id: string;
  kind: ItemKind;
  createdAt: number;
  updatedAt: number;
}

export class WalletDb extends Dexie {
  meta!: Table<HeaderRow, string>;
  items!: Table<ItemRow, string>;

  constructor(name = 'wallet') {
    super(name);
    this.version(SCHEMA_VERSION).stores({ meta: 'id', items: 'id, kind, updatedAt' });
  }
}

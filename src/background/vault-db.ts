// The IndexedDB schema (Dexie). Only ciphertext and non-secret metadata (ids, kinds, times, KDF
// parameters, salt) are stored here. Bump SCHEMA_VERSION with a Dexie upgrade when the shape changes.
import Dexie, { type PromiseExtended, type Table } from 'dexie';
import type { Sealed } from '../core/crypto';
import { WalletError } from '../core/errors';
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
    // No auto-open: every open goes through open() below (Vault opens explicitly before each call).
    super(name, { autoOpen: false });
    this.version(SCHEMA_VERSION).stores({ meta: 'id', items: 'id, kind, updatedAt' });
  }

  /**
   * Dexie 4 opens a database that a newer release has upgraded (after the VersionError it retries
   * without a version), and when that database lacks an index declared here it even "patches" it:
   * bumps its version and adds the index back. So look at the installed version first, and leave a
   * newer database untouched.
   */
  override open(): PromiseExtended<Dexie> {
    return Dexie.Promise.resolve(installedVersion(this.name)).then((version) => {
      if (version > SCHEMA_VERSION * 10) {
        throw new WalletError('newer-schema', 'This wallet was saved by a newer version of the extension. Update the extension; nothing was deleted.');
      }
      return super.open();
    });
  }
}

/** The IndexedDB version of an existing database, or 0 (without creating it) when there is none. */
function installedVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction?.abort(); // it did not exist: do not create it here
    req.onsuccess = () => {
      const { version } = req.result;
      req.result.close();
      resolve(version);
    };
    req.onerror = (e) => {
      if (req.error?.name !== 'AbortError') return reject(req.error);
      e.preventDefault();
      resolve(0);
    };
  });
}

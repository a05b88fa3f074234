// The encrypted vault: creates the wallet, unwraps the data key with the master password, re-wraps
// it on a password change, and seals every item under the data key with its id and kind bound in.
import * as v from 'valibot';
import { randomBytes } from '../core/bytes';
import { importAesKey, openBytes, openJson, sealBytes, sealJson } from '../core/crypto';
import { WalletError } from '../core/errors';
import { DEFAULT_KDF, deriveKek, type KdfParams } from '../core/kdf';
import type { ItemInput } from '../core/protocol';
import { itemSchemas } from '../core/schemas';
import type { ItemKind, ItemView } from '../core/types';
import { HEADER_FORMAT, SCHEMA_VERSION, type HeaderRow, type ItemRow, type WalletDb } from './vault-db';

const KEY_AAD = 'wallet:data-key:v1';
/** Rows per bulkPut inside an import transaction: progress is reported between chunks. */
const COMMIT_CHUNK = 1000;

export interface ImportedItem {
  id: string;
  kind: ItemKind;
  data: unknown;
  createdAt: number;
  updatedAt: number;
}
const itemAad = (id: string, kind: ItemKind) => `wallet:item:v1:${id}:${kind}`;
/** Dexie stores version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;
const newerSchema = () =>
  new WalletError('newer-schema', 'This wallet was saved by a newer version of the extension. Update the extension; nothing was deleted.');

export class Vault {
  constructor(
    private readonly db: WalletDb,
    private readonly kdf: KdfParams = DEFAULT_KDF,
  ) {}

  async exists(): Promise<boolean> {
    return (await this.header()) !== undefined;
  }

  /** Creates the wallet and returns the raw data key for the session. */
  async create(password: string): Promise<Uint8Array<ArrayBuffer>> {
    if (await this.exists()) throw new WalletError('vault-exists', 'A wallet already exists.');
    const dataKey = randomBytes(32);
    const salt = randomBytes(16);
    const wrappedKey = await wrap(dataKey, password, salt, this.kdf);
    const now = Date.now();
    const header: HeaderRow = { id: 'header', format: HEADER_FORMAT, kdf: this.kdf, salt, wrappedKey, createdAt: now, passwordChangedAt: now };
    await this.guard(() => this.db.meta.add(header));
    return dataKey;
  }

  /** Returns the raw data key, or throws `wrong-password`. */
  async unlock(password: string): Promise<Uint8Array<ArrayBuffer>> {
    const header = await this.requireHeader();
    return unwrap(header, password);
  }

  /** Re-wraps the data key under the new password in one transaction; items are untouched. */
  async changePassword(current: string, next: string): Promise<void> {
    const header = await this.requireHeader();
    const dataKey = await unwrap(header, current);
    const salt = randomBytes(16);
    const wrappedKey = await wrap(dataKey, next, salt, this.kdf);
    dataKey.fill(0);
    await this.guard(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const now = await this.db.meta.get('header');
        // Another change landed while the KDF ran: do not overwrite it with a key wrapped for a stale state.
        if (!now || now.passwordChangedAt !== header.passwordChangedAt) {
          throw new WalletError('internal', 'The password was changed elsewhere; try again.');
        }
        await this.db.meta.put({ ...now, kdf: this.kdf, salt, wrappedKey, passwordChangedAt: Date.now() });
      }),
    );
  }

  async put(key: CryptoKey, input: ItemInput): Promise<string> {
    const [id] = await this.putMany(key, [input]);
    return id!;
  }

  /**
   * Seals every item first, then writes them all in one transaction: all are saved or none.
   * `create`: ids given may be new (the background's own records, such as receipts, which it may
   * write again under the same id after an interruption; writing twice leaves one copy).
   */
  async putMany(key: CryptoKey, inputs: ItemInput[], { create = false } = {}): Promise<string[]> {
    const ids = inputs.map((input) => input.id ?? crypto.randomUUID());
    if (new Set(ids).size !== ids.length) throw new WalletError('invalid-message', 'The same item twice.');
    const existing = await this.guard(() => this.db.items.bulkGet(ids));
    const now = Date.now();
    const rows = await Promise.all(
      inputs.map(async (input, i): Promise<ItemRow> => {
        const id = ids[i]!;
        const old = existing[i];
        if (input.id && !old && !create) throw new WalletError('not-found', 'No such item.');
        if (old && old.kind !== input.kind) throw new WalletError('invalid-message', 'An item cannot change kind.');
        // Validated here too (not only at the message boundary): nothing malformed is ever sealed.
        const parsed = v.safeParse(itemSchemas[input.kind], input.data);
        if (!parsed.success) throw new WalletError('invalid-message', `Invalid ${input.kind}.`);
        const sealed = await sealJson(key, parsed.output, itemAad(id, input.kind));
        return { id, kind: input.kind, ...sealed, createdAt: old?.createdAt ?? now, updatedAt: now };
      }),
    );
    await this.guard(() => this.db.transaction('rw', this.db.items, () => this.db.items.bulkPut(rows)));
    return ids;
  }

  /** Decrypts every item (or those of the given kinds), newest first; one that fails to open or has
   * the wrong shape is reported as damaged. */
  async list(key: CryptoKey, kinds?: readonly ItemKind[]): Promise<ItemView[]> {
    const rows = await this.guard(async () =>
      kinds
        ? (await this.db.items.where('kind').anyOf(kinds).toArray()).sort((a, b) => b.updatedAt - a.updatedAt)
        : this.db.items.orderBy('updatedAt').reverse().toArray(),
    );
    return Promise.all(rows.map((row) => openItem(key, row)));
  }

  /** One item, decrypted (or marked damaged); undefined when there is none. */
  async get(key: CryptoKey, id: string): Promise<ItemView | undefined> {
    const row = await this.guard(() => this.db.items.get(id));
    return row && openItem(key, row);
  }

  async delete(id: string): Promise<void> {
    await this.guard(() => this.db.items.delete(id));
  }

  /** Deletes the whole database: the header (so the wrapped key) and every item. */
  async reset(): Promise<void> {
    await this.db.delete();
  }

  /** Seals one item for a bulk import, validated like put; nothing is written yet (see commitImport). */
  async sealItem(key: CryptoKey, item: ImportedItem): Promise<ItemRow> {
    const parsed = v.safeParse(itemSchemas[item.kind], item.data);
    if (!parsed.success) throw new WalletError('invalid-message', `Invalid ${item.kind}.`);
    const sealed = await sealJson(key, parsed.output, itemAad(item.id, item.kind));
    return { id: item.id, kind: item.kind, ...sealed, createdAt: item.createdAt, updatedAt: item.updatedAt };
  }

  /** Every readable item with both its times, for a backup; damaged ones are counted, not included. */
  async exportItems(key: CryptoKey): Promise<{ items: ImportedItem[]; damaged: number }> {
    const rows = await this.guard(() => this.db.items.toArray());
    const views = await Promise.all(rows.map((row) => openItem(key, row)));
    const items = views.flatMap((view, i) =>
      view.damaged ? [] : [{ id: view.id, kind: view.kind, data: view.data, createdAt: rows[i]!.createdAt, updatedAt: view.updatedAt }],
    );
    return { items, damaged: views.length - items.length };
  }

  /** Every item's id and kind, without decrypting anything. */
  async itemKinds(): Promise<Map<string, ItemKind>> {
    // One getAll: in Chromium it is far faster than walking the kind index with a cursor.
    const rows = await this.guard(() => this.db.items.toArray());
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  /**
   * Writes sealed rows in ONE transaction, after removing the items being replaced: if anything
   * fails or the worker stops half way, IndexedDB rolls it all back and the old items stay. Rows are
   * sealed beforehand because awaiting WebCrypto inside a transaction would let it auto-commit.
   * `replace.ids` are the ids of `replace.kinds` read before sealing; if the wallet gained or lost
   * an item of those kinds since, nothing is written. Returns how many items were removed (rows
   * being rewritten under the same id are overwritten, not removed).
   */
  async commitImport(rows: ItemRow[], replace: { kinds: readonly ItemKind[]; ids: readonly string[] } | null, onProgress?: (written: number) => void): Promise<number> {
    return this.guard(() =>
      this.db.transaction('rw', this.db.items, async () => {
        let removed = 0;
        if (replace) {
          const now = await this.db.items.where('kind').anyOf(replace.kinds).count();
          if (now !== replace.ids.length) throw new WalletError('busy', 'The wallet changed during the import; nothing was imported. Try again.');
          const writing = new Set(rows.map((r) => r.id));
          const stale = replace.ids.filter((id) => !writing.has(id));
          await this.db.items.bulkDelete(stale);
          removed = stale.length;
        }
        for (let i = 0; i < rows.length; i += COMMIT_CHUNK) {
          await this.db.items.bulkPut(rows.slice(i, i + COMMIT_CHUNK));
          onProgress?.(Math.min(i + COMMIT_CHUNK, rows.length));
        }
        return removed;
      }),
    );
  }

  private async header(): Promise<HeaderRow | undefined> {
    const header = await this.guard(() => this.db.meta.get('header'));
    if (header && header.format > HEADER_FORMAT) throw newerSchema();
    return header;
  }

  private async requireHeader(): Promise<HeaderRow> {
    const header = await this.header();
    if (!header) throw new WalletError('no-vault', 'No wallet has been created yet.');
    return header;
  }

  /**
   * Runs a database call, refusing a database that a newer release has upgraded. Dexie 4 would open
   * it anyway at the installed version, and this code must not read or write a shape it does not know.
   */
  private async guard<T>(op: () => Promise<T>): Promise<T> {
    if (!this.db.isOpen()) await this.db.open();
    if (this.db.backendDB().version > SCHEMA_VERSION * DEXIE_VERSION_FACTOR) throw newerSchema();
    return op();
  }
}

async function wrap(dataKey: Uint8Array<ArrayBuffer>, password: string, salt: Uint8Array<ArrayBuffer>, kdf: KdfParams) {
  const kekRaw = deriveKek(password, salt, kdf);
  const kek = await importAesKey(kekRaw);
  kekRaw.fill(0);
  return sealBytes(kek, dataKey, KEY_AAD);
}

async function unwrap(header: HeaderRow, password: string): Promise<Uint8Array<ArrayBuffer>> {
  const kekRaw = deriveKek(password, header.salt, header.kdf);
  const kek = await importAesKey(kekRaw);
  kekRaw.fill(0);
  try {
    return await openBytes(kek, header.wrappedKey, KEY_AAD);
  } catch {
    throw new WalletError('wrong-password', 'Wrong master password.');
  }
}

async function openItem(key: CryptoKey, row: ItemRow): Promise<ItemView> {
  const base = { id: row.id, kind: row.kind, updatedAt: row.updatedAt };
  try {
    const data = await openJson(key, row, itemAad(row.id, row.kind));
    const parsed = v.safeParse(itemSchemas[row.kind], data);
    if (parsed.success) return { ...base, damaged: false, data: parsed.output } as ItemView;
  } catch {
    // falls through: unreadable ciphertext is reported, never thrown, so the other items still open
  }
  return { ...base, damaged: true };
}

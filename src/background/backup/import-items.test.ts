// Imports against a real vault on fake-indexeddb: duplicates, replace, references, and — the point —
// all or nothing when the transaction fails or is aborted half way.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importAesKey } from '../../core/crypto';
import type { KdfParams } from '../../core/kdf';
import type { ItemView } from '../../core/types';
import { Vault } from '../vault';
import { WalletDb } from '../vault-db';
import { importItems, type IncomingItem } from './import-items';

const CHEAP: KdfParams = { name: 'argon2id', m: 256, t: 1, p: 1 };
const PASSWORD = 'correct horse battery';
const card = (n: number) => ({ number: `41111111${String(n).padStart(8, '0')}`, holder: 'Ada Lovelace', expMonth: 1 + (n % 12), expYear: 2030 });
const address = { name: 'Grace Hopper', street: '1 Navy Yard', city: 'Arlington', postalCode: '22202', country: 'US' };

let dbCount = 0;
const dbs: WalletDb[] = [];
async function setup() {
  const db = new WalletDb(`import-test-${process.pid}-${++dbCount}`);
  dbs.push(db);
  const vault = new Vault(db, CHEAP);
  const key = await importAesKey(await vault.create(PASSWORD));
  return { db, vault, key };
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});

const incoming = (kind: IncomingItem['kind'], data: unknown, extra: Partial<IncomingItem> = {}): IncomingItem => ({ kind, data, position: 0, name: '', ...extra });
const sorted = (items: ItemView[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const dataOf = (items: ItemView[], kind: string) => items.filter((i) => i.kind === kind && !i.damaged).map((i) => (i as { data: unknown }).data);

describe('importItems', () => {
  it('merge skips items with the same kind and content, whatever their id', async () => {
    const { vault, key } = await setup();
    await vault.put(key, { kind: 'card', data: card(1) });
    const summary = await importItems(vault, key, [incoming('card', card(1), { id: 'other-id' }), incoming('card', card(2)), incoming('address', address)], {
      mode: 'merge',
      kinds: ['card', 'address'],
    });
    expect(summary).toEqual({ added: { card: 1, address: 1 }, duplicates: 1, removed: 0, skipped: [], ignored: {} });
    const items = await vault.list(key);
    expect(dataOf(items, 'card')).toHaveLength(2);
    // The same import again adds nothing.
    const again = await importItems(vault, key, [incoming('card', card(2)), incoming('address', address)], { mode: 'merge', kinds: ['card'] });
    expect(again).toMatchObject({ added: {}, duplicates: 2 });
    expect(await vault.list(key)).toHaveLength(3);
  });

  it('replace removes every item of the imported kinds and keeps the others', async () => {
    const { vault, key } = await setup();
    await vault.put(key, { kind: 'card', data: card(1) });
    await vault.put(key, { kind: 'card', data: card(2) });
    const addressId = await vault.put(key, { kind: 'address', data: address });
    const summary = await importItems(vault, key, [incoming('card', card(3))], { mode: 'replace', kinds: ['card'] });
    expect(summary).toMatchObject({ added: { card: 1 }, removed: 2, duplicates: 0 });
    const items = await vault.list(key);
    expect(dataOf(items, 'card')).toEqual([{ ...card(3), cardType: 'credit', status: 'active' }]);
    expect(items.find((i) => i.kind === 'address')?.id).toBe(addressId);
  });

  it('keeps ids and times from the file, and points references at the item they meant when an id changes', async () => {
    const { vault, key } = await setup();
    const existingCard = await vault.put(key, { kind: 'card', data: card(1) });
    const takenId = await vault.put(key, { kind: 'address', data: { ...address, city: 'Elsewhere' } });
    const summary = await importItems(
      vault,
      key,
      [
        incoming('card', card(1), { id: 'card-in-file' }), // a duplicate of existingCard
        incoming('address', address, { id: takenId, createdAt: 5, updatedAt: 6 }), // its id is taken by another address
        incoming('profile', { name: 'Home', cardId: 'card-in-file', shippingId: takenId }, { id: 'profile-1', createdAt: 7, updatedAt: 8 }),
      ],
      { mode: 'merge', kinds: ['card', 'address', 'profile'] },
    );
    expect(summary).toMatchObject({ added: { address: 1, profile: 1 }, duplicates: 1 });
    const items = await vault.list(key);
    const imported = items.find((i) => i.kind === 'address' && !i.damaged && i.data.city === 'Arlington')!;
    expect(imported.id).not.toBe(takenId);
    expect(imported.updatedAt).toBe(6);
    const profile = items.find((i) => i.id === 'profile-1');
    expect(profile).toMatchObject({ updatedAt: 8, data: { name: 'Home', cardId: existingCard, shippingId: imported.id } });
  });

  it('skips invalid items with a reason naming the field, not the value', async () => {
    const { vault, key } = await setup();
    const summary = await importItems(vault, key, [incoming('card', { ...card(1), number: '4111-secret' }, { position: 3, name: 'Visa' }), incoming('card', card(2))], {
      mode: 'merge',
      kinds: ['card'],
    });
    expect(summary.skipped).toEqual([{ position: 3, name: 'Visa', reason: 'invalid-field', field: 'number' }]);
    expect(summary.added).toEqual({ card: 1 });
  });

  it('reports progress while sealing and writing', async () => {
    const { vault, key } = await setup();
    const seen: string[] = [];
    await importItems(vault, key, Array.from({ length: 1200 }, (_, i) => incoming('card', card(i))), {
      mode: 'merge',
      kinds: ['card'],
      report: (phase, done, total) => seen.push(`${phase} ${done}/${total}`),
    });
    expect(seen).toContain('sealing 0/1200');
    expect(seen).toContain('writing 1000/1200');
    expect(seen.at(-1)).toBe('writing 1200/1200');
  });
});

describe('an interrupted import leaves the old items, never a mix', () => {
  async function walletWithOldItems() {
    const s = await setup();
    for (let i = 0; i < 5; i++) await s.vault.put(s.key, { kind: 'card', data: card(900 + i) });
    await s.vault.put(s.key, { kind: 'address', data: address });
    return { ...s, before: sorted(await s.vault.list(s.key)) };
  }
  const newCards = Array.from({ length: 2500 }, (_, i) => incoming('card', card(i)));

  it('when a write fails after part of the rows are in (replace mode, after the delete)', async () => {
    const { db, vault, key, before } = await walletWithOldItems();
    const realBulkPut = db.items.bulkPut.bind(db.items);
    let calls = 0;
    vi.spyOn(db.items, 'bulkPut').mockImplementation(((rows: never[]) => {
      if (++calls === 2) throw new Error('disk full');
      return realBulkPut(rows);
    }) as never);
    await expect(importItems(vault, key, newCards, { mode: 'replace', kinds: ['card'] })).rejects.toThrow('disk full');
    expect(calls).toBe(2); // the first 1000 rows had been written inside the transaction
    expect(sorted(await vault.list(key))).toEqual(before);
  });

  it('when the transaction is aborted half way (as when the worker stops)', async () => {
    const { db, vault, key, before } = await walletWithOldItems();
    const realBulkPut = db.items.bulkPut.bind(db.items);
    let calls = 0;
    vi.spyOn(db.items, 'bulkPut').mockImplementation(((rows: never[]) => {
      if (++calls === 2) Dexie.currentTransaction!.abort();
      return realBulkPut(rows);
    }) as never);
    await expect(importItems(vault, key, newCards, { mode: 'merge', kinds: ['card'] })).rejects.toThrow();
    expect(sorted(await vault.list(key))).toEqual(before);
    // The vault still works afterwards, and the same import then goes through completely.
    vi.restoreAllMocks();
    await importItems(vault, key, newCards, { mode: 'replace', kinds: ['card'] });
    const after = await vault.list(key);
    expect(dataOf(after, 'card')).toHaveLength(2500);
    expect(dataOf(after, 'address')).toEqual([address]);
  });

  it('when an item of a replaced kind was added while the import was being prepared', async () => {
    const { vault, key } = await walletWithOldItems();
    const err = await importItems(vault, key, newCards, {
      mode: 'replace',
      kinds: ['card'],
      beforeCommit: async () => void (await vault.put(key, { kind: 'card', data: card(999) })),
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'busy' });
    expect(dataOf(await vault.list(key), 'card')).toHaveLength(6); // the five old cards and the one added meanwhile
  });

  it('when the wallet is locked before writing', async () => {
    const { vault, key, before } = await walletWithOldItems();
    const locked = new Error('locked');
    await expect(
      importItems(vault, key, newCards, { mode: 'replace', kinds: ['card'], beforeCommit: () => Promise.reject(locked) }),
    ).rejects.toBe(locked);
    expect(sorted(await vault.list(key))).toEqual(before);
  });
});

describe('an interrupted password change leaves the old password, never a mix', () => {
  it('when the header write fails inside the transaction', async () => {
    const { db, vault, key } = await setup();
    await vault.put(key, { kind: 'card', data: card(1) });
    vi.spyOn(db.meta, 'put').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(vault.changePassword(PASSWORD, 'a new password')).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    const dataKey = await vault.unlock(PASSWORD);
    await expect(vault.unlock('a new password')).rejects.toMatchObject({ code: 'wrong-password' });
    expect(dataOf(await vault.list(await importAesKey(dataKey)), 'card')).toHaveLength(1);
  });

  it('when the transaction is aborted after the new header was put', async () => {
    const { db, vault } = await setup();
    const realPut = db.meta.put.bind(db.meta);
    vi.spyOn(db.meta, 'put').mockImplementation(((row: never) => {
      const p = realPut(row);
      Dexie.currentTransaction!.abort();
      return p;
    }) as never);
    await expect(vault.changePassword(PASSWORD, 'a new password')).rejects.toThrow();
    vi.restoreAllMocks();
    expect((await vault.unlock(PASSWORD)).length).toBe(32);
    await expect(vault.unlock('a new password')).rejects.toMatchObject({ code: 'wrong-password' });
  });
});

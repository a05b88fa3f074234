import { afterEach, describe, expect, it, vi } from 'vitest';
import { toBase64 } from '../core/bytes';
import { importAesKey, openJson, sealJson } from '../core/crypto';
import { WalletError } from '../core/errors';
import { DEFAULT_KDF, deriveKek, type KdfParams } from '../core/kdf';
import type { ItemInputByKind } from '../core/types';
import { Vault } from './vault';
import { HEADER_FORMAT, SCHEMA_VERSION, WalletDb } from './vault-db';

const CHEAP: KdfParams = { name: 'argon2id', m: 256, t: 1, p: 1 };
const PASSWORD = 'correct horse battery';
const card: ItemInputByKind['card'] = { number: '4111111111111111', holder: 'Ada Lovelace', expMonth: 12, expYear: 2030, nickname: 'Work' };
/** The card as the vault hands it back: the schema's defaults filled in. */
const storedCard = { ...card, cardType: 'credit', status: 'active' };
const address: ItemInputByKind['address'] = { name: 'Grace Hopper', street: '1 Navy Yard', city: 'Arlington', postalCode: '22202', country: 'US' };
const identity: ItemInputByKind['identity'] = { givenName: 'Katherine', familyName: 'Johnson', email: 'kj@example.org' };

let dbCount = 0;
const dbs: WalletDb[] = [];
function newDbName() {
  return `vault-test-${process.pid}-${++dbCount}`;
}
function setup(kdf: KdfParams = CHEAP, name = newDbName()) {
  const db = new WalletDb(name);
  dbs.push(db);
  return { db, name, vault: new Vault(db, kdf) };
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** Same data key: what one seals, the other opens. */
async function expectSameKey(a: Uint8Array<ArrayBuffer>, b: Uint8Array<ArrayBuffer>) {
  const sealed = await sealJson(await importAesKey(new Uint8Array(a)), 'probe', 'aad');
  expect(await openJson(await importAesKey(new Uint8Array(b)), sealed, 'aad')).toBe('probe');
}

async function expectCode(p: Promise<unknown>, code: WalletError['code']) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WalletError);
  expect((e as WalletError).code).toBe(code);
}

/** Every string and byte sequence of a row, in forms a leak could take. */
function dump(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? [String.fromCharCode(...v), toBase64(v), Buffer.from(v).toString('hex')].join('|') : v,
  );
}

function rawOpen(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
function rawAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store).objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error);
  });
}

describe('create and unlock', () => {
  it('unlocks with the right password to the same data key', async () => {
    const { vault } = setup();
    expect(await vault.exists()).toBe(false);
    const created = await vault.create(PASSWORD);
    expect(created.length).toBe(32);
    expect(await vault.exists()).toBe(true);
    const unlocked = await vault.unlock(PASSWORD);
    expect(unlocked).toEqual(created);
    await expectSameKey(created, unlocked);
  });

  it('refuses a wrong password', async () => {
    const { vault } = setup();
    await vault.create(PASSWORD);
    await expectCode(vault.unlock('correct horse battery!'), 'wrong-password');
    await expectCode(vault.unlock(''), 'wrong-password');
  });

  it('refuses a second create and keeps the first wallet', async () => {
    const { vault } = setup();
    const key = await vault.create(PASSWORD);
    await expectCode(vault.create('another password'), 'vault-exists');
    await expectSameKey(key, await vault.unlock(PASSWORD));
    await expectCode(vault.unlock('another password'), 'wrong-password');
  });

  it('unlock and change password without a wallet report no-vault', async () => {
    const { vault } = setup();
    await expectCode(vault.unlock(PASSWORD), 'no-vault');
    await expectCode(vault.changePassword(PASSWORD, 'new password'), 'no-vault');
  });

  it('stores the KDF name, parameters and a random salt in the header', async () => {
    const a = setup({ name: 'scrypt', N: 1024, r: 8, p: 1 });
    const b = setup();
    await a.vault.create(PASSWORD);
    await b.vault.create(PASSWORD);
    const ha = (await a.db.meta.get('header'))!;
    const hb = (await b.db.meta.get('header'))!;
    expect(ha.format).toBe(HEADER_FORMAT);
    expect(ha.kdf).toEqual({ name: 'scrypt', N: 1024, r: 8, p: 1 });
    expect(hb.kdf).toEqual(CHEAP);
    expect(ha.salt).toBeInstanceOf(Uint8Array);
    expect(ha.salt.length).toBe(16);
    expect(toBase64(ha.salt)).not.toBe(toBase64(hb.salt));
    expect(ha.wrappedKey.iv.length).toBe(12);
  });

  it('uses the KDF stored in the header to unlock, not the one it was constructed with', async () => {
    const { db, vault } = setup({ name: 'scrypt', N: 1024, r: 8, p: 1 });
    const key = await vault.create(PASSWORD);
    await expectSameKey(key, await new Vault(db, CHEAP).unlock(PASSWORD));
  });

  it('ships with the default KDF (argon2id, OWASP strength)', async () => {
    const { db, vault } = setup(DEFAULT_KDF);
    const defaultVault = new Vault(db); // no KDF given: the shipped default
    const key = await defaultVault.create(PASSWORD);
    expect((await db.meta.get('header'))!.kdf).toEqual({ name: 'argon2id', m: 47_104, t: 2, p: 1 });
    await expectSameKey(key, await vault.unlock(PASSWORD));
  }, 30_000);
});

describe('items', () => {
  it('puts, lists and deletes cards, addresses and identities', async () => {
    const { vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    const cardId = await vault.put(key, { kind: 'card', data: card });
    const addressId = await vault.put(key, { kind: 'address', data: address });
    const identityId = await vault.put(key, { kind: 'identity', data: identity });
    expect(new Set([cardId, addressId, identityId]).size).toBe(3);

    const items = await vault.list(key);
    expect(items).toHaveLength(3);
    expect(items).toContainEqual(expect.objectContaining({ id: cardId, kind: 'card', damaged: false, data: storedCard }));
    expect(items).toContainEqual(expect.objectContaining({ id: addressId, kind: 'address', damaged: false, data: address }));
    expect(items).toContainEqual(expect.objectContaining({ id: identityId, kind: 'identity', damaged: false, data: identity }));

    await vault.delete(addressId);
    expect((await vault.list(key)).map((i) => i.id).sort()).toEqual([cardId, identityId].sort());
  });

  it('lists the most recently updated first', async () => {
    const { vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    let now = 1_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    const a = await vault.put(key, { kind: 'card', data: card });
    const b = await vault.put(key, { kind: 'identity', data: identity });
    expect((await vault.list(key)).map((i) => i.id)).toEqual([b, a]);
    await vault.put(key, { kind: 'card', id: a, data: { ...card, nickname: 'Home' } });
    const items = await vault.list(key);
    expect(items.map((i) => i.id)).toEqual([a, b]);
    expect(items[0]).toMatchObject({ damaged: false, data: { nickname: 'Home' } });
  });

  it('lists only the kinds asked for, newest first', async () => {
    const { vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    let now = 1_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    const c1 = await vault.put(key, { kind: 'card', data: card });
    const i1 = await vault.put(key, { kind: 'identity', data: identity });
    const c2 = await vault.put(key, { kind: 'card', data: { ...card, nickname: 'Second' } });
    await vault.put(key, { kind: 'address', data: address });
    expect((await vault.list(key, ['card'])).map((i) => i.id)).toEqual([c2, c1]);
    expect((await vault.list(key, ['identity', 'card'])).map((i) => i.id)).toEqual([c2, i1, c1]);
    expect(await vault.list(key, ['receipt'])).toEqual([]);
  });

  it('putMany writes all items in one transaction, or none when one is invalid', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    const ids = await vault.putMany(key, [
      { kind: 'card', data: card },
      { kind: 'address', data: address },
    ]);
    expect(ids).toHaveLength(2);
    expect(await db.items.count()).toBe(2);
    const bad = { kind: 'identity', data: { givenName: 'No family name' } } as never;
    await expectCode(vault.putMany(key, [{ kind: 'identity', data: identity }, bad]), 'invalid-message');
    await expectCode(vault.putMany(key, [{ kind: 'identity', id: ids[0], data: identity }]), 'invalid-message');
    await expectCode(vault.putMany(key, [{ kind: 'card', id: 'x1', data: card }, { kind: 'card', id: 'x1', data: card }]), 'invalid-message');
    expect(await db.items.count()).toBe(2);
  });

  it('reset deletes the header and every item; a new wallet can be created after it', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    await vault.put(key, { kind: 'card', data: card });
    await vault.reset();
    expect(await vault.exists()).toBe(false);
    expect(await db.items.count()).toBe(0);
    const fresh = await importAesKey(await vault.create('another password'));
    expect(await vault.list(fresh)).toEqual([]);
  });

  it('updates in place, refuses an unknown id or a change of kind', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    const id = await vault.put(key, { kind: 'card', data: card });
    const createdAt = (await db.items.get(id))!.createdAt;
    expect(await vault.put(key, { kind: 'card', id, data: { ...card, holder: 'A. King' } })).toBe(id);
    expect((await db.items.get(id))!.createdAt).toBe(createdAt);
    expect(await vault.list(key)).toEqual([expect.objectContaining({ id, data: { ...storedCard, holder: 'A. King' } })]);
    await expectCode(vault.put(key, { kind: 'card', id: 'nope', data: card }), 'not-found');
    await expectCode(vault.put(key, { kind: 'identity', id, data: identity }), 'invalid-message');
    expect(await db.items.count()).toBe(1);
  });

  it('never writes plaintext, the password or a key to IndexedDB', async () => {
    const { db, vault } = setup();
    const rawKey = await vault.create(PASSWORD);
    const dataKeyCopy = new Uint8Array(rawKey);
    const key = await importAesKey(rawKey);
    await vault.put(key, { kind: 'card', data: card });
    await vault.put(key, { kind: 'address', data: address });
    await vault.put(key, { kind: 'identity', data: identity });

    const header = (await db.meta.get('header'))!;
    const kek = deriveKek(PASSWORD, header.salt, header.kdf);
    const stored = dump({ meta: await db.meta.toArray(), items: await db.items.toArray() });
    const secrets = [
      card.number,
      card.number.slice(-4) + '"', // not even as a separate last-4 field
      card.holder,
      address.name,
      address.street,
      identity.givenName,
      identity.email!,
      PASSWORD,
      String.fromCharCode(...dataKeyCopy),
      toBase64(dataKeyCopy),
      Buffer.from(dataKeyCopy).toString('hex'),
      toBase64(kek),
      Buffer.from(kek).toString('hex'),
    ];
    for (const secret of secrets) expect(stored).not.toContain(secret);
    // The dump is not vacuous: it does hold the non-secret metadata.
    expect(stored).toContain('"kind":"card"');
    expect(stored).toContain('argon2id');
  });

  it('reports a record with corrupted ciphertext as damaged and still opens the others', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    const good = await vault.put(key, { kind: 'card', data: card });
    const bad = await vault.put(key, { kind: 'address', data: address });
    const row = (await db.items.get(bad))!;
    const ct = new Uint8Array(row.ct);
    ct[3] = ct[3]! ^ 0xff;
    await db.items.update(bad, { ct });

    const items = await vault.list(key);
    expect(items).toContainEqual({ id: bad, kind: 'address', damaged: true, updatedAt: row.updatedAt });
    expect(items).toContainEqual(expect.objectContaining({ id: good, damaged: false, data: storedCard }));
  });

  it('reports a ciphertext moved onto another id (swap attack) as damaged', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    const mine = await vault.put(key, { kind: 'card', data: card });
    const theirs = await vault.put(key, { kind: 'card', data: { ...card, number: '5555555555554444', holder: 'Mallory' } });
    const src = (await db.items.get(mine))!;
    await db.items.update(theirs, { iv: src.iv, ct: src.ct });

    const items = await vault.list(key);
    expect(items.find((i) => i.id === theirs)).toMatchObject({ damaged: true });
    expect(items.find((i) => i.id === mine)).toMatchObject({ damaged: false, data: storedCard });
  });

  it('reports a record whose kind was changed as damaged', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    const id = await vault.put(key, { kind: 'identity', data: identity });
    await db.items.update(id, { kind: 'card' });
    expect(await vault.list(key)).toEqual([expect.objectContaining({ id, kind: 'card', damaged: true })]);
  });

  it('reports every item as damaged under another key, without throwing', async () => {
    const { vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    await vault.put(key, { kind: 'card', data: card });
    const other = await importAesKey(crypto.getRandomValues(new Uint8Array(32)));
    expect(await vault.list(other)).toEqual([expect.objectContaining({ damaged: true })]);
  });
});

describe('password change', () => {
  it('re-wraps the same data key under the new password', async () => {
    const { db, vault } = setup();
    const before = await vault.create(PASSWORD);
    const key = await importAesKey(new Uint8Array(before));
    const id = await vault.put(key, { kind: 'card', data: card });
    const itemBefore = await db.items.get(id);
    const saltBefore = toBase64((await db.meta.get('header'))!.salt);

    await vault.changePassword(PASSWORD, 'a brand new password');

    await expectCode(vault.unlock(PASSWORD), 'wrong-password');
    const after = await vault.unlock('a brand new password');
    expect(after).toEqual(before);
    await expectSameKey(before, after);
    expect(await vault.list(await importAesKey(after))).toEqual([expect.objectContaining({ id, damaged: false, data: storedCard })]);
    expect(await db.items.get(id)).toEqual(itemBefore); // items untouched
    expect(toBase64((await db.meta.get('header'))!.salt)).not.toBe(saltBefore);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const { db, vault } = setup();
    await vault.create(PASSWORD);
    const header = await db.meta.get('header');
    await expectCode(vault.changePassword('not it', 'a brand new password'), 'wrong-password');
    expect(await db.meta.get('header')).toEqual(header);
    await vault.unlock(PASSWORD);
  });
});

describe('a database from a newer version', () => {
  it('refuses a database upgraded to a newer Dexie schema, and deletes nothing', async () => {
    const name = newDbName();
    const newerVersion = (SCHEMA_VERSION + 1) * 10; // Dexie stores version n as n × 10
    const raw = await rawOpen(name, newerVersion, (db) => {
      db.createObjectStore('meta', { keyPath: 'id' }).put({ id: 'header', format: HEADER_FORMAT + 1, future: true });
      const items = db.createObjectStore('items', { keyPath: 'id' });
      items.createIndex('kind', 'kind');
      items.createIndex('updatedAt', 'updatedAt');
      items.put({ id: 'future-item', kind: 'card', updatedAt: 1, blob: 'opaque' });
      db.createObjectStore('attachments', { keyPath: 'id' }).put({ id: 'a1' });
    });
    raw.close();

    const { vault } = setup(CHEAP, name);
    await expectCode(vault.exists(), 'newer-schema');
    await expectCode(vault.create(PASSWORD), 'newer-schema');
    await expectCode(vault.unlock(PASSWORD), 'newer-schema');
    await expectCode(vault.delete('future-item'), 'newer-schema');
    for (const db of dbs.splice(0)) db.close();

    const after = await rawOpen(name);
    expect(after.version).toBe(newerVersion);
    expect([...after.objectStoreNames].sort()).toEqual(['attachments', 'items', 'meta']);
    expect(await rawAll(after, 'meta')).toEqual([{ id: 'header', format: HEADER_FORMAT + 1, future: true }]);
    expect(await rawAll(after, 'items')).toEqual([{ id: 'future-item', kind: 'card', updatedAt: 1, blob: 'opaque' }]);
    expect(await rawAll(after, 'attachments')).toEqual([{ id: 'a1' }]);
    after.close();
  });

  it('does not patch the schema of a newer database that dropped an index', async () => {
    const name = newDbName();
    const newerVersion = (SCHEMA_VERSION + 1) * 10;
    const raw = await rawOpen(name, newerVersion, (db) => {
      db.createObjectStore('meta', { keyPath: 'id' });
      db.createObjectStore('items', { keyPath: 'id' }).put({ id: 'x', kind: 'card' });
    });
    raw.close();
    await expectCode(setup(CHEAP, name).vault.exists(), 'newer-schema');
    for (const db of dbs.splice(0)) db.close();
    const after = await rawOpen(name);
    expect(after.version).toBe(newerVersion);
    expect(await rawAll(after, 'items')).toEqual([{ id: 'x', kind: 'card' }]);
    after.close();
  });

  it('refuses a header of a newer format, and deletes nothing', async () => {
    const { db, vault } = setup();
    const key = await importAesKey(await vault.create(PASSWORD));
    await vault.put(key, { kind: 'card', data: card });
    await db.meta.update('header', { format: HEADER_FORMAT + 1 });
    const header = await db.meta.get('header');

    await expectCode(vault.exists(), 'newer-schema');
    await expectCode(vault.unlock(PASSWORD), 'newer-schema');
    await expectCode(vault.create(PASSWORD), 'newer-schema');
    await expectCode(vault.changePassword(PASSWORD, 'a brand new password'), 'newer-schema');
    expect(await db.meta.get('header')).toEqual(header);
    expect(await db.items.count()).toBe(1);
  });
});

// A real router, handlers and vault on fake-indexeddb (cheap KDF), unlocked, for the backup and
// import tests. Test-only: never imported by the extension.
import { afterEach, expect } from 'vitest';
import type { KdfParams } from '../../core/kdf';
import type { ErrorBody, Result } from '../../core/protocol';
import type { ItemView } from '../../core/types';
import { makeHandlers } from '../handlers';
import { dispatch, type Sender } from '../router';
import { WalletSession } from '../session';
import { SettingsStore } from '../settings';
import { UnlockThrottle } from '../unlock-throttle';
import { Vault } from '../vault';
import { WalletDb } from '../vault-db';
import { PendingOffers } from '../capture/pending';
import { MemoryStore, RecordedAlarms } from './memory-store';

export const CHEAP: KdfParams = { name: 'argon2id', m: 256, t: 1, p: 1 };
export const PASSWORD = 'correct horse battery';
export const BACKUP_PASSWORD = 'backup horse battery';
export const PAGE: Sender = { kind: 'page' };
export const CONTENT: Sender = { kind: 'content', tabId: 4, frameId: 0, url: 'https://shop.example/' };

let dbCount = 0;
const dbs: WalletDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

export async function unlockedWallet() {
  const db = new WalletDb(`transfer-test-${process.pid}-${++dbCount}`);
  dbs.push(db);
  const local = new MemoryStore();
  const settings = new SettingsStore(local);
  const alarms = { create() {}, clear: async () => true };
  const session = new WalletSession(new MemoryStore(), alarms, () => settings.get());
  const handlers = makeHandlers({
    vault: new Vault(db, CHEAP),
    session,
    throttle: new UnlockThrottle(local),
    settings,
    sessionStore: new MemoryStore(),
    backupKdf: CHEAP,
    showFormsFound: async () => {},
    pending: new PendingOffers(new MemoryStore(), new RecordedAlarms(), Date.now),
  });
  const call = <T = unknown>(req: unknown, from: Sender = PAGE) => dispatch(req, from, handlers) as Promise<Result<T>>;
  expect((await call({ type: 'vault.create', password: PASSWORD })).ok).toBe(true);
  return { call, session };
}

export function valueOf<T>(res: Result<T>): T {
  if (!res.ok) throw new Error(`expected success, got ${res.error.code}: ${res.error.message}`);
  return res.value;
}
export function errorOf(res: Result<unknown>): ErrorBody {
  if (res.ok) throw new Error('expected an error');
  return res.error;
}

export const fill = async (call: Awaited<ReturnType<typeof unlockedWallet>>['call']) => {
  const card = { number: '4111111111111111', holder: 'Ada Lovelace', expMonth: 12, expYear: 2030 };
  const cardId = valueOf(await call<{ id: string }>({ type: 'items.put', item: { kind: 'card', data: card } })).id;
  const addressId = valueOf(
    await call<{ id: string }>({ type: 'items.put', item: { kind: 'address', data: { name: 'Grace', street: '1 Navy Yard', city: 'Arlington', postalCode: '22202', country: 'US' } } }),
  ).id;
  await call({ type: 'items.put', item: { kind: 'profile', data: { name: 'Home', cardId, shippingId: addressId } } });
  await call({ type: 'items.put', item: { kind: 'receipt', data: { merchant: 'Shop', site: 'https://shop.example', date: '2026-11-25T10:00:00.000Z', amount: 1999, currency: 'EUR' } } });
  return valueOf(await call<ItemView[]>({ type: 'items.list' }));
};


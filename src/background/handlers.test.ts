import { afterEach, describe, expect, it, vi } from 'vitest';
import * as kdf from '../core/kdf';
import type { ToContent } from '../core/fill';
import type { ErrorBody, Result } from '../core/protocol';
import { DEFAULT_SETTINGS } from '../core/types';
import { makeHandlers } from './handlers';
import { dispatch, type Sender } from './router';
import { WalletSession, type AlarmApi } from './session';
import { SettingsStore } from './settings';
import { UnlockThrottle } from './unlock-throttle';
import { Vault } from './vault';
import { WalletDb } from './vault-db';
import { PendingOffers } from './capture/pending';
import { MemoryStore, RecordedAlarms } from './testing/memory-store';

// Count KDF runs without changing what they compute.
vi.mock('../core/kdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/kdf')>();
  return { ...real, deriveKek: vi.fn(real.deriveKek) };
});

const CHEAP: kdf.KdfParams = { name: 'argon2id', m: 256, t: 1, p: 1 };
const PASSWORD = 'correct horse battery';
const PAGE: Sender = { kind: 'page' };
const CONTENT: Sender = { kind: 'content', tabId: 4, frameId: 0, url: 'https://shop.example/' };
const card = { number: '4111111111111111', holder: 'Ada Lovelace', expMonth: 12, expYear: 2030 };

/** Records alarms without timers: these tests do not wait for the idle lock. */
class RecordingAlarms implements AlarmApi {
  armed = new Map<string, number>();
  create(name: string, info: { delayInMinutes: number }) {
    this.armed.set(name, info.delayInMinutes);
  }
  async clear(name: string) {
    return this.armed.delete(name);
  }
}

let dbCount = 0;
const dbs: WalletDb[] = [];

function setup() {
  const db = new WalletDb(`handlers-test-${process.pid}-${++dbCount}`);
  dbs.push(db);
  const clock = { now: 1_700_000_000_000 };
  const local = new MemoryStore();
  const sessionStore = new MemoryStore();
  const alarms = new RecordingAlarms();
  const settings = new SettingsStore(local);
  const session = new WalletSession(sessionStore, alarms, () => settings.get());
  const vault = new Vault(db, CHEAP);
  const formsFound: [number, number, number, number][] = [];
  const tabs = { active: 4 as number | undefined, sent: [] as { tabId: number; frameId: number; msg: ToContent }[] };
  let tokens = 0;
  const handlers = makeHandlers({
    vault,
    session,
    throttle: new UnlockThrottle(local, () => clock.now),
    settings,
    pending: new PendingOffers(new MemoryStore(), new RecordedAlarms(), Date.now),
    sessionStore,
    showFormsFound: async (tabId, frameId, fields, since) => {
      formsFound.push([tabId, frameId, fields, since]);
    },
    tabs: {
      activeTabId: async () => tabs.active,
      sendToFrame: async (tabId, frameId, _doc, msg) => {
        tabs.sent.push({ tabId, frameId, msg });
        return { filled: msg.type === 'fill.apply' ? Object.values(msg.values).reduce((n, s) => n + Object.keys(s).length, 0) : 0, rejected: [], skipped: 0 };
      },
    },
    newToken: () => `token-${String(++tokens).padStart(12, '0')}`,
    now: () => clock.now,
  });
  const call = (req: unknown, from: Sender = PAGE) => dispatch(req, from, handlers);
  return { clock, local, sessionStore, alarms, session, vault, formsFound, call, tabs, settings };
}

afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.mocked(kdf.deriveKek).mockClear();
});

function errorOf(res: Result<unknown>): ErrorBody {
  if (res.ok) throw new Error(`expected an error, got ${JSON.stringify(res.value)}`);
  return res.error;
}

describe('vault lifecycle through the handlers', () => {
  it('reports no-vault, then unlocked after create', async () => {
    const { call } = setup();
    expect(await call({ type: 'vault.status' })).toEqual({ ok: true, value: { state: 'no-vault', retryAfterMs: 0 } });
    expect(await call({ type: 'vault.create', password: PASSWORD })).toEqual({ ok: true, value: { state: 'unlocked', retryAfterMs: 0 } });
    expect(await call({ type: 'vault.status' })).toEqual({ ok: true, value: { state: 'unlocked', retryAfterMs: 0 } });
  });

  it('refuses a short password at create and creates nothing', async () => {
    const { call, vault } = setup();
    expect(errorOf(await call({ type: 'vault.create', password: 'short12' })).code).toBe('weak-password');
    // Length counts characters, not UTF-16 units: 7 emoji are 14 units but still too short.
    expect(errorOf(await call({ type: 'vault.create', password: '🔑'.repeat(7) })).code).toBe('weak-password');
    expect(await vault.exists()).toBe(false);
    expect((await call({ type: 'vault.create', password: 'exactly8' })).ok).toBe(true);
  });

  it('refuses a second create', async () => {
    const { call } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    expect(errorOf(await call({ type: 'vault.create', password: 'other password' })).code).toBe('vault-exists');
  });

  it('stores and lists items while unlocked; after lock, item requests fail with locked', async () => {
    const { call, sessionStore } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    const put = await call({ type: 'items.put', item: { kind: 'card', data: card } });
    expect(put).toMatchObject({ ok: true, value: { id: expect.any(String) } });
    expect(await call({ type: 'items.list' })).toMatchObject({ ok: true, value: [{ kind: 'card', damaged: false, data: card }] });

    expect(await call({ type: 'vault.lock' })).toEqual({ ok: true, value: { state: 'locked', retryAfterMs: 0 } });
    expect(sessionStore.data).toEqual({});
    expect(errorOf(await call({ type: 'items.list' })).code).toBe('locked');
    expect(errorOf(await call({ type: 'items.put', item: { kind: 'card', data: card } })).code).toBe('locked');
    expect(errorOf(await call({ type: 'items.delete', id: 'abc' })).code).toBe('locked');
    expect(errorOf(await call({ type: 'vault.changePassword', current: PASSWORD, next: 'new password!' })).code).toBe('locked');

    expect(await call({ type: 'vault.unlock', password: PASSWORD })).toEqual({ ok: true, value: { state: 'unlocked', retryAfterMs: 0 } });
    expect(await call({ type: 'items.list' })).toMatchObject({ ok: true, value: [{ data: card }] });
  });

  it('item activity re-arms the idle lock with the configured timeout', async () => {
    const { call, alarms } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    expect([...alarms.armed.values()]).toEqual([DEFAULT_SETTINGS.lockMinutes]);
    expect(await call({ type: 'settings.set', settings: { lockMinutes: 15 } })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, lockMinutes: 15 } });
    expect([...alarms.armed.values()]).toEqual([15]);
    await call({ type: 'vault.lock' });
    expect(alarms.armed.size).toBe(0);
  });

  it('changes the password while unlocked', async () => {
    const { call } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    expect(errorOf(await call({ type: 'vault.changePassword', current: PASSWORD, next: 'short' })).code).toBe('weak-password');
    expect(await call({ type: 'vault.changePassword', current: PASSWORD, next: 'new password!' })).toEqual({ ok: true, value: null });
    await call({ type: 'vault.lock' });
    expect(errorOf(await call({ type: 'vault.unlock', password: PASSWORD })).code).toBe('wrong-password');
    expect((await call({ type: 'vault.unlock', password: 'new password!' })).ok).toBe(true);
  });

  it('wrong current passwords in a password change count toward the throttle', async () => {
    const { call } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    for (let i = 1; i <= 4; i++) {
      expect(errorOf(await call({ type: 'vault.changePassword', current: `guess ${i}`, next: 'new password!' })).code).toBe('wrong-password');
    }
    const fifth = errorOf(await call({ type: 'vault.changePassword', current: 'guess 5', next: 'new password!' }));
    expect(fifth.code).toBe('wrong-password');
    expect(fifth.retryAfterMs).toBe(30_000);
    expect(errorOf(await call({ type: 'vault.changePassword', current: PASSWORD, next: 'new password!' })).code).toBe('throttled');
  });

  it('unlock without a wallet is no-vault and does not count as a failure', async () => {
    const { call } = setup();
    for (let i = 0; i < 6; i++) expect(errorOf(await call({ type: 'vault.unlock', password: 'nope' })).code).toBe('no-vault');
    expect(await call({ type: 'vault.status' })).toEqual({ ok: true, value: { state: 'no-vault', retryAfterMs: 0 } });
  });
});

describe('unlock throttling', () => {
  it('throttles after five wrong passwords without running the KDF, then lets the right one in', async () => {
    const { call, clock, session } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    await call({ type: 'vault.lock' });
    const deriveKek = vi.mocked(kdf.deriveKek);
    deriveKek.mockClear();

    for (let i = 1; i <= 4; i++) {
      const err = errorOf(await call({ type: 'vault.unlock', password: `wrong ${i}` }));
      expect(err.code).toBe('wrong-password');
      expect(err.retryAfterMs).toBeUndefined();
    }
    const fifth = errorOf(await call({ type: 'vault.unlock', password: 'wrong 5' }));
    expect(fifth.code).toBe('wrong-password');
    expect(fifth.retryAfterMs).toBe(30_000);
    expect(deriveKek).toHaveBeenCalledTimes(5);

    // The right password is refused too while throttled, before any key derivation.
    clock.now += 10_000;
    const sixth = errorOf(await call({ type: 'vault.unlock', password: PASSWORD }));
    expect(sixth.code).toBe('throttled');
    expect(sixth.retryAfterMs).toBe(20_000);
    expect(deriveKek).toHaveBeenCalledTimes(5);
    expect(await session.isUnlocked()).toBe(false);
    expect(await call({ type: 'vault.status' })).toEqual({ ok: true, value: { state: 'locked', retryAfterMs: 20_000 } });

    clock.now += 20_000;
    expect(await call({ type: 'vault.unlock', password: PASSWORD })).toEqual({ ok: true, value: { state: 'unlocked', retryAfterMs: 0 } });
    expect(deriveKek).toHaveBeenCalledTimes(6);

    // The count was reset: four more wrong passwords are free again.
    await call({ type: 'vault.lock' });
    for (let i = 1; i <= 4; i++) {
      const err = errorOf(await call({ type: 'vault.unlock', password: `again ${i}` }));
      expect(err).toMatchObject({ code: 'wrong-password' });
      expect(err.retryAfterMs).toBeUndefined();
    }
  });

  it('a wrong password after the wait doubles the next wait', async () => {
    const { call, clock } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    await call({ type: 'vault.lock' });
    for (let i = 0; i < 5; i++) await call({ type: 'vault.unlock', password: 'wrong' });
    clock.now += 30_000;
    expect(errorOf(await call({ type: 'vault.unlock', password: 'wrong' }))).toMatchObject({ code: 'wrong-password', retryAfterMs: 60_000 });
    expect(errorOf(await call({ type: 'vault.unlock', password: PASSWORD }))).toMatchObject({ code: 'throttled', retryAfterMs: 60_000 });
  });

  it('the throttle survives a worker restart (it lives in storage.local)', async () => {
    const first = setup();
    await first.call({ type: 'vault.create', password: PASSWORD });
    await first.call({ type: 'vault.lock' });
    for (let i = 0; i < 5; i++) await first.call({ type: 'vault.unlock', password: 'wrong' });
    const throttle = new UnlockThrottle(first.local, () => first.clock.now);
    expect(await throttle.retryAfterMs()).toBe(30_000);
  });
});

describe('content scripts', () => {
  it('may report forms found for their own tab, and learn only the vault state', async () => {
    const { call, formsFound } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    expect(await call({ type: 'content.formsFound', payment: 2, address: 1, since: 1000 }, CONTENT)).toEqual({ ok: true, value: { state: 'unlocked' } });
    expect(formsFound).toEqual([[4, 0, 3, 1000]]);
  });

  it("each frame reports its own count for the badge; a sandboxed frame's fields do not count", async () => {
    const { call, formsFound } = setup();
    await call({ type: 'content.formsFound', payment: 3, address: 0, since: 1200 }, { ...CONTENT, frameId: 3 });
    await call({ type: 'content.formsFound', payment: 3, address: 0, sandboxed: true, since: 1300 }, { ...CONTENT, frameId: 5 });
    await call({ type: 'content.formsFound', payment: 0, address: 0, since: 1000 }, CONTENT);
    expect(formsFound).toEqual([[4, 3, 3, 1200], [4, 5, 0, 1300], [4, 0, 0, 1000]]);
  });

  it('may not unlock or list items', async () => {
    const { call } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    expect(errorOf(await call({ type: 'items.list' }, CONTENT)).code).toBe('forbidden');
    expect(errorOf(await call({ type: 'vault.unlock', password: PASSWORD }, CONTENT)).code).toBe('forbidden');
  });
});

describe('manager requests', () => {
  const receipt = (merchant: string) => ({ kind: 'receipt' as const, data: { merchant, site: 'https://shop.example', date: '2026-03-04T10:00:00.000Z', amount: 1299, currency: 'EUR' } });

  it('putMany saves every item in one go and items.list narrows by kind', async () => {
    const { call } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    await call({ type: 'items.put', item: { kind: 'card', data: card } });
    const many = await call({ type: 'items.putMany', items: [receipt('Alpha'), receipt('Beta'), receipt('Gamma')] });
    expect(many).toMatchObject({ ok: true, value: { ids: [expect.any(String), expect.any(String), expect.any(String)] } });

    const receipts = await call({ type: 'items.list', kinds: ['receipt'] });
    if (!receipts.ok) throw new Error('list failed');
    expect((receipts.value as { data: { merchant: string } }[]).map((r) => r.data.merchant).sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await call({ type: 'items.list', kinds: ['card'] })).toMatchObject({ ok: true, value: [{ kind: 'card', data: card }] });
    const all = await call({ type: 'items.list' });
    expect(all.ok && (all.value as unknown[]).length).toBe(4);
  });

  it('putMany saves nothing when one item is invalid', async () => {
    const { call } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    const bad = { kind: 'receipt', data: { merchant: 'X', site: '', date: 'yesterday' } };
    expect(errorOf(await call({ type: 'items.putMany', items: [receipt('Alpha'), bad] })).code).toBe('invalid-message');
    expect(await call({ type: 'items.list', kinds: ['receipt'] })).toEqual({ ok: true, value: [] });
    expect(errorOf(await call({ type: 'items.putMany', items: [{ ...receipt('A'), id: 'missing' }] })).code).toBe('not-found');
    expect(await call({ type: 'items.list' })).toEqual({ ok: true, value: [] });
  });

  it('vault.reset needs the confirmation word, then erases the wallet, the settings and the throttle, and locks', async () => {
    const { call, local, sessionStore } = setup();
    await call({ type: 'vault.create', password: PASSWORD });
    await call({ type: 'items.put', item: { kind: 'card', data: card } });
    await call({ type: 'settings.set', settings: { lockMinutes: 30, language: 'fr' } });
    expect(errorOf(await call({ type: 'vault.reset' })).code).toBe('invalid-message');
    expect(errorOf(await call({ type: 'vault.reset', confirm: 'erase' })).code).toBe('invalid-message');
    expect(errorOf(await call({ type: 'vault.reset', confirm: 'ERASE' }, CONTENT)).code).toBe('forbidden');
    expect(await call({ type: 'items.list', kinds: ['card'] })).toMatchObject({ ok: true, value: [{ data: card }] });

    // Someone who forgot the password (here: throttled after five wrong ones) can still start over.
    await call({ type: 'vault.lock' });
    for (let i = 0; i < 5; i++) await call({ type: 'vault.unlock', password: 'a wrong one' });
    expect(await call({ type: 'vault.reset', confirm: 'ERASE' })).toEqual({ ok: true, value: { state: 'no-vault', retryAfterMs: 0 } });
    expect(sessionStore.data).toEqual({});
    expect(local.data.settings).toBeUndefined();
    expect(await call({ type: 'settings.get' })).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    // A new wallet can be created on the erased database, and it holds nothing of the old one.
    expect((await call({ type: 'vault.create', password: 'another password' })).ok).toBe(true);
    expect(await call({ type: 'items.list' })).toEqual({ ok: true, value: [] });
  });
});

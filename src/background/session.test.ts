import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from '../core/bytes';
import { openJson, sealJson } from '../core/crypto';
import { DEFAULT_SETTINGS, type Settings } from '../core/types';
import { LOCK_ALARM, WalletSession, type AlarmApi, type SessionStore } from './session';

/** storage.session stand-in. */
class MemorySessionStore implements SessionStore {
  data: Record<string, unknown> = {};
  async get(key: string) {
    return key in this.data ? { [key]: this.data[key] } : {};
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.data, items);
  }
  async remove(key: string) {
    delete this.data[key];
  }
}

/** chrome.alarms stand-in on setTimeout: creating an alarm replaces a pending one of the same name. */
class FakeAlarms implements AlarmApi {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly fired: Promise<void>[] = [];
  onAlarm: (name: string) => Promise<void> = async () => {};

  create(name: string, info: { delayInMinutes: number }): void {
    this.cancel(name);
    const timer = setTimeout(() => {
      this.timers.delete(name);
      this.fired.push(this.onAlarm(name));
    }, info.delayInMinutes * 60_000);
    this.timers.set(name, timer);
  }

  async clear(name: string): Promise<boolean> {
    return this.cancel(name);
  }

  pending(): string[] {
    return [...this.timers.keys()];
  }

  /** Waits for the listeners of alarms that have fired. */
  async settle(): Promise<void> {
    await Promise.all(this.fired);
  }

  private cancel(name: string): boolean {
    const timer = this.timers.get(name);
    if (timer === undefined) return false;
    clearTimeout(timer);
    this.timers.delete(name);
    return true;
  }
}

const SEC = 1000;
const MIN = 60 * SEC;

function setup(settings: Partial<Settings> = {}) {
  const store = new MemorySessionStore();
  const alarms = new FakeAlarms();
  const current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const session = new WalletSession(store, alarms, async () => ({ ...current }));
  alarms.onAlarm = (name) => session.onAlarm(name);
  /** Advances the fake clock and lets any fired alarm finish locking. */
  const advance = async (ms: number) => {
    await vi.advanceTimersByTimeAsync(ms);
    await alarms.settle();
  };
  return { store, alarms, current, session, advance };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WalletSession', () => {
  it('is locked before open, unlocked after, and wipes the raw key it was given', async () => {
    const { session, store, alarms } = setup();
    expect(await session.key()).toBeNull();
    expect(await session.isUnlocked()).toBe(false);

    const raw = randomBytes(32);
    await session.open(raw);
    expect(await session.key()).not.toBeNull();
    expect(await session.isUnlocked()).toBe(true);
    expect(raw.every((b) => b === 0)).toBe(true);
    expect(Object.keys(store.data)).toHaveLength(1);
    expect(alarms.pending()).toEqual([LOCK_ALARM]);
  });

  it('the key it holds is the key it was given', async () => {
    const { session } = setup();
    const raw = randomBytes(32);
    const sealed = await sealJson(await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, ['encrypt']), 'hello', 'aad');
    await session.open(raw);
    expect(await openJson((await session.key())!, sealed, 'aad')).toBe('hello');
  });

  it('locks after the default 5 minutes without activity, not before', async () => {
    const { session, store, advance } = setup();
    await session.open(randomBytes(32));
    await advance(4 * MIN + 59 * SEC);
    expect(await session.key()).not.toBeNull();
    await advance(1 * SEC);
    expect(await session.key()).toBeNull();
    expect(await session.isUnlocked()).toBe(false);
    expect(store.data).toEqual({});
  });

  it('touch() pushes the lock back by the full timeout', async () => {
    const { session, advance } = setup();
    await session.open(randomBytes(32));
    await advance(4 * MIN);
    await session.touch();
    await advance(4 * MIN + 59 * SEC); // 8:59
    expect(await session.key()).not.toBeNull();
    await advance(1 * SEC); // 9:00
    expect(await session.key()).toBeNull();
  });

  it('touch() while locked does not arm the lock alarm or unlock anything', async () => {
    const { session, alarms } = setup();
    await session.touch();
    expect(alarms.pending()).toEqual([]);
    expect(await session.key()).toBeNull();
  });

  it('uses the configured timeout: 1 minute', async () => {
    const { session, advance } = setup({ lockMinutes: 1 });
    await session.open(randomBytes(32));
    await advance(59 * SEC);
    expect(await session.key()).not.toBeNull();
    await advance(1 * SEC);
    expect(await session.key()).toBeNull();
  });

  it('reads the timeout again on every touch', async () => {
    const { session, current, advance } = setup();
    await session.open(randomBytes(32));
    current.lockMinutes = 15;
    await session.touch();
    await advance(14 * MIN + 59 * SEC);
    expect(await session.key()).not.toBeNull();
    await advance(1 * SEC);
    expect(await session.key()).toBeNull();
  });

  it('lock() forgets the key and cancels the alarm', async () => {
    const { session, store, alarms } = setup();
    await session.open(randomBytes(32));
    await session.lock();
    expect(await session.key()).toBeNull();
    expect(store.data).toEqual({});
    expect(alarms.pending()).toEqual([]);
  });

  it('ignores other alarms', async () => {
    const { session } = setup();
    await session.open(randomBytes(32));
    await session.onAlarm('some-other-alarm');
    expect(await session.key()).not.toBeNull();
  });

  it("locks at once when the OS locks and lockOnOsLock is on", async () => {
    const { session, store } = setup({ lockOnOsLock: true });
    await session.open(randomBytes(32));
    await session.onIdleState('locked');
    expect(await session.key()).toBeNull();
    expect(store.data).toEqual({});
  });

  it("does not lock when the OS locks and lockOnOsLock is off", async () => {
    const { session } = setup({ lockOnOsLock: false });
    await session.open(randomBytes(32));
    await session.onIdleState('locked');
    expect(await session.key()).not.toBeNull();
  });

  it.each(['idle', 'active'])('never locks on idle state %s', async (state) => {
    const { session } = setup({ lockOnOsLock: true });
    await session.open(randomBytes(32));
    await session.onIdleState(state);
    expect(await session.key()).not.toBeNull();
  });

  it('survives a service-worker restart: a new session over the same store has the same key', async () => {
    const { session, store, alarms, advance } = setup();
    await session.open(randomBytes(32));
    const sealed = await sealJson((await session.key())!, { n: 1 }, 'aad');

    const restarted = new WalletSession(store, alarms, async () => ({ ...DEFAULT_SETTINGS }));
    alarms.onAlarm = (name) => restarted.onAlarm(name);
    const key = await restarted.key();
    expect(key).not.toBeNull();
    expect(await openJson(key!, sealed, 'aad')).toEqual({ n: 1 });

    // The alarm armed before the restart still locks the restarted worker on time.
    await advance(5 * MIN);
    expect(await restarted.key()).toBeNull();
  });

  it('a restarted worker over an empty store is locked', async () => {
    const { session, store, alarms } = setup();
    await session.open(randomBytes(32));
    await session.lock();
    const restarted = new WalletSession(store, alarms, async () => ({ ...DEFAULT_SETTINGS }));
    expect(await restarted.key()).toBeNull();
  });

  it('a lock that lands while a restarted worker is still reading the key wins', async () => {
    const { session, store, alarms } = setup();
    await session.open(randomBytes(32));
    const restarted = new WalletSession(store, alarms, async () => ({ ...DEFAULT_SETTINGS }));
    const reading = restarted.key(); // e.g. a request that woke the worker
    await restarted.lock(); // e.g. the OS locked at the same moment
    await reading;
    expect(await restarted.key()).toBeNull();
    expect(store.data).toEqual({});
  });
});

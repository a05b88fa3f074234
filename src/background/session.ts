// When the vault key exists: only between unlock and lock, only in memory and in storage.session
// (which the browser keeps in memory, never on disk, and clears when it closes). storage.session
// lets the wallet stay unlocked across service-worker restarts. The idle lock is an alarm, which
// also survives restarts; setTimeout would not.
import { fromBase64, toBase64 } from '../core/bytes';
import { importAesKey } from '../core/crypto';
import type { Settings } from '../core/types';

export const LOCK_ALARM = 'wallet-idle-lock';
const KEY_SLOT = 'dataKey';

export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface AlarmApi {
  create(name: string, info: { delayInMinutes: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

export class WalletSession {
  private cached: CryptoKey | null = null;
  /** Bumped by every lock(), so a key() read that was in flight when it ran cannot bring the key back. */
  private locks = 0;

  constructor(
    private readonly store: SessionStore,
    private readonly alarms: AlarmApi,
    private readonly settings: () => Promise<Settings>,
  ) {}

  /** Keeps the data key for this browser session and starts the idle timer. Wipes `raw`. */
  async open(raw: Uint8Array<ArrayBuffer>): Promise<void> {
    const b64 = toBase64(raw);
    this.cached = await importAesKey(raw);
    raw.fill(0);
    await this.store.set({ [KEY_SLOT]: b64 });
    await this.touch();
  }

  /** The data key, or null when locked. */
  async key(): Promise<CryptoKey | null> {
    if (this.cached) return this.cached;
    const locksBefore = this.locks;
    const { [KEY_SLOT]: b64 } = await this.store.get(KEY_SLOT);
    if (typeof b64 !== 'string') return null;
    const key = await importAesKey(fromBase64(b64));
    if (this.locks !== locksBefore) return null; // locked while reading: the lock wins
    this.cached = key;
    return key;
  }

  async isUnlocked(): Promise<boolean> {
    return (await this.key()) !== null;
  }

  /** Wallet activity: pushes the idle lock back by the configured timeout. */
  async touch(): Promise<void> {
    if (!(await this.isUnlocked())) return;
    const { lockMinutes } = await this.settings();
    await this.alarms.create(LOCK_ALARM, { delayInMinutes: lockMinutes });
  }

  async lock(): Promise<void> {
    this.locks++;
    this.cached = null;
    await this.store.remove(KEY_SLOT);
    await this.alarms.clear(LOCK_ALARM);
  }

  async onAlarm(name: string): Promise<void> {
    if (name === LOCK_ALARM) await this.lock();
  }

  async onIdleState(state: string): Promise<void> {
    if (state === 'locked' && (await this.settings()).lockOnOsLock) await this.lock();
  }
}

// User settings live in storage.local: none of them is secret.
import * as v from 'valibot';
import { DEFAULT_SETTINGS, LOCK_MINUTES, type Settings } from '../core/types';
import type { KeyValueStore } from './unlock-throttle';

const SLOT = 'settings';
// Each field falls back on its own: one unreadable value (say, a lock time a newer version added)
// must not reset the others.
const stored = v.object({
  lockMinutes: v.optional(v.fallback(v.picklist(LOCK_MINUTES), DEFAULT_SETTINGS.lockMinutes), DEFAULT_SETTINGS.lockMinutes),
  lockOnOsLock: v.optional(v.fallback(v.boolean(), DEFAULT_SETTINGS.lockOnOsLock), DEFAULT_SETTINGS.lockOnOsLock),
});

export class SettingsStore {
  constructor(private readonly store: KeyValueStore) {}

  /** Stored settings, with defaults for anything missing or malformed. */
  async get(): Promise<Settings> {
    const parsed = v.safeParse(stored, (await this.store.get(SLOT))[SLOT] ?? {});
    return parsed.success ? parsed.output : { ...DEFAULT_SETTINGS };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.get()), ...patch };
    await this.store.set({ [SLOT]: next });
    return next;
  }
}

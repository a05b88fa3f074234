// User settings live in storage.local: none of them is secret.
import * as v from 'valibot';
import { DEFAULT_SETTINGS, LOCK_MINUTES, type Settings } from '../core/types';
import type { KeyValueStore } from './unlock-throttle';

const SLOT = 'settings';
const stored = v.object({
  lockMinutes: v.optional(v.picklist(LOCK_MINUTES), DEFAULT_SETTINGS.lockMinutes),
  lockOnOsLock: v.optional(v.boolean(), DEFAULT_SETTINGS.lockOnOsLock),
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

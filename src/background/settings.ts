// User settings live in storage.local: none of them is secret.
import * as v from 'valibot';
import { storedSettingsSchema } from '../core/schemas';
import { DEFAULT_SETTINGS, type Settings } from '../core/types';
import type { KeyValueStore } from './unlock-throttle';

const SLOT = 'settings';

export class SettingsStore {
  constructor(private readonly store: KeyValueStore) {}

  /** Stored settings, with defaults for anything missing or malformed. */
  async get(): Promise<Settings> {
    const parsed = v.safeParse(storedSettingsSchema, (await this.store.get(SLOT))[SLOT] ?? {});
    return parsed.success ? (parsed.output as Settings) : { ...DEFAULT_SETTINGS, excludedSites: [] };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.get()), ...patch };
    await this.store.set({ [SLOT]: next });
    return next;
  }

  /** Back to the defaults (wallet reset). */
  async clear(): Promise<void> {
    await this.store.remove(SLOT);
  }
}

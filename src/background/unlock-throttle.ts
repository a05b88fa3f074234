// Slows down password guessing: after five wrong passwords in a row each further attempt waits,
// 30 s doubling up to 15 min. The count is kept in storage.local (it is not secret) so restarting
// the worker or the browser does not reset it.
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
const SLOT = 'unlockFailures';

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface FailureRecord {
  count: number;
  lastAt: number;
}

export class UnlockThrottle {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfterMs(): Promise<number> {
    const { count, lastAt } = await this.read();
    return Math.max(0, lastAt + delayAfterFailures(count) - this.now());
  }

  async recordFailure(): Promise<void> {
    const { count } = await this.read();
    await this.store.set({ [SLOT]: { count: count + 1, lastAt: this.now() } satisfies FailureRecord });
  }

  async reset(): Promise<void> {
    await this.store.set({ [SLOT]: { count: 0, lastAt: 0 } satisfies FailureRecord });
  }

  private async read(): Promise<FailureRecord> {
    const raw = (await this.store.get(SLOT))[SLOT] as Partial<FailureRecord> | undefined;
    const count = Number.isInteger(raw?.count) ? (raw!.count as number) : 0;
    const lastAt = typeof raw?.lastAt === 'number' ? raw.lastAt : 0;
    return { count, lastAt };
  }
}

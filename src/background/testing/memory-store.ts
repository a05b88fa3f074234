// In-memory stand-in for browser.storage.local / storage.session in unit tests. Values are cloned
// on the way in and out, as the browser's structured-clone storage does.
import type { SessionStore } from '../session';

export class MemoryStore implements SessionStore {
  data: Record<string, unknown> = {};
  async get(key: string) {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.data, structuredClone(items));
  }
  async remove(key: string) {
    delete this.data[key];
  }
}

/** browser.alarms stand-in that only records: the test fires an alarm by calling the handler itself. */
export class RecordedAlarms {
  readonly set = new Map<string, number>();
  create(name: string, info: { when: number }): void {
    this.set.set(name, info.when);
  }
  async clear(name: string): Promise<boolean> {
    return this.set.delete(name);
  }
}

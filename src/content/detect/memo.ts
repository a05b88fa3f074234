// The classifier's memos are keyed by content (labels, names, tokens), so they stay right on any
// page; each is bounded by emptying it when full, which keeps a long-lived page's memory flat.

/** Stores value under key (emptying memo first when it holds more than limit entries) and returns it. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = 5000): V {
  if (memo.size > limit) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * A memo keyed by two strings without joining them: a joined key is built and hashed on every
 * lookup, where a string the browser hands back again (an attribute value) is hashed already.
 * Bounded like remember, by its entries in all.
 */
export class PairMemo<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit = 5000) {}

  get(first: string, second: string): V | undefined {
    return this.byFirst.get(first)?.get(second);
  }

  /** Stores value under (first, second), which must not be stored yet, and returns it. */
  remember(first: string, second: string, value: V): V {
    if (this.size > this.limit) {
      this.byFirst.clear();
      this.size = 0;
    }
    let bySecond = this.byFirst.get(first);
    if (!bySecond) this.byFirst.set(first, (bySecond = new Map()));
    bySecond.set(second, value);
    this.size++;
    return value;
  }
}

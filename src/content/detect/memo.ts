// The classifier's memos are keyed by content (labels, names, tokens), so they stay right on any
// page; each is bounded by emptying it when full, which keeps a long-lived page's memory flat.

/** Stores value under key (emptying memo first when it holds more than limit entries) and returns it. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = 5000): V {
  if (memo.size > limit) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * A memo keyed by up to three strings without joining them: a joined key is built and hashed on
 * every lookup, where a string the browser hands back again (an attribute value) or a memo's own
 * value (a label key) is hashed already. Bounded like remember, by its entries in all.
 */
export class StringsMemo<V> {
  readonly #byFirst = new Map<string, Map<string, Map<string, V>>>();
  #size = 0;
  readonly #limit: number;

  constructor(limit = 5000) {
    this.#limit = limit;
  }

  get(first: string, second: string, third = ''): V | undefined {
    return this.#byFirst.get(first)?.get(second)?.get(third);
  }

  /** Stores value under (first, second, third), which must not be stored yet, and returns it. */
  remember(value: V, first: string, second: string, third = ''): V {
    if (this.#size > this.#limit) {
      this.#byFirst.clear();
      this.#size = 0;
    }
    let bySecond = this.#byFirst.get(first);
    if (!bySecond) this.#byFirst.set(first, (bySecond = new Map()));
    let byThird = bySecond.get(second);
    if (!byThird) bySecond.set(second, (byThird = new Map()));
    byThird.set(third, value);
    this.#size++;
    return value;
  }
}

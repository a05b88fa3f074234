// The classifier's memos are keyed by content (labels, names, tokens), so they stay right on any
// page; each is bounded by emptying it when full, which keeps a long-lived page's memory flat.

/** Stores value under key (emptying memo first when it holds more than limit entries) and returns it. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = 5000): V {
  if (memo.size > limit) memo.clear();
  memo.set(key, value);
  return value;
}

// Duplicate detection for merge imports: two items are the same when they have the same kind and the
// same content once validated (schema defaults applied), compared as JSON with sorted keys. Ids and
// times do not count, so a backup imported twice, or a card already typed in by hand, is skipped.
import type { ItemKind } from '../../core/types';

export function fingerprint(kind: ItemKind, data: unknown): string {
  return `${kind}\u0000${canonicalJson(data)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

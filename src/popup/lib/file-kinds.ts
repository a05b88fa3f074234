// Which kinds of item a file would bring in, read from its open parts only, so that a "replace"
// import can say beforehand what it removes. The background checks the file for real; a file these
// cannot read gets null here and its clear error from the import itself.
import { ITEM_KINDS, type ItemKind } from '../../core/types';

const isKind = (k: unknown): k is ItemKind => (ITEM_KINDS as readonly unknown[]).includes(k);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A backup's header names its kinds in clear (and is bound to the payload, so it cannot lie). */
export function backupKinds(text: string): ItemKind[] | null {
  const header = (parse(text) as { header?: { format?: unknown; kinds?: unknown } } | null)?.header;
  if (header?.format !== 'checkout-wallet-backup' || !Array.isArray(header.kinds)) return null;
  return header.kinds.filter(isKind);
}

/** Bitwarden item types the wallet imports: 3 cards, 4 identities (which may carry an address). */
export function bitwardenKinds(text: string): ItemKind[] | null {
  const items = (parse(text) as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return null;
  const types = new Set(items.map((i) => (i as { type?: unknown } | null)?.type));
  return [...(types.has(3) ? (['card'] as const) : []), ...(types.has(4) ? (['identity', 'address'] as const) : [])];
}

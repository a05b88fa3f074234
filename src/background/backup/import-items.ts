// Imports items into the vault, all or nothing: validates each one (an invalid one is reported and
// skipped), skips duplicates in merge mode (see canonical.ts), keeps each item's id when it is free,
// rewrites profile and receipt references to items whose id changed, seals everything outside the
// transaction, then writes it in one transaction (Vault.commitImport).
import * as v from 'valibot';
import { itemSchemas } from '../../core/schemas';
import type { ImportSummary, SkippedEntry } from '../../core/transfer';
import type { ItemKind } from '../../core/types';
import type { ImportedItem, Vault } from '../vault';
import type { ItemRow } from '../vault-db';
import { fingerprint } from './canonical';
import type { ReportProgress } from './progress';

export interface IncomingItem {
  /** The id in the source (a backup); absent for items from other apps. */
  id?: string;
  kind: ItemKind;
  data: unknown;
  createdAt?: number;
  updatedAt?: number;
  /** Where it came from, for skip reasons: position in the file and a name the user knows. */
  position: number;
  name: string;
}

export interface ImportOptions {
  mode: 'merge' | 'replace';
  /** The kinds a replace import removes first (for a backup: the kinds it was made of). */
  kinds: readonly ItemKind[];
  report?: ReportProgress;
  /** Runs just before writing, e.g. to refuse if the wallet was locked meanwhile. */
  beforeCommit?: () => Promise<void>;
  /** Entries the file parser already rejected or ignored, passed through to the summary. */
  skipped?: SkippedEntry[];
  ignored?: Record<string, number>;
}

/** Referenced items are placed first, so references can be rewritten before duplicates are compared. */
const ORDER: readonly ItemKind[] = ['card', 'loyalty', 'address', 'identity', 'profile', 'receipt'];
const REFERENCES: Partial<Record<ItemKind, readonly string[]>> = {
  profile: ['cardId', 'billingId', 'shippingId', 'identityId', 'loyaltyId'],
  receipt: ['cardId', 'profileId'],
};
/** Items sealed concurrently: enough to keep WebCrypto busy without holding thousands of promises. */
const SEAL_BATCH = 250;

export async function importItems(vault: Vault, key: CryptoKey, incoming: readonly IncomingItem[], opts: ImportOptions): Promise<ImportSummary> {
  const report = opts.report ?? (() => {});
  const skipped = [...(opts.skipped ?? [])];
  const valid: IncomingItem[] = [];
  for (const item of incoming) {
    const parsed = v.safeParse(itemSchemas[item.kind], item.data);
    if (parsed.success) valid.push({ ...item, data: parsed.output });
    else skipped.push({ position: item.position, name: item.name, ...describeIssue(parsed.issues[0]) });
  }

  const existing = await vault.itemKinds();
  const replacing = new Set(opts.mode === 'replace' ? opts.kinds : []);
  const taken = new Set([...existing].filter(([, kind]) => !replacing.has(kind)).map(([id]) => id));
  const known = new Map<string, string>(); // fingerprint → id of the item already in the wallet
  if (opts.mode === 'merge' && existing.size > 0) {
    for (const item of await vault.list(key)) if (!item.damaged) known.set(fingerprint(item.kind, item.data), item.id);
  }

  const now = Date.now();
  const newIds = new Map<string, string>();
  const planned: ImportedItem[] = [];
  let duplicates = 0;
  for (const kind of ORDER) {
    for (const item of valid.filter((i) => i.kind === kind)) {
      const data = rewriteReferences(kind, item.data as Record<string, unknown>, newIds);
      const same = known.get(fingerprint(kind, data));
      if (same) {
        duplicates++;
        if (item.id) newIds.set(item.id, same);
        continue;
      }
      const id = item.id && !taken.has(item.id) ? item.id : crypto.randomUUID();
      taken.add(id);
      if (item.id) newIds.set(item.id, id);
      planned.push({ id, kind, data, createdAt: item.createdAt ?? now, updatedAt: item.updatedAt ?? now });
    }
  }

  const rows: ItemRow[] = [];
  for (let i = 0; i < planned.length; i += SEAL_BATCH) {
    report('sealing', i, planned.length);
    rows.push(...(await Promise.all(planned.slice(i, i + SEAL_BATCH).map((item) => vault.sealItem(key, item)))));
  }
  await opts.beforeCommit?.();
  report('writing', 0, rows.length);
  const replace = replacing.size ? { kinds: [...replacing], ids: [...existing].filter(([, kind]) => replacing.has(kind)).map(([id]) => id) } : null;
  const removed = await vault.commitImport(rows, replace, (written) => report('writing', written, rows.length));

  const added: ImportSummary['added'] = {};
  for (const item of planned) added[item.kind] = (added[item.kind] ?? 0) + 1;
  return { added, duplicates, removed, skipped, ignored: { ...opts.ignored } };
}

function rewriteReferences(kind: ItemKind, data: Record<string, unknown>, newIds: Map<string, string>): Record<string, unknown> {
  const fields = REFERENCES[kind];
  if (!fields) return data;
  const out = { ...data };
  for (const f of fields) {
    const ref = out[f];
    if (typeof ref === 'string' && newIds.has(ref)) out[f] = newIds.get(ref);
  }
  return out;
}

/** Names the field, never the value (valibot's default messages quote what they received). */
function describeIssue(issue: v.BaseIssue<unknown> | undefined): Pick<SkippedEntry, 'reason' | 'field'> {
  const field = issue?.path?.map((p) => String(p.key)).join('.');
  return field ? { reason: 'invalid-field', field } : { reason: 'invalid-item' };
}

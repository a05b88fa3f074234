// The encrypted backup file: JSON {header, payload}. A random backup key encrypts the payload
// (AES-256-GCM, the whole header bound as additional data, so any change to the header makes it fail
// to open); the key is wrapped under a key derived from the backup password with the vault's KDF.
// Opening the wrapped key tells a wrong password apart from a damaged or altered payload.
import * as v from 'valibot';
import { fromBase64, randomBytes, toBase64 } from '../../core/bytes';
import { importAesKey, openBytes, openJson, sealBytes, sealJson, type Sealed } from '../../core/crypto';
import { WalletError } from '../../core/errors';
import { deriveKek, type KdfParams } from '../../core/kdf';
import { itemId } from '../../core/schemas';
import { ITEM_KINDS, type ItemKind } from '../../core/types';
import type { ImportedItem } from '../vault';

export const BACKUP_FORMAT = 'checkout-wallet-backup';
export const BACKUP_VERSION = 1;
const KEY_AAD = 'wallet:backup-key:v1';
const payloadAad = (header: BackupHeader) => `wallet:backup:v1:${canonicalHeader(header)}`;

const b64 = v.pipe(v.string(), v.maxLength(100_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const sealedSchema = v.strictObject({ iv: b64, ct: b64 });
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** Bounded so a crafted file cannot make the worker derive a key with gigabytes of memory. */
const kdfSchema = v.variant('name', [
  v.strictObject({ name: v.literal('argon2id'), m: int(8, 262_144), t: int(1, 16), p: int(1, 4) }),
  v.strictObject({ name: v.literal('scrypt'), N: v.pipe(int(2, 2 ** 20), v.check((n) => (n & (n - 1)) === 0)), r: int(1, 16), p: int(1, 4) }),
]);
const headerSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  kdf: kdfSchema,
  salt: b64,
  kinds: v.pipe(v.array(v.picklist(ITEM_KINDS)), v.minLength(1)),
  count: int(0, 10_000_000),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  wrappedKey: sealedSchema,
});
const fileSchema = v.strictObject({ header: headerSchema, payload: sealedSchema });
const itemSchema = v.strictObject({
  id: itemId,
  kind: v.picklist(ITEM_KINDS),
  createdAt: v.number(),
  updatedAt: v.number(),
  data: v.unknown(),
});
const payloadSchema = v.strictObject({ items: v.array(itemSchema) });

export type BackupHeader = v.InferOutput<typeof headerSchema>;

export async function writeBackup(
  items: readonly ImportedItem[],
  kinds: readonly ItemKind[],
  password: string,
  kdf: KdfParams,
  now = new Date(),
): Promise<string> {
  const salt = randomBytes(16);
  const backupKey = randomBytes(32);
  const kek = await kekFor(password, salt, kdf);
  const wrapped = await sealBytes(kek, backupKey, KEY_AAD);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: kdf as BackupHeader['kdf'],
    salt: toBase64(salt),
    kinds: [...kinds],
    count: items.length,
    createdAt: now.toISOString(),
    wrappedKey: encodeSealed(wrapped),
  };
  const key = await importAesKey(backupKey);
  backupKey.fill(0);
  const payload = await sealJson(key, { items }, payloadAad(header));
  return JSON.stringify({ header, payload: encodeSealed(payload) });
}

export interface OpenedBackup {
  header: BackupHeader;
  items: ImportedItem[];
}

export async function readBackup(text: string, password: string): Promise<OpenedBackup> {
  const file = parseFile(text);
  const { header } = file;
  const kek = await kekFor(password, fromBase64(header.salt), header.kdf);
  let backupKey: Uint8Array<ArrayBuffer>;
  try {
    backupKey = await openBytes(kek, decodeSealed(header.wrappedKey), KEY_AAD);
  } catch {
    throw new WalletError('wrong-backup-password', 'Wrong backup password.');
  }
  const key = await importAesKey(backupKey);
  backupKey.fill(0);
  let payload: unknown;
  try {
    payload = await openJson(key, decodeSealed(file.payload), payloadAad(header));
  } catch {
    throw damaged('has been changed or damaged');
  }
  const parsed = v.safeParse(payloadSchema, payload);
  if (!parsed.success || parsed.output.items.length !== header.count || parsed.output.items.some((i) => !header.kinds.includes(i.kind))) {
    throw damaged('does not match its header');
  }
  return { header, items: parsed.output.items };
}

/** Checks what can be checked without the password, with one distinct error per kind of bad file. */
function parseFile(text: string): v.InferOutput<typeof fileSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A cut-off backup still starts like one (this wallet writes the format first).
    const start = text.trimStart();
    const written = `{"header":{"format":"${BACKUP_FORMAT}"`;
    if ((start.startsWith('{') && text.includes(`"${BACKUP_FORMAT}"`)) || (start.length >= 12 && written.startsWith(start))) {
      throw damaged('is incomplete (truncated)');
    }
    throw notABackup();
  }
  const header = (json as { header?: { format?: unknown; version?: unknown } } | null)?.header;
  if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT) throw notABackup();
  if (typeof header.version === 'number' && header.version > BACKUP_VERSION) {
    throw new WalletError('newer-backup', 'This backup was made by a newer version of the extension. Update the extension to import it.');
  }
  const parsed = v.safeParse(fileSchema, json);
  if (!parsed.success) throw damaged('is damaged');
  return parsed.output;
}

const notABackup = () => new WalletError('not-a-backup', 'This file is not a Checkout Wallet backup.');
const damaged = (how: string) => new WalletError('backup-damaged', `The backup file ${how}; nothing was imported.`);

async function kekFor(password: string, salt: Uint8Array<ArrayBuffer>, kdf: KdfParams): Promise<CryptoKey> {
  const raw = deriveKek(password, salt, kdf);
  try {
    return await importAesKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** The header as additional data, with its fields in a fixed order whatever order the file had. */
function canonicalHeader(h: BackupHeader): string {
  const kdf = h.kdf.name === 'argon2id' ? { name: h.kdf.name, m: h.kdf.m, t: h.kdf.t, p: h.kdf.p } : { name: h.kdf.name, N: h.kdf.N, r: h.kdf.r, p: h.kdf.p };
  return JSON.stringify([h.format, h.version, kdf, h.salt, h.kinds, h.count, h.createdAt, h.wrappedKey.iv, h.wrappedKey.ct]);
}

function encodeSealed(s: Sealed): { iv: string; ct: string } {
  return { iv: toBase64(s.iv), ct: toBase64(s.ct) };
}

function decodeSealed(s: { iv: string; ct: string }): Sealed {
  return { iv: fromBase64(s.iv), ct: fromBase64(s.ct) };
}

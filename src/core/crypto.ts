// AES-256-GCM through WebCrypto. Every encryption takes a fresh 96-bit IV and binds additional data
// (the record's id and kind) so a ciphertext moved to another record fails to open.
import { fromUtf8, randomBytes, utf8 } from './bytes';

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: string): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(aad) }, key, plain);
  return { iv, ct: new Uint8Array(ct) };
}

/** Throws (OperationError) when the key, the additional data or the ciphertext is wrong. */
export async function openBytes(key: CryptoKey, sealed: Sealed, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const pt = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8.encode(aad) },
    key,
    sealed.ct,
  );
  return new Uint8Array(pt);
}

export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  const plain = utf8.encode(JSON.stringify(value));
  try {
    return await sealBytes(key, plain, aad);
  } finally {
    plain.fill(0);
  }
}

export async function openJson(key: CryptoKey, sealed: Sealed, aad: string): Promise<unknown> {
  const plain = await openBytes(key, sealed, aad);
  try {
    return JSON.parse(fromUtf8.decode(plain));
  } finally {
    plain.fill(0);
  }
}

import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64, utf8 } from './bytes';
import { importAesKey, openBytes, openJson, sealBytes, sealJson, type Sealed } from './crypto';

const AAD = 'wallet:item:v1:abc:card';
const card = { number: '4111111111111111', holder: 'Ada Lovelace', expMonth: 12, expYear: 2030 };

const newKey = () => importAesKey(randomBytes(32));
const flipByte = (bytes: Uint8Array<ArrayBuffer>, at: number): Uint8Array<ArrayBuffer> => {
  const copy = new Uint8Array(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

describe('seal / open', () => {
  it('round-trips JSON values', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, AAD);
    expect(await openJson(key, sealed, AAD)).toEqual(card);
  });

  it('round-trips bytes', async () => {
    const key = await newKey();
    const plain = randomBytes(32);
    const copy = new Uint8Array(plain);
    const sealed = await sealBytes(key, plain, AAD);
    expect(await openBytes(key, sealed, AAD)).toEqual(copy);
  });

  it('does not leave the plaintext in the ciphertext', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, AAD);
    const latin1 = String.fromCharCode(...sealed.ct);
    expect(latin1).not.toContain(card.number);
    expect(latin1).not.toContain(card.holder);
    // AES-GCM: ciphertext is as long as the plaintext plus a 16-byte tag.
    expect(sealed.ct.length).toBe(utf8.encode(JSON.stringify(card)).length + 16);
  });

  it('takes a fresh 96-bit IV for every encryption', async () => {
    const key = await newKey();
    const a = await sealJson(key, card, AAD);
    const b = await sealJson(key, card, AAD);
    expect(a.iv).toBeInstanceOf(Uint8Array);
    expect(a.iv.length).toBe(12);
    expect(b.iv.length).toBe(12);
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(toBase64(a.ct)).not.toBe(toBase64(b.ct));

    const ivs = new Set<string>();
    for (let i = 0; i < 200; i++) ivs.add(toBase64((await sealBytes(key, randomBytes(4), AAD)).iv));
    expect(ivs.size).toBe(200);
  });
});

describe('integrity', () => {
  it('fails when the additional data names another record id', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, 'wallet:item:v1:abc:card');
    await expect(openJson(key, sealed, 'wallet:item:v1:xyz:card')).rejects.toThrow();
  });

  it('fails when the additional data names another kind', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, 'wallet:item:v1:abc:card');
    await expect(openJson(key, sealed, 'wallet:item:v1:abc:identity')).rejects.toThrow();
  });

  it('fails when any byte of the ciphertext or tag is changed', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, AAD);
    for (const at of [0, Math.floor(sealed.ct.length / 2), sealed.ct.length - 1]) {
      const tampered: Sealed = { iv: sealed.iv, ct: flipByte(sealed.ct, at) };
      await expect(openJson(key, tampered, AAD)).rejects.toThrow();
    }
    // The untouched original still opens, so the failures above are due to the tampering.
    expect(await openJson(key, sealed, AAD)).toEqual(card);
  });

  it('fails when the IV is changed', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, AAD);
    await expect(openJson(key, { iv: flipByte(sealed.iv, 0), ct: sealed.ct }, AAD)).rejects.toThrow();
  });

  it('fails when the ciphertext is truncated', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, card, AAD);
    await expect(openJson(key, { iv: sealed.iv, ct: sealed.ct.slice(0, -1) }, AAD)).rejects.toThrow();
  });

  it('fails with another key', async () => {
    const sealed = await sealJson(await newKey(), card, AAD);
    await expect(openJson(await newKey(), sealed, AAD)).rejects.toThrow();
  });
});

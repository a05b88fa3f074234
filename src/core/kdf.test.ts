import { describe, expect, it } from 'vitest';
import { toBase64 } from './bytes';
import { DEFAULT_KDF, deriveKek, meetsOwaspMinimum, type KdfParams } from './kdf';

const CHEAP: KdfParams = { name: 'argon2id', m: 256, t: 1, p: 1 };
const CHEAP_SCRYPT: KdfParams = { name: 'scrypt', N: 1024, r: 8, p: 1 };
const salt = (fill: number) => new Uint8Array(16).fill(fill);
const b64 = (password: string, s: Uint8Array, k: KdfParams = CHEAP) => toBase64(deriveKek(password, s, k));

describe('OWASP minimums', () => {
  it('the shipped default meets them', () => {
    expect(DEFAULT_KDF.name).toBe('argon2id');
    expect(meetsOwaspMinimum(DEFAULT_KDF)).toBe(true);
  });

  it('accepts the OWASP argon2id configurations at their limits', () => {
    expect(meetsOwaspMinimum({ name: 'argon2id', m: 19_456, t: 2, p: 1 })).toBe(true);
    expect(meetsOwaspMinimum({ name: 'argon2id', m: 47_104, t: 1, p: 1 })).toBe(true);
    expect(meetsOwaspMinimum({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 })).toBe(true);
  });

  it.each<[string, KdfParams]>([
    ['test params', CHEAP],
    ['19 MiB with one pass', { name: 'argon2id', m: 19_456, t: 1, p: 1 }],
    ['just under 19 MiB × 2', { name: 'argon2id', m: 19_455, t: 2, p: 1 }],
    ['tiny memory made up with passes', { name: 'argon2id', m: 4_096, t: 20, p: 1 }],
    ['no lanes', { name: 'argon2id', m: 47_104, t: 2, p: 0 }],
    ['scrypt N=2^16', { name: 'scrypt', N: 2 ** 16, r: 8, p: 1 }],
    ['scrypt r=4', { name: 'scrypt', N: 2 ** 17, r: 4, p: 1 }],
    ['scrypt p=0', { name: 'scrypt', N: 2 ** 17, r: 8, p: 0 }],
    ['test scrypt params', CHEAP_SCRYPT],
  ])('refuses weaker parameters: %s', (_label, params) => {
    expect(meetsOwaspMinimum(params)).toBe(false);
  });
});

describe('deriveKek', () => {
  it.each([CHEAP, CHEAP_SCRYPT])('gives a 32-byte key, the same for the same password and salt (%o)', (k) => {
    const a = deriveKek('correct horse', salt(1), k);
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a.length).toBe(32);
    expect(toBase64(deriveKek('correct horse', salt(1), k))).toBe(toBase64(a));
  });

  it.each([CHEAP, CHEAP_SCRYPT])('differs for another salt or password (%o)', (k) => {
    const base = b64('correct horse', salt(1), k);
    expect(b64('correct horse', salt(2), k)).not.toBe(base);
    expect(b64('correct horsf', salt(1), k)).not.toBe(base);
    expect(b64('Correct horse', salt(1), k)).not.toBe(base);
  });

  it('depends on the algorithm and its parameters', () => {
    const base = b64('correct horse', salt(1));
    expect(b64('correct horse', salt(1), CHEAP_SCRYPT)).not.toBe(base);
    expect(b64('correct horse', salt(1), { ...CHEAP, t: 2 })).not.toBe(base);
    expect(b64('correct horse', salt(1), { ...CHEAP, m: 512 })).not.toBe(base);
  });

  it('NFKC-normalises the password', () => {
    const fullwidth = 'ｐａｓｓｗｏｒｄ';
    expect(fullwidth).not.toBe('password');
    expect(b64(fullwidth, salt(3))).toBe(b64('password', salt(3)));
    // Composed and decomposed accents are the same password.
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    expect(b64(composed, salt(3))).toBe(b64(decomposed, salt(3)));
    // Normalisation does not fold case or strip characters.
    expect(b64('PASSWORD', salt(3))).not.toBe(b64('password', salt(3)));
  });
});

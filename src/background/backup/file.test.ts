import { describe, expect, it } from 'vitest';
import { WalletError } from '../../core/errors';
import type { KdfParams } from '../../core/kdf';
import { BACKUP_FORMAT, readBackup, writeBackup } from './file';

const CHEAP: KdfParams = { name: 'argon2id', m: 256, t: 1, p: 1 };
const PASSWORD = 'backup password 1';
const items = [
  { id: 'a1', kind: 'card' as const, data: { number: '4111111111111111', holder: 'Ada', expMonth: 1, expYear: 2030 }, createdAt: 1, updatedAt: 2 },
  { id: 'b2', kind: 'address' as const, data: { name: 'Grace', street: '1 Navy Yard', city: 'Arlington', postalCode: '22202', country: 'US' }, createdAt: 3, updatedAt: 4 },
];

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (err: unknown) => err);
  return e instanceof WalletError ? e.code : `no WalletError: ${String(e)}`;
}

const backup = () => writeBackup(items, ['card', 'address'], PASSWORD, CHEAP, new Date('2026-11-25T10:00:00Z'));
type File = { header: Record<string, unknown>; payload: { iv: string; ct: string } };
const edit = (text: string, change: (f: File) => void) => {
  const f = JSON.parse(text) as File;
  change(f);
  return JSON.stringify(f);
};

describe('backup file', () => {
  it('opens with its password to the same items, and its header says what is inside but nothing secret', async () => {
    const text = await backup();
    expect(await readBackup(text, PASSWORD)).toMatchObject({ items, header: { format: BACKUP_FORMAT, version: 1, count: 2, kinds: ['card', 'address'] } });
    const { header } = JSON.parse(text) as File;
    expect(header).toMatchObject({ kdf: CHEAP, createdAt: '2026-11-25T10:00:00.000Z' });
    expect(text).not.toContain('4111');
    expect(text).not.toContain('Grace');
  });

  it('still opens when the header fields come in another order', async () => {
    const text = edit(await backup(), (f) => {
      f.header = Object.fromEntries(Object.entries(f.header).reverse());
    });
    expect((await readBackup(text, PASSWORD)).items).toEqual(items);
  });

  it('refuses a wrong password', async () => {
    expect(await codeOf(readBackup(await backup(), 'wrong password'))).toBe('wrong-backup-password');
  });

  it.each<[string, (f: File) => void]>([
    ['count', (f) => void (f.header.count = 3)],
    ['kinds', (f) => void (f.header.kinds = ['card'])],
    ['createdAt', (f) => void (f.header.createdAt = '2020-01-01T00:00:00.000Z')],
    ['payload byte', (f) => void (f.payload.ct = (f.payload.ct[0] === 'A' ? 'B' : 'A') + f.payload.ct.slice(1))],
    ['payload iv', (f) => void (f.payload.iv = 'AAAAAAAAAAAAAAAA')],
  ])('reports a changed %s as damaged', async (_what, change) => {
    expect(await codeOf(readBackup(edit(await backup(), change), PASSWORD))).toBe('backup-damaged');
  });

  it('reports a truncated file as damaged, at any cut', async () => {
    const text = await backup();
    for (const cut of [40, Math.floor(text.length / 2), text.length - 2]) {
      expect(await codeOf(readBackup(text.slice(0, cut), PASSWORD))).toBe('backup-damaged');
    }
  });

  it('tells a non-backup and a newer backup apart', async () => {
    expect(await codeOf(readBackup('hello', PASSWORD))).toBe('not-a-backup');
    expect(await codeOf(readBackup('{"items": []}', PASSWORD))).toBe('not-a-backup');
    expect(await codeOf(readBackup('{"header": {"format": "something-else", "version": 1}}', PASSWORD))).toBe('not-a-backup');
    expect(await codeOf(readBackup(edit(await backup(), (f) => void (f.header.version = 2)), PASSWORD))).toBe('newer-backup');
  });

  it('refuses KDF parameters that would exhaust memory before deriving anything', async () => {
    const text = edit(await backup(), (f) => void (f.header.kdf = { name: 'argon2id', m: 4_194_304, t: 1, p: 1 }));
    expect(await codeOf(readBackup(text, PASSWORD))).toBe('backup-damaged');
  });
});

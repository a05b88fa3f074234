import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupKinds, bitwardenKinds } from './file-kinds';

const sample = fs.readFileSync(path.resolve(__dirname, '../../background/backup/fixtures/bitwarden-export.json'), 'utf8');

describe('file kinds', () => {
  it('reads a backup header and ignores unknown kinds', () => {
    const file = JSON.stringify({ header: { format: 'checkout-wallet-backup', kinds: ['card', 'receipt', 'login'] }, payload: {} });
    expect(backupKinds(file)).toEqual(['card', 'receipt']);
  });

  it('gives null for anything that is not a backup', () => {
    expect(backupKinds('Date,Merchant\n')).toBeNull();
    expect(backupKinds('{"header":{"format":"other","kinds":["card"]}}')).toBeNull();
    expect(backupKinds(sample)).toBeNull();
  });

  it('names the kinds a Bitwarden export holds', () => {
    expect(bitwardenKinds(sample)).toEqual(['card', 'identity', 'address']);
    expect(bitwardenKinds(JSON.stringify({ items: [{ type: 1 }, { type: 3 }] }))).toEqual(['card']);
    expect(bitwardenKinds(JSON.stringify({ items: [{ type: 1 }] }))).toEqual([]);
    expect(bitwardenKinds('not json')).toBeNull();
  });
});

// Where the labelled forms corpus is (shared material beside the project, or FORMS_CORPUS), and its
// pages unpacked once into a temp folder: read for measurement only, never copied into the repo.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './bundle-detect.mjs';

export const CORPUS = process.env.FORMS_CORPUS ?? path.resolve(ROOT, '../shared/forms-corpus');

/** The folder holding <source>/ dirs: the given one (or its cases/), else the unpacked tarball. */
export function casesDir(given) {
  if (given) {
    const inner = path.join(given, 'cases');
    return fs.existsSync(inner) ? inner : given;
  }
  const tarball = path.join(CORPUS, 'cases.tar.gz');
  const dir = path.join(os.tmpdir(), `wallet-forms-corpus-${fs.statSync(tarball).mtimeMs | 0}`);
  if (!fs.existsSync(path.join(dir, 'cases', '.complete'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    fs.writeFileSync(path.join(dir, 'cases', '.complete'), '');
  }
  return path.join(dir, 'cases');
}

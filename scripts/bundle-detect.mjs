// Bundles the field classifier (src/content/detect) into one classic script that defines the
// global `walletDetect`, for loading into a page by the forms eval and the detection bench.
import { build } from 'vite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledPatterns } from './precompiled-patterns.mjs';
import { recompress } from './recompress.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Returns the bundle's source text. */
export async function bundleDetect() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-detect-'));
  try {
    await build({
      logLevel: 'warn',
      configFile: false,
      envDir: false,
      root: ROOT,
      plugins: [precompiledPatterns(ROOT)], // as the shipped content script has them
      build: {
        outDir,
        emptyOutDir: false,
        minify: true,
        target: 'es2022',
        lib: {
          entry: path.join(ROOT, 'src/content/detect/index.ts'),
          formats: ['iife'],
          name: 'walletDetect',
          fileName: () => 'detect.js',
        },
      },
    });
    return await recompress(fs.readFileSync(path.join(outDir, 'detect.js'), 'utf8')); // minified as content.js is
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

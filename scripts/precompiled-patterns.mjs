// Vite plugin for the shipped bundles: replaces src/content/detect/patterns/index.ts (which joins
// fifteen per-language tables into one regex per rule when the content script starts) with the
// regexes it computes. The tables stay the source of truth and the unit tests run them as written;
// the content script ships each rule once, as a regex literal, instead of every table keyed by rule
// name — about a tenth of its 40 KB budget.
import { build } from 'vite';
import path from 'node:path';

const MODULE = path.join('src', 'content', 'detect', 'patterns', 'index.ts');

/** Evaluates the patterns module in Node and returns the source of an equivalent module. */
export async function precompiledSource(root) {
  const out = await build({
    logLevel: 'warn',
    configFile: false,
    envDir: false,
    root,
    build: { write: false, minify: false, target: 'es2022', lib: { entry: path.join(root, MODULE), formats: ['es'], fileName: () => 'patterns.js' } },
  });
  const code = (Array.isArray(out) ? out[0] : out).output[0].code;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  // The regexes in one list and their hints in one string, paired when the script starts: a pair
  // literal per rule ([/…/g, `hint`]) cost four bytes more each. Every rule has the g flag, given
  // once there (the copy is compiled when first used, as the literal would be).
  if (!mod.COMPILED_RULES.every(([re]) => re.flags === 'g')) throw new Error('every rule regex must have exactly the g flag');
  const regexes = mod.COMPILED_RULES.map(([re]) => `/${re.source}/`).join(',\n  ');
  const hints = mod.COMPILED_RULES.map(([, hint]) => hint).join(' ');
  return [
    '// Generated at build time by scripts/precompiled-patterns.mjs from the tables in this folder.',
    `const HINTS = ${JSON.stringify(hints)}.split(' ');`,
    `export const COMPILED_RULES = [\n  ${regexes},\n].map((re, i) => [new RegExp(re, 'g'), HINTS[i]]);`,
    `export const CONTEXT = { billing: ${mod.CONTEXT.billing}, shipping: ${mod.CONTEXT.shipping} };`,
    `export const MONTH_START = ${mod.MONTH_START};`,
  ].join('\n');
}

export function precompiledPatterns(root) {
  let generated;
  const target = path.join(root, MODULE);
  return {
    name: 'precompiled-patterns',
    async load(id) {
      if (path.normalize(id.split('?')[0]) !== target) return null;
      generated ??= await precompiledSource(root);
      return generated;
    },
  };
}

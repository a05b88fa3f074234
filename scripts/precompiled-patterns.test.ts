import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { COMPILED_RULES, CONTEXT, MONTH_START } from '../src/content/detect/patterns';
import { precompiledSource } from './precompiled-patterns.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shape = (re: RegExp) => [re.source, re.flags];

it('ships the regexes the pattern tables compile to, rule for rule', async () => {
  const source = await precompiledSource(ROOT);
  const shipped = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  expect(shipped.COMPILED_RULES.map(([re, hint]: (typeof COMPILED_RULES)[number]) => [...shape(re), hint])).toEqual(COMPILED_RULES.map(([re, hint]) => [...shape(re), hint]));
  expect(shape(shipped.CONTEXT.billing)).toEqual(shape(CONTEXT.billing));
  expect(shape(shipped.CONTEXT.shipping)).toEqual(shape(CONTEXT.shipping));
  expect(shape(shipped.MONTH_START)).toEqual(shape(MONTH_START));
  // Non-ASCII labels (CJK, Cyrillic, Greek) survive the round trip.
  expect(COMPILED_RULES.some(([re]) => /[\u4e00-\u9fff]/.test(re.source))).toBe(true);
}, 60_000);

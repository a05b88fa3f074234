// Tiny runner for the Firefox ESR e2e tests: `npm run test:firefox [-- filter…]`.
//
// Imports every e2e/firefox/*.test.mjs. A test file exports named async functions (the export name
// is the test name) and/or arrays of { name, fn, timeout? }. Tests run one at a time, files in name
// order and, within a file, exports in name order (array items in their order); each test launches its own browser through harness.mjs (launchWallet/withWallet).
// After each test, whatever browser it left open is closed. Output: `✓ name` / `✗ name: error`
// per test, then exactly one line `N passed, N failed`; the exit code is 1 on any failure.
//
// Arguments are substrings: only tests whose "file › name" contains one of them run.
// FIREFOX_TEST_TIMEOUT (ms, default 90000: `npm test` runs this suite beside the Chromium one, which
// can slow a test to twice its time alone) bounds each test unless it sets its own `timeout`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { captureArtifacts, checkBuild, closeAllBrowsers, setCurrentTest, stopDemoServer } from './harness.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_TIMEOUT = Number(process.env.FIREFOX_TEST_TIMEOUT ?? 90_000);
const filters = process.argv.slice(2);

function indent(text) {
  return text.replace(/\n/g, '\n    ');
}

function describeError(e) {
  if (!(e instanceof Error)) return String(e);
  // Assertion messages say it all; for anything else the stack shows where it came from.
  if (e.code === 'ERR_ASSERTION' || e.code === 'TEST_TIMEOUT' || !e.stack) return e.message;
  const frames = e.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4).map((l) => l.trim());
  return [e.message, ...frames].join('\n');
}

async function collect() {
  const tests = [];
  const broken = [];
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.test.mjs')).sort();
  for (const file of files) {
    let mod;
    try {
      mod = await import(pathToFileURL(path.join(DIR, file)).href);
    } catch (e) {
      broken.push({ name: `${file} (import)`, error: e });
      continue;
    }
    for (const [exportName, value] of Object.entries(mod)) {
      const add = (name, fn, timeout) => tests.push({ name: `${file.replace(/\.test\.mjs$/, '')} › ${name}`, fn, timeout });
      if (typeof value === 'function') add(exportName === 'default' ? 'default' : exportName, value);
      else if (Array.isArray(value)) {
        for (const t of value) {
          if (!t || typeof t.fn !== 'function' || typeof t.name !== 'string') broken.push({ name: `${file} › ${exportName}`, error: new Error('array items must be { name, fn }') });
          else add(t.name, t.fn, t.timeout);
        }
      }
    }
  }
  return { tests: tests.filter((t) => !filters.length || filters.some((f) => t.name.includes(f))), broken };
}

async function runOne(test) {
  const timeout = test.timeout ?? DEFAULT_TIMEOUT;
  let timer;
  try {
    await Promise.race([
      Promise.resolve().then(() => test.fn({ name: test.name })),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`test timed out after ${timeout} ms`), { code: 'TEST_TIMEOUT' })), timeout);
      }),
    ]);
    return null;
  } catch (e) {
    return e;
  } finally {
    clearTimeout(timer);
  }
}

const started = performance.now();
let passed = 0;
let failed = 0;
try {
  const stale = checkBuild();
  if (stale.length) console.log(`warning: dist/firefox is older than ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}: run \`npm run build\``);
  const { tests, broken } = await collect();
  for (const b of broken) {
    failed++;
    console.log(`✗ ${b.name}: ${indent(describeError(b.error))}`);
  }
  if (!tests.length && !broken.length) {
    failed++;
    console.log(`✗ no tests found${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  }
  for (const test of tests) {
    const t0 = performance.now();
    setCurrentTest(test.name);
    const error = await runOne(test);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (!error) {
      passed++;
      console.log(`✓ ${test.name} (${secs} s)`);
    } else {
      failed++;
      const artifacts = error?.artifacts ?? (await captureArtifacts(test.name).catch(() => null));
      console.log(`✗ ${test.name}: ${indent(describeError(error))}${artifacts ? `\n    (screenshots and page text in ${artifacts})` : ''}`);
    }
    await closeAllBrowsers();
  }
} catch (e) {
  failed++;
  console.log(`✗ runner: ${indent(describeError(e))}`);
} finally {
  await closeAllBrowsers().catch(() => {});
  await stopDemoServer().catch(() => {});
}
console.log(`(firefox suite took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${passed} passed, ${failed} failed`);
// Exit explicitly: a test that timed out may still hold handles that would keep node alive.
process.exit(failed ? 1 : 0);

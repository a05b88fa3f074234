#!/usr/bin/env node
// Measures the field classifier on the labelled forms corpus (../shared/forms-corpus).
//
//   npm run eval:forms -- [--cases DIR] [--predictions FILE] [--min-f1 X] [--max-none-typed Y]
//                         [--jobs N] [--explain]
//
// Loads every page into Debian Chromium (its headless shell when installed) with page scripts off
// and no network, runs the bundled classifier, writes one prediction line per labelled field and
// prints the corpus scorer's table.
// --cases: a folder with <source>/<id>.html + .json (or its parent holding cases/); default: the
// shared tarball, unpacked once into the temp dir. --min-f1 / --max-none-typed (percent): exit 1
// when micro-F1 falls below, or the share of "none" fields given a type rises above, the floor.
// --explain adds each field's signals to its prediction line, for looking at misses.
import { chromium } from 'playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleDetect, ROOT } from './bundle-detect.mjs';
import { CORPUS, casesDir } from './corpus.mjs';

const PAGE_ORIGIN = 'http://corpus.invalid';
// Chromium's headless shell (Debian's chromium-headless-shell, same version as chromium): the same
// Blink and V8 without the browser around them, so the same predictions in about two thirds of the
// time. The eval loads no extension, so it needs nothing the full browser has.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const browserPath = () => process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

function parseArgs(argv) {
  const o = { predictions: path.join(ROOT, 'eval-output/predictions.jsonl'), jobs: 3, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--explain') o.explain = true;
    else if (a === '--cases') o.cases = argv[++i];
    else if (a === '--predictions') o.predictions = argv[++i];
    else if (a === '--min-f1') o.minF1 = Number(argv[++i]);
    else if (a === '--max-none-typed') o.maxNoneTyped = Number(argv[++i]);
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

function listCases(dir) {
  const cases = [];
  for (const source of fs.readdirSync(dir).sort()) {
    const sdir = path.join(dir, source);
    if (!fs.statSync(sdir).isDirectory()) continue;
    for (const f of fs.readdirSync(sdir).filter((f) => f.endsWith('.json')).sort()) {
      const id = f.slice(0, -5);
      const html = path.join(sdir, `${id}.html`);
      if (fs.existsSync(html)) cases.push({ name: `${source}/${id}`, html, labels: path.join(sdir, f) });
    }
  }
  return cases;
}

/** Runs in the page: classifies the document and looks up each labelled selector. */
function classifyInPage({ selectors, explain }) {
  const api = globalThis.walletDetect;
  const model = api.classifyForms(document);
  const byElement = new Map(model.fields.map((f) => [f.element, f]));
  return selectors.map((sel) => {
    let el = null;
    try {
      el = document.querySelector(sel);
    } catch {
      // a selector the browser cannot parse counts as not found
    }
    const field = el && byElement.get(el);
    const out = { type: field ? field.type : 'none' };
    if (explain && el) out.signals = api.explainField(el, field?.section ?? null);
    return out;
  });
}

async function classifyCase(page, bundle, c, explain) {
  const labels = JSON.parse(fs.readFileSync(c.labels, 'utf8'));
  const url = `${PAGE_ORIGIN}/${encodeURIComponent(c.name)}`;
  const body = fs.readFileSync(c.html);
  await page.unroute('**');
  await page.route('**', (route) =>
    route.request().url() === url && route.request().isNavigationRequest()
      ? route.fulfill({ status: 200, contentType: 'text/html', body })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.evaluate(bundle);
  const selectors = labels.fields.map((f) => f.selector);
  const results = await page.evaluate(classifyInPage, { selectors, explain });
  return labels.fields.map((f, i) => ({ case: c.name, selector: f.selector, ...results[i], ...(explain ? { expected: f.type } : {}) }));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const dir = casesDir(opts.cases);
  const cases = listCases(dir);
  const bundle = (await bundleDetect()).replace(/^var walletDetect\b/m, 'globalThis.walletDetect');
  const browser = await chromium.launch({
    executablePath: browserPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const lines = new Array(cases.length);
  const failures = [];
  let next = 0;
  async function worker() {
    let page = await context.newPage();
    while (next < cases.length) {
      const i = next++;
      try {
        lines[i] = await classifyCase(page, bundle, cases[i], opts.explain);
      } catch (err) {
        failures.push(`${cases[i].name}: ${String(err.message ?? err).split('\n')[0]}`);
        lines[i] = [];
        await page.close().catch(() => {});
        page = await context.newPage();
      }
    }
    await page.close();
  }
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  await browser.close();

  fs.mkdirSync(path.dirname(path.resolve(opts.predictions)), { recursive: true });
  fs.writeFileSync(opts.predictions, lines.flat().map((l) => JSON.stringify(l)).join('\n') + '\n');
  for (const f of failures) console.error(`failed: ${f}`);

  const jsonOut = path.join(os.tmpdir(), `wallet-forms-score-${process.pid}.json`);
  const scorer = path.join(CORPUS, 'score.mjs');
  process.stdout.write(execFileSync('node', [scorer, '--cases', dir, '--predictions', opts.predictions, '--json', jsonOut], { encoding: 'utf8' }));
  const result = JSON.parse(fs.readFileSync(jsonOut, 'utf8'));
  fs.rmSync(jsonOut, { force: true });
  console.log(`${cases.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.basename(browserPath())}); predictions: ${opts.predictions}`);

  const noneTypedPct = 100 * result.noneTypedShare;
  let ok = true;
  if (opts.minF1 !== undefined && result.micro.F1 < opts.minF1) {
    console.error(`FAIL: micro-F1 ${result.micro.F1.toFixed(3)} is below the floor ${opts.minF1}`);
    ok = false;
  }
  // The classifier must never throw on a real page (a page that failed to load is the machine's fault).
  const thrown = failures.filter((f) => f.includes('page.evaluate'));
  if (opts.minF1 !== undefined && thrown.length > 0) {
    console.error(`FAIL: the classifier threw on ${thrown.length} page(s)`);
    ok = false;
  }
  if (opts.maxNoneTyped !== undefined && noneTypedPct > opts.maxNoneTyped) {
    console.error(`FAIL: none-typed ${noneTypedPct.toFixed(2)}% is above the ceiling ${opts.maxNoneTyped}%`);
    ok = false;
  }
  process.exitCode = ok ? 0 : 1;
}

await main();

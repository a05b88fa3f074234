#!/usr/bin/env node
// Fills the pages of the labelled forms corpus (../shared/forms-corpus) with a test profile and
// counts how many labelled fields got the right value: `node scripts/eval-fill.mjs [--limit N]`.
//
// Each page is loaded into Debian Chromium with page scripts off and no network. In the page, the
// shipped classifier and fill code (bundled from src/content) describe the sections; the shipped
// background code (src/background/fill-values + fill-format, bundled for Node) shapes the values;
// the content code sets them. A labelled field is right when it holds what the wallet would put in
// a field of its labelled type (or a type the label accepts), whether the fill put it there or it
// was there already (a select showing the right choice); wrong when the fill put anything else;
// missed when left as it was. "none" fields that received a value are counted apart. Pages are read
// from a temp copy of the tarball, never copied into the repository.
import { chromium } from 'playwright';
import { build } from 'vite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './bundle-detect.mjs';
import { casesDir } from './corpus.mjs';

const PAGE_ORIGIN = 'http://corpus.invalid';
const CARD = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, csc: '123', cardType: 'credit', status: 'active' };
const ADDRESS = { name: 'Ada Lovelace', organization: 'Analytical Engines Ltd', street: '12 Analytical Street', line2: 'Suite 3', city: 'Springfield', region: 'CA', postalCode: '94107', country: 'US', phone: '+1 415 555 0199', email: 'ada@example.com' };
const IDENTITY = { givenName: 'Ada', familyName: 'Lovelace', organization: 'Analytical Engines Ltd', email: 'ada@example.com', phone: '+1 415 555 0199' };
const SOURCE = { card: CARD, billing: ADDRESS, shipping: ADDRESS, identity: IDENTITY };
/** Scored as one, as the corpus scorer does. */
const SAME = { 'street-address': ['address-line1'], 'address-line1': ['street-address'], country: ['country-name'], 'country-name': ['country'], tel: ['tel-national'], 'tel-national': ['tel'] };

const at = process.argv.indexOf('--limit');
const limit = at > 0 ? Number(process.argv[at + 1]) : Infinity;

async function bundle(entrySource, format) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-eval-fill-'));
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(entry, entrySource);
  await build({
    logLevel: 'warn', configFile: false, envDir: false, root: ROOT,
    build: { outDir: dir, emptyOutDir: false, minify: false, target: 'es2022', lib: { entry, formats: [format], name: 'walletFill', fileName: () => `out.${format === 'es' ? 'mjs' : 'js'}` } },
  });
  return path.join(dir, `out.${format === 'es' ? 'mjs' : 'js'}`);
}

const src = (p) => JSON.stringify(path.join(ROOT, 'src', p));
const pageJs = fs.readFileSync(
  await bundle(`import { classifyForms } from ${src('content/detect')}; import { describeSections, shapeOf } from ${src('content/fill/describe')}; import { applyFill } from ${src('content/fill/apply')};
let model; export function describe() { model = classifyForms(document); return describeSections(model); }
export function fill(texts) { return applyFill(model, texts, false); }
export { shapeOf };`, 'iife'),
  'utf8',
).replace(/^var walletFill\b/m, 'globalThis.walletFill');
const background = await import(pathToFileURL(await bundle(`export { valuesForSection } from ${src('background/fill-values')}; export { sectionTexts } from ${src('background/fill-format')};`, 'es')).href);

/**
 * What the wallet would type into a field with these hints if it had `type`: alone in its section,
 * or beside a line-2 box (line 1 then holds the first line only, not both).
 */
function expectedFor(hint, type, lang) {
  return [[], ['address-line2']].map((others) => {
    const section = { id: 'x', kind: 'billing', fields: [{ ...hint, type, visible: true }, ...others.map((t) => ({ ...hint, type: t, visible: true }))] };
    return background.sectionTexts(section, background.valuesForSection(section, SOURCE, lang), lang).texts[0];
  });
}

const IN_SCOPE = /^(cc-|name$|given-name|additional-name|family-name|organization|street-address|address-|postal-code|country|tel|email)/;
const dir = casesDir();
const cases = fs.readdirSync(dir).filter((s) => fs.statSync(path.join(dir, s)).isDirectory()).sort().flatMap((s) =>
  fs.readdirSync(path.join(dir, s)).filter((f) => f.endsWith('.json')).sort().map((f) => ({ source: s, id: f.slice(0, -5), dir: path.join(dir, s) })),
).slice(0, limit);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
const totals = {};
const started = Date.now();
let page = await context.newPage();
for (const c of cases) {
  const row = (totals[c.source] ??= { pages: 0, fields: 0, right: 0, wrong: 0, missed: 0, noneFields: 0, noneFilled: 0 });
  try {
    const labels = JSON.parse(fs.readFileSync(path.join(c.dir, `${c.id}.json`), 'utf8'));
    const url = `${PAGE_ORIGIN}/${c.source}/${c.id}`;
    const body = fs.readFileSync(path.join(c.dir, `${c.id}.html`));
    await page.unroute('**');
    await page.route('**', (r) => (r.request().url() === url ? r.fulfill({ status: 200, contentType: 'text/html', body }) : r.abort()));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.evaluate(pageJs);
    const lang = labels.html_lang || 'en';
    const sections = await page.evaluate(() => globalThis.walletFill.describe());
    const texts = Object.fromEntries(sections.map((s) => [s.id, background.sectionTexts(s, background.valuesForSection(s, SOURCE, lang), lang).texts]));
    // Each labelled field's value, and its shape as the wallet describes it to the background.
    const read = (sels) => page.evaluate((ss) => ss.map((s) => { try { const e = document.querySelector(s); return e?.matches('input,select,textarea') ? { value: e.value, hint: globalThis.walletFill.shapeOf(e) } : null; } catch { return null; } }), sels);
    const selectors = labels.fields.map((f) => f.selector);
    const before = await read(selectors);
    await page.evaluate((t) => globalThis.walletFill.fill(t), texts);
    const after = await read(selectors);
    row.pages++;
    labels.fields.forEach((f, i) => {
      const b = before[i];
      const a = after[i];
      if (!a || !b) return;
      const changed = a.value !== b.value;
      if (!IN_SCOPE.test(f.type)) {
        row.noneFields++;
        if (changed) row.noneFilled++;
        return;
      }
      const types = [f.type, ...(f.accept ?? []), ...(SAME[f.type] ?? [])];
      const want = new Set(types.flatMap((t) => expectedFor(a.hint, t, lang)).filter((t) => t !== null && t !== undefined));
      if (want.size === 0) return; // the profile has nothing for this type (e.g. a third address line)
      row.fields++;
      // A select already showing the right choice (the shop's own country first) needs no change.
      if (want.has(a.value)) row.right++;
      else if (!changed) row.missed++;
      else row.wrong++;
    });
  } catch {
    await page.close().catch(() => {});
    page = await context.newPage();
  }
}
await browser.close();

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const all = Object.values(totals).reduce((s, r) => Object.fromEntries(Object.keys(r).map((k) => [k, (s[k] ?? 0) + r[k]])), {});
console.log('source      pages  fields  right   wrong  missed  right%   none fields  none filled');
for (const [name, r] of [...Object.entries(totals), ['all', all]]) {
  console.log(`${name.padEnd(11)} ${String(r.pages).padStart(5)} ${String(r.fields).padStart(7)} ${String(r.right).padStart(6)} ${String(r.wrong).padStart(7)} ${String(r.missed).padStart(7)}  ${pct(r.right, r.fields).padStart(6)} ${String(r.noneFields).padStart(12)} ${String(r.noneFilled).padStart(12)}`);
}
console.log(`${cases.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Runs every test runner (type check, build, web-ext lint, Vitest, Playwright in Chromium, Firefox
// ESR, the forms-corpus accuracy floor) and ends with one line `N passed, N failed` summed over all
// of them, which is what CI reads. Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'reports');
fs.mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * Runs one runner and resolves when it ends; runners may run side by side (see below). The output
 * streams as it comes; with `hold` it is held back and printed whole when the runner ends, so two
 * runners' lines never interleave.
 */
function run(label, cmd, args, { env = {}, hold = false } = {}) {
  const t0 = Date.now();
  const title = `\n=== ${label}: ${[path.basename(cmd), ...args].join(' ')}`;
  if (!hold) console.log(title);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => {
      out.push(d);
      if (!hold) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      if (hold) err.push(d);
      else process.stderr.write(d);
    });
    child.on('error', (e) => {
      console.log(`${title}\n=== ${label} could not start: ${e.message}`);
      resolve({ ok: false, stdout: '' });
    });
    child.on('close', (status) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (hold) {
        console.log(title);
        process.stdout.write(stdout);
        process.stdout.write(Buffer.concat(err).toString('utf8'));
      }
      console.log(`=== ${label} finished in ${((Date.now() - t0) / 1000).toFixed(1)} s (exit ${status})`);
      resolve({ ok: status === 0, stdout });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A runner with one verdict (a command that passes or fails as a whole). */
const single = (r) => ({ passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1 });

const results = [];
const add = (name, counts) => {
  results.push({ name, ...counts });
  console.log(`--> ${name}: ${counts.passed} passed, ${counts.failed} failed`);
};

// The machine is CPU-bound once the browser lanes run; what uses less than its cores (the type
// check is one thread, Vitest's files mostly wait on module loading) runs beside other work.
const typecheck = run('typecheck', bin('tsc'), ['-p', '.'], { hold: true });
const build = await run('build', process.execPath, ['scripts/build.mjs']);
add('typecheck', single(await typecheck));
add('build', single(build));

if (build.ok) {
  const lint = await run('web-ext lint', bin('web-ext'), ['lint', '-s', 'dist/firefox', '--self-hosted', '--output', 'json', '--no-config-discovery']);
  const lintReport = (() => {
    try {
      return JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
    } catch {
      return null;
    }
  })();
  add('web-ext lint (errors)', single({ ok: lintReport !== null && lintReport.count !== undefined && lintReport.errors.length === 0 }));

  // Two lanes at once: Playwright in Chromium; Vitest, then Firefox ESR, then the corpus floor.
  fs.rmSync(path.join(reports, 'e2e.json'), { force: true });
  const chromiumLane = run('chromium (playwright)', bin('playwright'), ['test']).then((e2e) => {
    const e = readJson(path.join(reports, 'e2e.json'));
    return [['chromium', e ? { passed: e.stats.expected + e.stats.flaky, failed: e.stats.unexpected + (e.errors?.length ?? 0) } : single(e2e)]];
  });
  fs.rmSync(path.join(reports, 'unit.json'), { force: true });
  const firefoxLane = (async () => {
    const lane = [];
    const unit = await run('unit (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json'], { hold: true });
    const u = readJson(path.join(reports, 'unit.json'));
    lane.push(['unit', u ? { passed: u.numPassedTests, failed: u.numFailedTests + (u.numFailedTestSuites ?? 0) } : single(unit)]);

    const ff = await run('firefox (puppeteer-core)', process.execPath, ['e2e/firefox/run.mjs'], { hold: true });
    const m = ff.stdout.trim().split('\n').pop()?.match(/^(\d+) passed, (\d+) failed$/);
    lane.push(['firefox', m ? { passed: Number(m[1]), failed: Number(m[2]) } : single({ ok: false })]);

    // The labelled corpus is shared material beside the project (../shared); a clone elsewhere may
    // name it with FORMS_CORPUS. Without it the floor cannot be measured, and that is said plainly.
    const corpus = [process.env.FORMS_CORPUS, path.resolve(root, '../shared/forms-corpus'), '/work/shared/forms-corpus']
      .find((dir) => dir && fs.existsSync(path.join(dir, 'cases.tar.gz')));
    const floor = readJson(path.join(root, 'scripts', 'eval-floor.json'));
    if (corpus && floor) {
      const evalRun = await run('forms corpus accuracy floor', process.execPath, [
        'scripts/eval-forms.mjs', '--min-f1', String(floor.minF1), '--max-none-typed', String(floor.maxNoneTyped),
      ], { env: { FORMS_CORPUS: corpus }, hold: true });
      lane.push(['forms corpus floor', single(evalRun)]);
    } else {
      console.log('\n=== forms corpus accuracy floor: SKIPPED (no forms corpus found beside the project; set FORMS_CORPUS)');
    }
    return lane;
  })();
  for (const [name, counts] of (await Promise.all([chromiumLane, firefoxLane])).flat()) add(name, counts);
}

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.name.padEnd(24)} ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !build.ok ? 1 : 0);

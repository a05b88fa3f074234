// `npm run bench`: builds the extension, runs every bench/*.bench.mjs module, prints each figure
// beside its baseline (measured in the same run unless the unit says otherwise) and writes
// bench-results.json as [{name, value, unit, baseline, ratio}].
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const only = process.argv[2]; // optional: run one module, e.g. `npm run bench -- unlock`
const modules = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only)))
  .sort();

const results = [];
for (const file of modules) {
  console.log(`\n# ${file}`);
  const mod = await import(pathToFileURL(path.join(root, 'bench', file)).href);
  for (const r of await mod.run()) {
    const entry = { name: r.name, value: round(r.value), unit: r.unit, baseline: round(r.baseline), ratio: round(r.value / r.baseline) };
    results.push(entry);
    console.log(`${entry.name.padEnd(32)} ${String(entry.value).padStart(10)} ${entry.unit.padEnd(4)} baseline ${String(entry.baseline).padStart(10)}  ratio ${entry.ratio}${r.note ? `  (${r.note})` : ''}`);
  }
}
fs.writeFileSync(path.join(root, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote bench-results.json (${results.length} figures)`);

function round(x) {
  return Math.round(x * 1000) / 1000;
}

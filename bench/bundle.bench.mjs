// Size of each built bundle (dist/chrome, minified). The baseline here is the size budget, not a
// measurement: ratio <= 1 means within budget.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'chrome');
const kb = (bytes) => bytes / 1024;

function sizeOf(files) {
  return files.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
}

export async function run() {
  const assets = fs.readdirSync(path.join(dist, 'assets'));
  // What the popup loads on open: its HTML, entry script and CSS (the strength meter is loaded lazily).
  const popupHtml = fs.readFileSync(path.join(dist, 'popup.html'), 'utf8');
  const popupInitial = assets.filter((a) => popupHtml.includes(a)).map((a) => `assets/${a}`);
  return [
    { name: 'bundle.content', value: kb(sizeOf(['content.js'])), unit: 'KB', baseline: 40, note: 'budget 40 KB' },
    { name: 'bundle.content-ui', value: kb(sizeOf(['content-ui.js'])), unit: 'KB', baseline: 40, note: 'menu host, fill, capture: loaded on first use; budget 40 KB' },
    { name: 'bundle.background', value: kb(sizeOf(['background.js'])), unit: 'KB', baseline: 200, note: 'budget 200 KB' },
    { name: 'bundle.popup-initial', value: kb(sizeOf(['popup.html', ...popupInitial])), unit: 'KB', baseline: 100, note: 'budget 100 KB' },
  ];
}

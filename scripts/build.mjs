// Builds the extension for Chrome (dist/chrome, background service worker) and Firefox
// (dist/firefox, background event page) from the one manifest.json.
import { build } from 'vite';
import preact from '@preact/preset-vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledPatterns } from './precompiled-patterns.mjs';
import { recompress } from './recompress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, 'dist', '.stage');
const quiet = { logLevel: 'warn', configFile: false, envDir: false };

/** Background and content scripts: one self-contained classic script each (no imports at run time). */
async function buildScript(entry, fileName, format = 'iife') {
  await build({
    ...quiet,
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [precompiledPatterns(root)],
    build: {
      outDir: stage,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(root, entry), formats: [format], name: 'wallet', fileName: () => fileName },
    },
  });
  const file = path.join(stage, fileName);
  fs.writeFileSync(file, await recompress(fs.readFileSync(file, 'utf8'), format === 'es'));
}

function manifestFor(target) {
  const m = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  if (target === 'firefox') {
    m.background = { scripts: [m.background.service_worker] };
    for (const r of m.web_accessible_resources ?? []) delete r.use_dynamic_url; // Chrome only
  } else {
    delete m.browser_specific_settings;
  }
  return m;
}

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({
  ...quiet,
  root: path.join(root, 'src/popup'),
  base: './',
  plugins: [preact()],
  build: { outDir: stage, emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(root, 'src/popup/popup.html') } },
});
// The inline menu and the save offer, framed into web pages (web_accessible_resources): their own small bundle.
await build({
  ...quiet,
  root: path.join(root, 'src/menu'),
  base: './',
  build: {
    outDir: stage,
    emptyOutDir: false,
    target: 'es2022',
    rollupOptions: { input: { menu: path.join(root, 'src/menu/menu.html'), offer: path.join(root, 'src/menu/offer.html') } },
  },
});
await buildScript('src/background/index.ts', 'background.js');
await buildScript('src/content/index.ts', 'content.js');
// The content script's menu host and fill code, imported by content.js on first use (an ES module).
await buildScript('src/content/ui.ts', 'content-ui.js', 'es');

for (const target of ['chrome', 'firefox']) {
  const out = path.join(root, 'dist', target);
  fs.cpSync(stage, out, { recursive: true });
  fs.cpSync(path.join(root, '_locales'), path.join(out, '_locales'), { recursive: true });
  fs.cpSync(path.join(root, 'assets/icons'), path.join(out, 'icons'), { recursive: true });
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2));
}
fs.rmSync(stage, { recursive: true, force: true });
for (const f of ['background.js', 'content.js', 'content-ui.js']) {
  console.log(`built ${f}: ${(fs.statSync(path.join(root, 'dist/chrome', f)).size / 1024).toFixed(1)} KB`);
}

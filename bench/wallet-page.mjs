// Opens Chromium with the built extension and its popup page in a fresh profile, for bench modules
// that drive the wallet through the message protocol as the popup does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionWorker, launchWithExtension } from '../scripts/chromium.mjs';

/** Calls `fn({context, sw, page, send, timed})`; `send` throws on an error answer, `timed` also
 * returns the round-trip time measured in the page. Closes the browser and removes the profile after. */
export async function withWalletPage(fn) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-bench-'));
  const context = await launchWithExtension(profile);
  try {
    const sw = await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
    const timed = async (msg) => {
      const { ms, res } = await page.evaluate(async (m) => {
        const t0 = performance.now();
        const res = await chrome.runtime.sendMessage(m);
        return { ms: performance.now() - t0, res };
      }, msg);
      if (!res.ok) throw new Error(`${msg.type} failed: ${res.error.code}`);
      return { ms, value: res.value };
    };
    const send = async (msg) => (await timed(msg)).value;
    return await fn({ context, sw, page, send, timed });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

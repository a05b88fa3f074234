// Unlock time in Chromium with the shipped KDF (Argon2id, see src/core/kdf.ts), as the popup sees it
// (message round trip, KDF, key unwrap), beside WebCrypto PBKDF2-SHA256 at 600,000 iterations
// (OWASP's PBKDF2 minimum) timed in the same extension service worker in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionWorker, launchWithExtension } from '../scripts/chromium.mjs';
import { median } from './stats.mjs';

const ROUNDS = 7;
const PASSWORD = 'bench-Argon2id-unlock-7f3a';

export async function run() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-bench-'));
  const context = await launchWithExtension(profile);
  try {
    const sw = await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
    const send = (msg) => page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
    const created = await send({ type: 'vault.create', password: PASSWORD });
    if (!created.ok) throw new Error(`create failed: ${created.error.code}`);

    const unlock = [];
    const pbkdf2 = [];
    for (let i = 0; i < ROUNDS; i++) {
      await send({ type: 'vault.lock' });
      const t0 = await page.evaluate(() => performance.now());
      const res = await page.evaluate((pw) => chrome.runtime.sendMessage({ type: 'vault.unlock', password: pw }), PASSWORD);
      unlock.push((await page.evaluate(() => performance.now())) - t0);
      if (!res.ok || res.value.state !== 'unlocked') throw new Error('unlock failed');
      pbkdf2.push(
        await sw.evaluate(async () => {
          const salt = crypto.getRandomValues(new Uint8Array(16));
          const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('bench password'), 'PBKDF2', false, ['deriveBits']);
          const t0 = performance.now();
          await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 }, key, 256);
          return performance.now() - t0;
        }),
      );
    }
    return [
      {
        name: 'unlock.kdf',
        value: median(unlock),
        unit: 'ms',
        baseline: median(pbkdf2),
        note: `Argon2id 46 MiB t=2 unlock round trip vs PBKDF2-SHA256 600k, median of ${ROUNDS}; target unlock <= 700 ms`,
      },
    ];
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

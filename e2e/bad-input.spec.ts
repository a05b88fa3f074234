// Bad input gets a clear error and loses nothing: a damaged record, a database from a newer version,
// malformed messages, and too many wrong passwords.
import type { Page, Worker } from '@playwright/test';
import { createWallet, expect, PASSWORD, sendFromPage, serviceWorker, test, TEST_CARD } from './fixtures';

/** Runs a raw IndexedDB transaction on the wallet database from inside the extension. */
function rawItems(sw: Worker, action: 'count' | 'corrupt-first'): Promise<number> {
  return sw.evaluate(
    (act) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('wallet');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('items', 'readwrite');
          const store = tx.objectStore('items');
          if (act === 'count') {
            const c = store.count();
            c.onsuccess = () => resolve(c.result);
          } else {
            const cur = store.openCursor();
            cur.onsuccess = () => {
              const row = cur.result!.value;
              row.ct = new Uint8Array(row.ct);
              row.ct[5] ^= 0xff; // one flipped byte in the ciphertext
              cur.result!.update(row);
              resolve(1);
            };
          }
          tx.oncomplete = () => db.close();
        };
      }),
    action,
  );
}

async function walletWithTwoCards(popup: Page): Promise<void> {
  await createWallet(popup);
  for (const number of ['4111111111111111', TEST_CARD.number]) {
    expect(await sendFromPage(popup, { type: 'items.put', item: { kind: 'card', data: { ...TEST_CARD, number } } })).toMatchObject({ ok: true });
  }
}

test('a corrupted record is reported as damaged and the others still open', async ({ wallet, popup }) => {
  await walletWithTwoCards(popup);
  const sw = await serviceWorker(wallet);
  await rawItems(sw, 'corrupt-first');
  await popup.reload();
  await expect(popup.getByRole('listitem')).toHaveCount(2);
  await expect(popup.getByRole('listitem').filter({ hasText: 'Damaged record' })).toHaveCount(1);
  await expect(popup.getByRole('listitem').filter({ hasText: /•••• (1111|4242), 08\/29/ })).toHaveCount(1);
});

test('malformed and unknown messages are rejected with a clear error and logged without their contents', async ({ wallet, popup }) => {
  await createWallet(popup);
  const sw = await serviceWorker(wallet);
  const logs: string[] = [];
  sw.on('console', (m) => logs.push(m.text()));
  const secret = 'SECRET-do-not-log-5555444433332222';
  const cases: unknown[] = [
    'garbage',
    null,
    { type: 'vault.nuke' },
    { type: 'vault.unlock', password: secret, tabId: 3 },
    { type: 'items.put', item: { kind: 'card', data: { ...TEST_CARD, number: '4242 4242 abcd' } } },
    { type: 'items.put', item: { kind: 'card', data: { ...TEST_CARD, number: secret } } },
  ];
  for (const msg of cases) {
    const res = await sendFromPage<{ ok: boolean; error: { code: string; message: string } }>(popup, msg);
    expect(res.ok).toBe(false);
    expect(res.error.code).toBe('invalid-message');
    expect(res.error.message).toBe('Malformed or unknown request.');
  }
  await expect.poll(() => logs.filter((l) => l.includes('invalid-message')).length).toBe(cases.length);
  expect(logs.join('\n')).not.toContain(secret);
  expect(logs.join('\n')).not.toContain('4242');
  // The wallet still works after all that.
  await popup.reload();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
});

test('a database written by a newer version gives a clear error and nothing is deleted', async ({ wallet, popup }) => {
  await walletWithTwoCards(popup);
  const sw = await serviceWorker(wallet);
  const before = await rawItems(sw, 'count');
  expect(before).toBe(2);
  // A later release upgraded the database (IndexedDB version 990 > this build's).
  await sw.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('wallet', 990);
        req.onupgradeneeded = () => req.result.createObjectStore('future');
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await popup.reload();
  await expect(popup.getByRole('alert')).toHaveText(/saved by a newer version of the extension.*nothing was deleted/);
  expect(await rawItems(sw, 'count')).toBe(before);
});

test('five wrong passwords in a row: the popup says how long to wait', async ({ popup }) => {
  test.setTimeout(60_000);
  await createWallet(popup);
  await popup.getByRole('button', { name: 'Lock now' }).click();
  for (let i = 1; i <= 5; i++) {
    await popup.getByLabel('Master password').fill(`wrong-${i}`);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect(popup.getByRole('alert')).toContainText('Wrong master password.');
  }
  await expect(popup.getByTestId('throttle')).toHaveText(/Too many wrong passwords: try again in (30|29|28) s\./);
  await expect(popup.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  // The background enforces it too: even the right password is refused until the delay is over.
  const res = await sendFromPage<{ ok: boolean; error: { code: string; retryAfterMs: number } }>(popup, { type: 'vault.unlock', password: PASSWORD });
  expect(res.ok).toBe(false);
  expect(res.error.code).toBe('throttled');
  expect(res.error.retryAfterMs).toBeGreaterThan(20_000);
});

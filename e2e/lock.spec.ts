import { createWallet, expect, sendFromPage, stopServiceWorker, test, TEST_CARD } from './fixtures';

test('a service-worker restart keeps the wallet unlocked; the idle timer still locks it (1-minute setting, fired early through chrome.alarms)', async ({
  wallet,
  popup,
  extensionId,
}) => {
  await createWallet(popup);
  await sendFromPage(popup, { type: 'settings.set', settings: { lockMinutes: 1 } });
  await sendFromPage(popup, { type: 'items.put', item: { kind: 'card', data: TEST_CARD } });
  const armedAt = Date.now(); // the last wallet activity: the idle lock counts from here

  await wallet.serviceWorkers()[0]!.evaluate(() => ((globalThis as any).__beforeRestart = true));
  await stopServiceWorker(wallet, popup, extensionId);
  // The next message wakes a fresh worker with empty globals; the key must come back from storage.session.
  await popup.reload();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
  await expect(popup.getByRole('listitem')).toContainText('Visa •••• 4242, 08/29');
  const restarted = wallet.serviceWorkers()[0]!;
  expect(await restarted.evaluate(() => (globalThis as any).__beforeRestart)).toBeUndefined();

  // The idle lock is an alarm, which outlives the worker that set it: one minute after the last
  // activity (the popup's reload may push it back, never forward). Chrome fires alarms on time;
  // firing it now instead of waiting that minute shows that the new worker locks on it.
  const alarms = await restarted.evaluate(() => (globalThis as any).chrome.alarms.getAll() as Promise<{ name: string; scheduledTime: number }[]>);
  const idle = alarms.find((a) => a.name === 'wallet-idle-lock');
  expect(idle, 'the idle-lock alarm is still armed').toBeDefined();
  expect(idle!.scheduledTime).toBeGreaterThanOrEqual(armedAt + 60_000 - 1000);
  expect(idle!.scheduledTime).toBeLessThanOrEqual(Date.now() + 60_000 + 1000);
  await restarted.evaluate((name) => (globalThis as any).chrome.alarms.create(name, { when: Date.now() }), idle!.name);
  await expect(popup.getByTestId('lock-state')).toHaveText('Locked', { timeout: 10_000 });
  const list = await sendFromPage<{ ok: boolean; error?: { code: string } }>(popup, { type: 'items.list' });
  expect(list).toMatchObject({ ok: false, error: { code: 'locked' } });
});

test('lock wipes the key from session storage', async ({ wallet, popup }) => {
  await createWallet(popup);
  const sw = wallet.serviceWorkers()[0]!;
  const before = await sw.evaluate(() => (globalThis as any).chrome.storage.session.get(null));
  expect(Object.keys(before).length).toBeGreaterThan(0);

  await popup.getByRole('button', { name: 'Lock now' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Locked');
  expect(await sw.evaluate(() => (globalThis as any).chrome.storage.session.get(null))).toEqual({});
});

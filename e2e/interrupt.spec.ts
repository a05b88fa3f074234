// A master-password change cut off half way (the service worker stopped while the KDF runs, or
// just after): after the restart the wallet opens with exactly one of the two passwords, the old
// one or the new, and every item is there.
import { createWallet, expect, PASSWORD, sendFromPage, test, TEST_CARD, unlockWallet, workerStopper } from './fixtures';

const NEXT = 'quartz-meadow-lantern-58';
type Res = { ok: boolean; error?: { code: string } };

for (const delayMs of [50, 350, 900]) {
  test(`a password change stopped ${delayMs} ms in leaves the old or the new password working, never neither`, async ({
    wallet,
    popup,
    extensionId,
  }) => {
    await createWallet(popup);
    await sendFromPage(popup, { type: 'items.put', item: { kind: 'card', data: TEST_CARD } });
    const stop = await workerStopper(wallet, popup, extensionId);
    await popup.evaluate(
      ([current, next]) => {
        // Not awaited: the worker is stopped before (or soon after) it answers.
        (globalThis as any).chrome.runtime.sendMessage({ type: 'vault.changePassword', current, next }).catch(() => {});
      },
      [PASSWORD, NEXT],
    );
    await popup.waitForTimeout(delayMs);
    await stop();

    // A fresh worker: lock, then try both passwords through the popup as the user would.
    await sendFromPage(popup, { type: 'vault.lock' });
    const oldWorks = (await sendFromPage<Res>(popup, { type: 'vault.unlock', password: PASSWORD })).ok;
    await sendFromPage(popup, { type: 'vault.lock' });
    const newWorks = (await sendFromPage<Res>(popup, { type: 'vault.unlock', password: NEXT })).ok;
    test.info().annotations.push({ type: 'after the stop', description: newWorks ? 'new password' : 'old password' });
    expect(oldWorks !== newWorks).toBe(true);

    await sendFromPage(popup, { type: 'vault.lock' });
    await popup.reload();
    await unlockWallet(popup, newWorks ? NEXT : PASSWORD);
    await expect(popup.getByRole('listitem')).toContainText('Visa •••• 4242, 08/29');
  });
}

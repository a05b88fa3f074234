// The backup round trip through the popup's own screens in Firefox ESR, as a user: Settings →
// Export backup downloads the file (Firefox saves it to the profile's download folder, set by
// prefs), the wallet is erased and created again, and Import backup picks that very file with the
// file input (WebDriver BiDi input.setFiles): every item comes back exactly (ids, times, contents).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_STATE, buttonNamed, byLabel, clickButton, createWallet, expectText, fillByLabel, openExtensionPage, step, waitFor, withWallet } from './harness.mjs';
import { ADDRESS, CARD, put } from './shop.mjs';

const BACKUP_PASSWORD = 'lantern-orchard-pebble-17';

const itemsById = (extPage) =>
  extPage.evaluate(async () => {
    const res = await browser.runtime.sendMessage({ type: 'items.list' });
    if (!res.ok) throw new Error(res.error.code);
    return res.value.sort((a, b) => a.id.localeCompare(b.id));
  });

async function settingsScreen(view, button) {
  await (await view.waitForSelector('[role="tab"]#tab-settings')).click();
  await clickButton(view, button);
}

/** The one finished download in `dir` (Firefox writes a .part file first). */
async function downloaded(dir) {
  return waitFor(
    () => {
      const files = fs.readdirSync(dir);
      return files.length === 1 && !files[0].endsWith('.part') && fs.statSync(path.join(dir, files[0])).size > 0 ? path.join(dir, files[0]) : null;
    },
    { timeout: 30_000, message: `a finished download in ${dir}` },
  );
}

export const tests = [
  {
    name: 'backup exported from the settings, wallet erased, the downloaded file imported: every item comes back',
    timeout: 120_000,
    fn: async () => {
      const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-ff-downloads-'));
      const prefs = {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
      };
      try {
        await withWallet(async ({ popup }) => {
          const cardId = await put(popup, 'card', CARD);
          const addressId = await put(popup, 'address', ADDRESS);
          await put(popup, 'profile', { name: 'Home', cardId, billingId: addressId, shippingId: addressId });
          await put(popup, 'receipt', { merchant: 'Café Ünïcödé 合计', site: 'https://shop.example', date: '2026-11-25T10:00:00.000Z', amount: 123456, currency: 'JPY', cardId, cardLast4: '4242' });
          const before = await itemsById(popup);
          assert.deepEqual(before.map((i) => i.kind).sort(), ['address', 'card', 'profile', 'receipt']);

          const view = await openExtensionPage(popup, 'popup.html');
          const file = await step('export', async () => {
            await settingsScreen(view, 'Export backup');
            await fillByLabel(view, 'Backup password', BACKUP_PASSWORD);
            await expectText(view, '[data-testid="strength"]', /Strong|Very strong/);
            await fillByLabel(view, 'Backup password again', BACKUP_PASSWORD);
            await clickButton(view, 'Export backup');
            await expectText(view, '[role="status"]', /^Backup saved: 4 items in checkout-wallet-\d{4}-\d{2}-\d{2}\.backup\.json\.$/, { timeout: 20_000 });
            return downloaded(downloads);
          });
          assert.match(path.basename(file), /^checkout-wallet-\d{4}-\d{2}-\d{2}\.backup\.json$/);
          const text = fs.readFileSync(file, 'utf8');
          assert.equal(JSON.parse(text).header.format, 'checkout-wallet-backup');
          assert.equal(JSON.parse(text).header.count, 4);
          for (const secret of ['4242', 'Lovelace', 'Analytical']) assert.ok(!text.includes(secret), `${secret} is not in the file in clear`);

          await step('erase and create a new wallet', async () => {
            await clickButton(view, '← Settings');
            await fillByLabel(view, 'Type ERASE', 'ERASE');
            await clickButton(view, 'Erase everything');
            await expectText(view, 'h2', 'Create your master password');
            await createWallet(view, 'another-master-password-93');
            assert.deepEqual(await itemsById(view), []);
          });

          await step('import the downloaded file', async () => {
            await settingsScreen(view, 'Import backup');
            await (await byLabel(view, 'Backup file')).uploadFile(file);
            await fillByLabel(view, 'Backup password', BACKUP_PASSWORD);
            await clickButton(view, 'Import');
            await expectText(view, '[data-testid="import-summary"]', /Import finished\./, { timeout: 30_000 });
          });
          assert.deepEqual(await itemsById(view), before, 'the same items, ids, times and contents');
          await expectText(view, LOCK_STATE, 'Unlocked');
          await (await view.waitForSelector('[role="tab"]#tab-cards')).click();
          await expectText(view, '[role="tabpanel"]', /•••• 4242/);
          await buttonNamed(view, 'Add card');
        }, { create: true, prefs });
      } finally {
        fs.rmSync(downloads, { recursive: true, force: true });
      }
    },
  },
];

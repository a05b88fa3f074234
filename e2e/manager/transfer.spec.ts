// Backup, import and export through the popup's own screens (Settings → Backup and transfer), as a
// user: the backup file is the one the UI downloads, imports pick files with the file input, and
// the vault is compared item for item (ids, times and contents) through items.list.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWallet, expect, sendFromPage, test, TEST_CARD } from '../fixtures';
import { openManager, put, shot, tab } from './helpers';

const BACKUP_PASSWORD = 'lantern-orchard-pebble-17';
const here = path.dirname(fileURLToPath(import.meta.url));
const BITWARDEN_SAMPLE = path.join(here, '../../src/background/backup/fixtures/bitwarden-export.json');

interface View {
  id: string;
  kind: string;
}
type Res<T> = { ok: true; value: T } | { ok: false; error: { code: string } };

async function ok<T>(page: Page, msg: unknown): Promise<T> {
  const res = await sendFromPage<Res<T>>(page, msg);
  if (!res.ok) throw new Error(`${(msg as { type: string }).type}: ${res.error.code}`);
  return res.value;
}
const itemsById = async (page: Page) => (await ok<View[]>(page, { type: 'items.list' })).sort((a, b) => a.id.localeCompare(b.id));

function tempFile(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wallet-transfer-')), name);
  fs.writeFileSync(file, text);
  return file;
}

/** A card, an address, an identity, a profile using them and a receipt paid with the card. */
async function fillWallet(popup: Page): Promise<void> {
  const cardId = await put(popup, 'card', { ...TEST_CARD, csc: '123' });
  const addressId = await put(popup, 'address', { name: 'Grace Hopper', street: '1 Navy Yard', city: 'Arlington', region: 'VA', postalCode: '22202', country: 'US' });
  const identityId = await put(popup, 'identity', { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org' });
  await put(popup, 'profile', { name: 'Home', cardId, shippingId: addressId, billingId: addressId, identityId });
  await put(popup, 'receipt', { merchant: 'Café Ünïcödé 合计', site: 'https://shop.example', date: '2026-11-25T10:00:00.000Z', amount: 123456, currency: 'JPY', cardId, cardLast4: '4242' });
  await popup.reload();
}

async function openScreen(popup: Page, button: string): Promise<void> {
  await tab(popup, 'Settings');
  await popup.getByRole('button', { name: button, exact: true }).click();
}

/** Export backup through the UI; returns the downloaded file's path. */
async function exportBackup(popup: Page, password = BACKUP_PASSWORD, only?: string[]): Promise<string> {
  await openScreen(popup, 'Export backup');
  if (only) {
    await popup.getByLabel('Only these kinds:').check();
    for (const box of await popup.getByRole('checkbox').all()) if (!only.includes((await box.evaluate((b) => b.parentElement!.textContent)) ?? '')) await box.uncheck();
  }
  await popup.getByLabel('Backup password', { exact: true }).fill(password);
  await expect(popup.getByTestId('strength')).toHaveText(/Strong|Very strong/);
  await popup.getByLabel('Backup password again').fill(password);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^checkout-wallet-\d{4}-\d{2}-\d{2}\.backup\.json$/);
  await expect(popup.getByRole('status')).toContainText('Backup saved');
  return download.path();
}

async function importBackup(popup: Page, file: string, password = BACKUP_PASSWORD): Promise<void> {
  await popup.getByLabel('Backup file').setInputFiles(file);
  await popup.getByLabel('Backup password').fill(password);
  await popup.getByRole('button', { name: 'Import' }).click();
}

test('export a backup, reset the wallet, import it into a new one: every item comes back exactly', async ({ popup, extensionId }) => {
  await openManager(popup);
  await fillWallet(popup);
  const before = await itemsById(popup);
  expect(before.map((i) => i.kind).sort()).toEqual(['address', 'card', 'identity', 'profile', 'receipt']);

  // A weak or mistyped password cannot be used.
  await openScreen(popup, 'Export backup');
  await popup.getByLabel('Backup password', { exact: true }).fill('password1');
  await expect(popup.getByTestId('strength')).toHaveText(/weak/i);
  await expect(popup.getByRole('button', { name: 'Export backup' })).toBeDisabled();
  await popup.getByLabel('Backup password', { exact: true }).fill(BACKUP_PASSWORD);
  await popup.getByLabel('Backup password again').fill(`${BACKUP_PASSWORD}x`);
  await expect(popup.getByText('The two passwords differ.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Export backup' })).toBeDisabled();
  await shot(popup, 'transfer-export');
  await popup.reload();
  const file = await exportBackup(popup);
  const text = fs.readFileSync(file, 'utf8');
  expect(JSON.parse(text).header).toMatchObject({ format: 'checkout-wallet-backup', count: 5 });
  expect(text).not.toContain('4242');
  expect(text).not.toContain('Lovelace');

  // Reset in settings, then a new wallet with another master password.
  await popup.getByRole('button', { name: '← Settings' }).click();
  await popup.getByLabel('Type ERASE').fill('ERASE');
  await popup.getByRole('button', { name: 'Erase everything' }).click();
  await expect(popup.getByRole('heading', { name: 'Create your master password' })).toBeVisible();
  await createWallet(popup, 'another-master-password-93');
  expect(await itemsById(popup)).toEqual([]);

  // The import screen opened straight in a tab, as the toolbar popup's "Open in tab" does.
  await popup.goto(`chrome-extension://${extensionId}/popup.html?view=tab&screen=import-backup`);
  await expect(popup.getByRole('heading', { name: 'Import backup' })).toBeVisible();
  await importBackup(popup, file);
  const summary = popup.getByTestId('import-summary');
  await expect(summary).toContainText('Import finished.', { timeout: 30_000 });
  for (const [label, n] of [['Cards', 1], ['Addresses', 1], ['Identities', 1], ['Profiles', 1], ['Receipts', 1]] as const) {
    await expect(summary.locator('div', { has: popup.locator('dt', { hasText: new RegExp(`^${label}$`) }) })).toContainText(String(n));
  }
  await shot(popup, 'transfer-import-summary');
  expect(await itemsById(popup)).toEqual(before);

  // Again, merging: everything is a duplicate. Replacing asks first and names what it removes.
  await importBackup(popup, file);
  await expect(summary).toContainText('5 already in the wallet, skipped.', { timeout: 30_000 });
  await popup.getByLabel(/^Replace:/).check();
  await popup.getByLabel('Backup password').fill(BACKUP_PASSWORD);
  await popup.getByRole('button', { name: 'Import' }).click();
  const dialog = popup.getByRole('alertdialog');
  await expect(dialog).toContainText('Cards (1), Addresses (1), Identities (1), Profiles (1), Receipts (1)');
  await shot(popup, 'transfer-replace-confirm');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await itemsById(popup)).toEqual(before);
  await popup.getByRole('button', { name: 'Import' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  // Same ids: each item is written again in place, none removed.
  await expect(summary.locator('dl')).toHaveText('Cards1Addresses1Identities1Profiles1Receipts1', { timeout: 30_000 });
  expect(await itemsById(popup)).toEqual(before);

  await tab(popup, 'Cards');
  await expect(popup.getByRole('listitem').filter({ hasText: '•••• 4242' })).toHaveCount(1);
});

test('a truncated, tampered, wrongly locked, foreign or too large file gets its clear error and changes nothing', async ({ popup }) => {
  await openManager(popup);
  await fillWallet(popup);
  const before = await itemsById(popup);
  const good = fs.readFileSync(await exportBackup(popup, BACKUP_PASSWORD, ['Cards', 'Addresses']), 'utf8');
  expect(JSON.parse(good).header).toMatchObject({ kinds: ['card', 'address'], count: 2 });
  const tampered = JSON.parse(good);
  tampered.header.kinds = ['card'];
  const cases: [string, string, string, string][] = [
    ['truncated', tempFile('cut.json', good.slice(0, Math.floor(good.length * 0.6))), BACKUP_PASSWORD, 'The backup file is damaged or incomplete. Nothing was imported.'],
    ['tampered', tempFile('tampered.json', JSON.stringify(tampered)), BACKUP_PASSWORD, 'The backup file is damaged or incomplete. Nothing was imported.'],
    ['wrong password', tempFile('good.json', good), 'not-the-backup-password', 'Wrong backup password. Nothing was imported.'],
    ['not a backup', tempFile('receipts.csv', 'Date,Merchant\n2026-01-01,Shop\n'), BACKUP_PASSWORD, 'This file is not a Checkout Wallet backup. Nothing was imported.'],
    ['too large', tempFile('huge.json', ' '.repeat(50 * 1024 * 1024 + 1)), BACKUP_PASSWORD, 'This file is too large (over 50 MB). Nothing was imported.'],
  ];
  await popup.getByRole('button', { name: '← Settings' }).click();
  await popup.getByRole('button', { name: 'Import backup' }).click();
  for (const [label, file, password, message] of cases) {
    for (const mode of ['Merge', 'Replace']) {
      await popup.getByLabel(new RegExp(`^${mode}:`)).check();
      await popup.getByLabel('Backup file').setInputFiles(file);
      await popup.getByLabel('Backup password').fill(password);
      // A file over the limit is refused as it is read: there is nothing to import.
      if (label === 'too large') await expect(popup.getByRole('button', { name: 'Import' })).toBeDisabled();
      else await popup.getByRole('button', { name: 'Import' }).click();
      // Replace asks first when the file's open header names kinds the wallet holds (a truncated or
      // foreign file has no readable header: its import fails at once).
      if (mode === 'Replace' && (label === 'tampered' || label === 'wrong password')) await popup.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
      await expect(popup.getByRole('alert'), `${label}, ${mode}`).toHaveText(message, { timeout: 30_000 });
      if (label === 'tampered' && mode === 'Merge') await shot(popup, 'transfer-import-error');
      expect(await itemsById(popup), `${label}, ${mode}`).toEqual(before);
    }
  }
});

test('Bitwarden export: cards and identities imported through the UI, the rest reported', async ({ popup }) => {
  await openManager(popup);
  await openScreen(popup, 'Import from Bitwarden');
  await popup.getByLabel('Bitwarden export (.json)').setInputFiles(BITWARDEN_SAMPLE);
  await popup.getByLabel('Also import security codes (CVC)').check();
  await popup.getByRole('button', { name: 'Import' }).click();
  const summary = popup.getByTestId('import-summary');
  await expect(summary).toContainText('Import finished.', { timeout: 30_000 });
  await expect(summary.locator('dl')).toHaveText('Cards2Addresses2Identities4');
  await expect(summary).toContainText('3 entries not imported:');
  for (const name of ['Old store card', 'Amex without expiry', 'Holiday cottage']) await expect(summary.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
  await expect(summary.locator('ul.ignored')).toHaveText('Logins1Secure notes1');
  await shot(popup, 'transfer-bitwarden-summary');
  const cards = (await ok<{ kind: string; data: { number: string; csc?: string } }[]>(popup, { type: 'items.list', kinds: ['card'] })).map((c) => c.data);
  expect(cards.map((c) => c.number).sort()).toEqual(['4111111111111111', '5555555555554444']);
  expect(cards.some((c) => c.csc)).toBe(true);

  await tab(popup, 'Cards');
  await expect(popup.getByRole('listitem').filter({ hasText: '•••• 1111' })).toHaveCount(1);
  await expect(popup.getByRole('listitem').filter({ hasText: '•••• 4444' })).toHaveCount(1);
});

test('receipts from CSV through the UI, then receipts and addresses exported as CSV', async ({ popup }) => {
  await openManager(popup);
  await put(popup, 'address', { name: 'Grace Hopper', street: '1 Navy Yard', city: 'Arlington', postalCode: '22202', country: 'US' });
  const csv = tempFile('receipts.csv', 'Date,Store,Total,Order #\r\n2026-01-02,Bakery,"£3.50",77\r\nyesterday,Florist,"€9.00",\r\n2026-01-03,=cmd|calc,"1 234,56 €",\r\n');
  await openScreen(popup, 'Import receipts (CSV)');
  await popup.getByLabel('Receipts file (.csv)').setInputFiles(csv);
  await popup.getByRole('button', { name: 'Import' }).click();
  const summary = popup.getByTestId('import-summary');
  await expect(summary.locator('dl')).toHaveText('Receipts2', { timeout: 30_000 });
  await expect(summary.getByRole('listitem')).toHaveText(/^Line 3 Florist: .*date/);
  await shot(popup, 'transfer-receipts-csv');
  await tab(popup, 'Receipts');
  await expect(popup.getByTestId('receipt-count')).toHaveText('2 of 2 receipts');

  await tab(popup, 'Settings');
  await shot(popup, 'transfer-settings');
  const [receipts] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export receipts (CSV)' }).click()]);
  expect(receipts.suggestedFilename()).toMatch(/^checkout-wallet-receipts-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(popup.getByRole('status')).toHaveText(/^2 rows exported to checkout-wallet-receipts-/);
  const receiptsCsv = fs.readFileSync(await receipts.path(), 'utf8');
  expect(receiptsCsv).toContain('Bakery,,3.50,GBP');
  expect(receiptsCsv).toContain(`'=cmd|calc,,1234.56,EUR`);
  const [addresses] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export addresses (CSV)' }).click()]);
  const addressesCsv = fs.readFileSync(await addresses.path(), 'utf8');
  expect(addressesCsv.split('\r\n')).toHaveLength(3); // header, one address, final line break
  expect(addressesCsv).toContain('Grace Hopper');
});

test('a 10,000-item backup imports in seconds with a progress bar', async ({ popup }) => {
  test.setTimeout(240_000);
  await openManager(popup);
  for (let batch = 0; batch < 2; batch++) {
    const items = Array.from({ length: 5000 }, (_, i) => ({
      kind: 'receipt',
      data: { merchant: `Shop ${batch * 5000 + i}`, site: 'https://shop.example', date: '2026-10-01T10:00:00.000Z', amount: 100 + i, currency: 'EUR' },
    }));
    await ok(popup, { type: 'items.putMany', items });
  }
  const before = await itemsById(popup);
  expect(before).toHaveLength(10_000);
  const { file } = await ok<{ file: string }>(popup, { type: 'backup.export', password: BACKUP_PASSWORD });
  await ok(popup, { type: 'vault.reset', confirm: 'ERASE' });
  await popup.reload();
  await createWallet(popup);

  await openScreen(popup, 'Import backup');
  // Every phase and count the bar shows, recorded in the page so none is missed between polls.
  await popup.evaluate(() => {
    const seen: string[] = [];
    (globalThis as any).seenProgress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('.import-progress');
      const text = bar?.textContent ?? '';
      if (bar && !seen.includes(text)) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const started = Date.now();
  await importBackup(popup, tempFile('big.json', file));
  await expect(popup.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  // A picture of the bar with a count, if the import is still running once it has one.
  await popup.locator('.import-progress').filter({ hasText: /Encrypting|Saving/ }).waitFor({ timeout: 20_000 }).then(() => shot(popup, 'transfer-import-progress'), () => {});
  await expect(popup.getByTestId('import-summary')).toContainText('Import finished.', { timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  const seen = await popup.evaluate(() => (globalThis as any).seenProgress as string[]);
  test.info().annotations.push({ type: 'import of 10,000 items through the UI', description: `${seconds.toFixed(1)} s; bar showed: ${seen.join(' | ')}` });
  expect(seen.some((s) => /Encrypting|Saving/.test(s))).toBe(true);
  await expect(popup.getByTestId('import-summary').locator('dl')).toHaveText('Receipts10000');
  expect(await itemsById(popup)).toEqual(before);
});

test('from the toolbar popup the backup and import screens open in a tab, on the screen chosen', async ({ wallet, popup }) => {
  await openManager(popup);
  await popup.evaluate(() => (globalThis as any).chrome.action.openPopup());
  // The toolbar popup is a page of our own origin: reach its DOM through extension.getViews.
  const inToolbar = <T,>(fn: string) =>
    popup.evaluate(async (body) => {
      const w = (globalThis as any).chrome.extension.getViews({ type: 'popup' })[0] as Window | undefined;
      return w ? (new Function('doc', body) as (d: Document) => T)(w.document) : ('no popup' as T);
    }, fn);
  const click = (text: string) =>
    `const b = [...doc.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}); if (!b || b.disabled) return false; b.click(); return true;`;
  await expect.poll(() => inToolbar<boolean>(click('Settings')), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => inToolbar<string>('return doc.body.textContent')).toContain('Backups and imports open in a tab');
  const [tabPage] = await Promise.all([wallet.waitForEvent('page'), expect.poll(() => inToolbar<boolean>(click('Import backup'))).toBe(true)]);
  await expect(tabPage).toHaveURL(/popup\.html\?view=tab&screen=import-backup$/);
  await expect(tabPage.getByRole('heading', { name: 'Import backup' })).toBeVisible();
  await expect(tabPage.getByLabel('Backup file')).toBeVisible();
  await expect.poll(() => inToolbar<string>('return "still open"')).toBe('no popup');
  // In a tab the same buttons open the screens in place.
  await tab(popup, 'Settings');
  await expect(popup.getByText('Backups and imports open in a tab')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Import from Bitwarden' }).click();
  await expect(popup.getByLabel('Bitwarden export (.json)')).toBeVisible();
});

test('the transfer screens and the summary speak French and Chinese', async ({ popup }) => {
  await openManager(popup);
  const langs = [
    ['fr', 'Réglages', 'Importer depuis Bitwarden', 'Export Bitwarden (.json)', 'Importer', 'numéro de carte absent', 'Identifiants'],
    ['zh_CN', '设置', '从 Bitwarden 导入', 'Bitwarden 导出文件（.json）', '导入', '卡号缺失', '登录项'],
  ] as const;
  for (const [lang, settings, open, fileLabel, importLabel, reason, logins] of langs) {
    await sendFromPage(popup, { type: 'settings.set', settings: { language: lang } });
    await popup.reload();
    await tab(popup, settings);
    await popup.getByRole('button', { name: open }).click();
    await popup.getByLabel(fileLabel).setInputFiles(BITWARDEN_SAMPLE);
    await popup.getByRole('button', { name: importLabel, exact: true }).click();
    const summary = popup.getByTestId('import-summary');
    await expect(summary.getByRole('listitem').filter({ hasText: 'Old store card' })).toContainText(reason, { timeout: 30_000 });
    await expect(summary.locator('ul.ignored')).toContainText(logins);
    await shot(popup, `${lang}-transfer-bitwarden-summary`);
  }
});

// Settings: lock timeout and toggles kept, excluded sites, language switched to French and Chinese
// (every screen captured in each language), password change, and wallet reset.
import { expect, PASSWORD, sendFromPage, test, TEST_CARD } from '../fixtures';
import { openManager, put, shot, tab } from './helpers';

const NEW_PASSWORD = 'marigold-lantern-quartz-77';

test('settings are kept; excluded sites are checked; a changed password unlocks, the old one does not', async ({ popup }) => {
  await openManager(popup);
  await tab(popup, 'Settings');
  await expect(popup.getByLabel('Lock after inactivity')).toHaveValue('5');
  await popup.getByLabel('Lock after inactivity').selectOption({ label: '15 min' });
  await popup.getByLabel('Lock when the computer locks').uncheck();
  await popup.getByLabel('Site to exclude').fill('not a site');
  await expect(popup.getByText('Enter a site address such as https://shop.example.')).toBeVisible();
  await popup.getByLabel('Site to exclude').fill('https://bank.example/login');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(popup.getByRole('list', { name: 'Sites excluded from offers' })).toHaveText('https://bank.exampleRemove');
  const stored = await sendFromPage<{ value: { lockMinutes: number; lockOnOsLock: boolean; excludedSites: string[] } }>(popup, { type: 'settings.get' });
  expect(stored.value).toMatchObject({ lockMinutes: 15, lockOnOsLock: false, excludedSites: ['https://bank.example'] });
  await popup.reload();
  await tab(popup, 'Settings');
  await expect(popup.getByLabel('Lock after inactivity')).toHaveValue('15');
  await expect(popup.getByLabel('Lock when the computer locks')).not.toBeChecked();

  await popup.getByLabel('Current master password').fill('not the password');
  await popup.getByLabel('New master password').fill(NEW_PASSWORD);
  await popup.getByLabel('New password again').fill(NEW_PASSWORD);
  await popup.getByRole('button', { name: 'Change password' }).click();
  await expect(popup.getByRole('alert')).toHaveText('Wrong master password.');
  await popup.getByLabel('Current master password').fill(PASSWORD);
  await popup.getByRole('button', { name: 'Change password' }).click();
  // Two key derivations (check the current password, wrap under the new one): slower than one unlock.
  await expect(popup.getByRole('status')).toHaveText('Master password changed.', { timeout: 20_000 });

  await popup.getByRole('button', { name: 'Lock now' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Locked');
  await popup.getByLabel('Master password').fill(PASSWORD);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByRole('alert')).toHaveText('Wrong master password.');
  await popup.getByLabel('Master password').fill(NEW_PASSWORD);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByTestId('lock-state')).toHaveText('Unlocked');
});

test('reset wallet: only after typing the word, then everything is gone and a new wallet can be made', async ({ popup }) => {
  await openManager(popup);
  await put(popup, 'card', TEST_CARD);
  await sendFromPage(popup, { type: 'settings.set', settings: { lockMinutes: 30 } });
  await popup.reload();
  await tab(popup, 'Settings');
  const erase = popup.getByRole('button', { name: 'Erase everything' });
  await expect(erase).toBeDisabled();
  await popup.getByLabel('Type ERASE').fill('ERAS');
  await expect(erase).toBeDisabled();
  await popup.getByLabel('Type ERASE').fill('ERASE');
  await erase.click();
  await expect(popup.getByRole('heading', { name: 'Create your master password' })).toBeVisible();
  expect(await sendFromPage(popup, { type: 'vault.status' })).toMatchObject({ ok: true, value: { state: 'no-vault' } });
  expect(await sendFromPage(popup, { type: 'settings.get' })).toMatchObject({ ok: true, value: { lockMinutes: 5 } });

  await popup.getByLabel('Master password').fill(PASSWORD);
  await popup.getByLabel('Type it again').fill(PASSWORD);
  await popup.getByRole('button', { name: 'Create wallet' }).click();
  await expect(popup.getByText('Your wallet is empty')).toBeVisible();
});

const SCREENS = [
  { lang: 'fr', tabs: ['Cartes', 'Adresses', 'Profils', 'Reçus', 'Réglages'], addCard: 'Ajouter une carte', number: 'Numéro de carte', bad: 'Ce numéro de carte n’est pas valide : vérifiez les chiffres.', count: '1 reçus sur 1', lock: 'Verrouiller après inactivité', unlocked: 'Déverrouillé', lockNow: 'Verrouiller', unlockTitle: 'Déverrouillez votre portefeuille' },
  { lang: 'zh_CN', tabs: ['卡片', '地址', '配置', '收据', '设置'], addCard: '添加卡片', number: '卡号', bad: '这不是有效的卡号：请检查数字。', count: '1 / 1 张收据', lock: '闲置后锁定', unlocked: '已解锁', lockNow: '立即锁定', unlockTitle: '解锁钱包' },
  { lang: 'en', tabs: ['Cards', 'Addresses', 'Profiles', 'Receipts', 'Settings'], addCard: 'Add card', number: 'Card number', bad: 'This is not a valid card number: check the digits.', count: '1 of 1 receipts', lock: 'Lock after inactivity', unlocked: 'Unlocked', lockNow: 'Lock now', unlockTitle: 'Unlock your wallet' },
] as const;

test('language switched to French and Chinese (and back): every screen in each language', async ({ popup }) => {
  await openManager(popup);
  const cardId = await put(popup, 'card', TEST_CARD);
  const home = await put(popup, 'address', { label: 'Home', name: 'Ada Lovelace', street: '12 St James Sq', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' });
  await put(popup, 'identity', { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org' });
  await put(popup, 'profile', { name: 'Personal', cardId, billingId: home, shippingId: home });
  await put(popup, 'receipt', { merchant: 'Librairie', site: 'https://librairie.example', date: '2026-03-04T10:00:00.000Z', amount: 1250, currency: 'EUR', cardId, cardLabel: 'Visa', cardLast4: '4242' });
  await popup.reload();

  for (const s of SCREENS) {
    await tab(popup, /^(Settings|Réglages|设置)$/);
    await popup.locator('select').filter({ has: popup.locator('option[value="auto"]') }).selectOption(s.lang);
    await expect(popup.getByRole('tab', { name: s.tabs[4] })).toBeVisible();
    await expect(popup.getByTestId('lock-state')).toHaveText(s.unlocked);
    await expect(popup.getByLabel(s.lock)).toBeVisible();
    await shot(popup, `${s.lang}-settings`);

    await tab(popup, s.tabs[0]);
    await shot(popup, `${s.lang}-cards`);
    await popup.getByRole('button', { name: s.addCard, exact: true }).click();
    await popup.getByLabel(s.number).fill('4242424242424241');
    await expect(popup.getByText(s.bad)).toBeVisible();
    await shot(popup, `${s.lang}-card-form`);
    await popup.keyboard.press('Escape');

    await tab(popup, s.tabs[1]);
    await expect(popup.getByRole('list').first()).toContainText(s.lang === 'fr' ? 'Royaume-Uni' : s.lang === 'zh_CN' ? '英国' : 'United Kingdom');
    await shot(popup, `${s.lang}-addresses`);
    await tab(popup, s.tabs[2]);
    await shot(popup, `${s.lang}-profiles`);
    await tab(popup, s.tabs[3]);
    await expect(popup.getByTestId('receipt-count')).toHaveText(s.count);
    await shot(popup, `${s.lang}-receipts`);

    await popup.getByRole('button', { name: s.lockNow, exact: true }).click();
    await expect(popup.getByRole('heading', { name: s.unlockTitle })).toBeVisible();
    await shot(popup, `${s.lang}-unlock`);
    await popup.locator('input[type=password]').fill(PASSWORD);
    await popup.locator('button[type=submit]').click();
    await expect(popup.getByTestId('lock-state')).toHaveText(s.unlocked);
  }
  // The choice is kept: a new popup opens in the last chosen language.
  await popup.reload();
  await expect(popup.getByRole('tab', { name: 'Cards' })).toBeVisible();
});

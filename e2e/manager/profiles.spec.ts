// Addresses, identities and profiles: add, edit, delete; a profile built and made the default;
// deleting something a profile uses asks first and leaves the profile visibly incomplete.
import { expect, test, TEST_CARD } from '../fixtures';
import { openManager, put, shot, tab } from './helpers';

test('addresses and identities: add with checks, edit, delete', async ({ popup }) => {
  await openManager(popup);
  await tab(popup, 'Addresses');
  await popup.getByRole('button', { name: 'Add address' }).click();
  await popup.getByLabel('Full name').fill('Grace Hopper');
  await popup.getByLabel('Email').fill('grace@');
  await expect(popup.getByText('Not a valid email address.')).toBeVisible();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Required.')).toHaveCount(4); // street, postal code, city, country
  await popup.getByLabel('Email').fill('grace@navy.example');
  await popup.getByLabel('Street address').fill('1 Navy Yard');
  await popup.getByLabel('Postal code').fill('22202');
  await popup.getByLabel('City').fill('Arlington');
  await popup.getByLabel('Country').selectOption({ label: 'United States of America' });
  await popup.getByLabel('Label (e.g. Home)').fill('Office');
  await popup.getByRole('button', { name: 'Save' }).click();
  const addresses = popup.getByRole('list', { name: 'Addresses' });
  await expect(addresses).toContainText('Office');
  await expect(addresses).toContainText('1 Navy Yard, 22202 Arlington, United States of America');

  await popup.getByRole('button', { name: 'Edit: Office' }).click();
  await expect(popup.getByLabel('Country')).toHaveValue('US');
  await popup.getByLabel('City').fill('Washington');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(addresses).toContainText('22202 Washington');

  await popup.getByRole('button', { name: 'Add identity' }).click();
  await popup.getByLabel('Given name').fill('Katherine');
  await popup.getByLabel('Family name').fill('Johnson');
  await popup.getByLabel('Phone').fill('call me');
  await expect(popup.getByText('Not a valid phone number.')).toBeVisible();
  await popup.getByLabel('Phone').fill('+1 555 0100');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('list', { name: 'Identities' })).toContainText('Katherine Johnson +1 555 0100');
  await popup.getByRole('button', { name: 'Edit: Katherine Johnson' }).click();
  await popup.getByLabel('Family name').fill('Coleman');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('list', { name: 'Identities' })).toContainText('Katherine Coleman');
  await shot(popup, 'en-addresses');

  await popup.getByRole('button', { name: 'Delete: Katherine Coleman' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await popup.getByRole('button', { name: 'Delete: Office' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await popup.reload();
  await tab(popup, 'Addresses');
  await expect(popup.getByRole('listitem')).toHaveCount(0);
});

test('a profile is built from saved items and made the default; deleting its card asks and leaves it incomplete', async ({ popup }) => {
  await openManager(popup);
  await put(popup, 'card', TEST_CARD);
  await put(popup, 'address', { label: 'Home', name: 'Ada Lovelace', street: '12 St James Sq', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' });
  await put(popup, 'identity', { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org' });
  await popup.reload();
  await tab(popup, 'Profiles');
  await popup.getByRole('button', { name: 'Add profile' }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Required.')).toBeVisible();
  await popup.getByLabel('Profile name').fill('Personal');
  await popup.getByLabel('Payment card').selectOption({ label: 'Visa •••• 4242, 08/29' });
  await popup.getByLabel('Billing address').selectOption({ label: 'Home (London)' });
  await popup.getByLabel('Shipping address').selectOption({ label: 'Home (London)' });
  await popup.getByLabel('Identity').selectOption({ label: 'Ada Lovelace' });
  await popup.getByRole('button', { name: 'Save' }).click();

  const personal = popup.getByRole('listitem').filter({ hasText: 'Personal' });
  await expect(personal).toContainText('Default'); // the first profile becomes the default
  await expect(personal).not.toContainText('Incomplete');
  await expect(personal).toContainText('Visa •••• 4242, 08/29');

  await popup.getByRole('button', { name: 'Add profile' }).click();
  await popup.getByLabel('Profile name').fill('Work');
  await popup.getByRole('button', { name: 'Save' }).click();
  const work = popup.getByRole('listitem').filter({ hasText: 'Work' });
  await expect(work).toContainText('Incomplete');
  await expect(work).not.toContainText('Default');
  await popup.getByRole('button', { name: 'Make default: Work' }).click();
  await expect(work).toContainText('Default');
  await expect(personal).not.toContainText('Default');
  await popup.reload();
  await tab(popup, 'Profiles');
  await expect(popup.getByRole('listitem').filter({ hasText: 'Work' })).toContainText('Default');
  await popup.getByRole('button', { name: 'Make default: Personal' }).click();
  await shot(popup, 'en-profiles');

  await tab(popup, 'Cards');
  await popup.getByRole('button', { name: 'Delete: Visa •••• 4242, 08/29' }).click();
  await expect(popup.getByRole('alertdialog')).toContainText('It is used by: Personal.');
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(popup.getByRole('listitem')).toHaveCount(1);
  await popup.getByRole('button', { name: 'Delete: Visa •••• 4242, 08/29' }).click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByRole('listitem')).toHaveCount(0);

  await tab(popup, 'Profiles');
  await expect(personal).toContainText('Incomplete');
  await expect(personal).toContainText('Deleted: choose another');
  await expect(personal).toContainText('Home');
});

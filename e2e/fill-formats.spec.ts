// Fills through the inline menu on checkouts that shape values differently: split card number,
// expiry and address selects, French, Chinese and Japanese pages (two each for the last two: one with
// label elements, one laid out as their big shops lay it out), a postal code over two boxes,
// an address block that asks the e-mail and the phone twice,
// a street address in a textarea, controlled inputs, two steps, a German page with one label over two
// boxes.
import { expect, test } from './fixtures';
import { CARD_LABEL, choose, CN_ADDRESS, DE_ADDRESS, expectValues, FR_ADDRESS, JP_ADDRESS, NL_ADDRESS, PT_BILLING, PT_SHIPPING, seedWallet } from './fill-helpers';

test('card number in four boxes, expiry as two selects (the month showing January under a disabled placeholder), state, country and dialling-code selects', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/card-boxes.html`);
  await choose(page, page.getByLabel('Name on card'), /Home/);
  await expectValues(page, {
    holder: 'Ada Lovelace', cc1: '4242', cc2: '4242', cc3: '4242', cc4: '4242', 'exp-month': '8', 'exp-year': '29',
    name: 'Ada Lovelace', addr: '12 Analytical Street, Suite 3', city: 'San Francisco', state: 'CA', zip: '94107',
    country: 'US', dial: '+1', phone: '4155550199',
  });
});

test('French page: month by French name, two-digit year, country by French name, national phone', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: FR_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/paiement.html`);
  await choose(page, page.getByLabel('Titulaire de la carte'), /Home/);
  await expectValues(page, {
    titulaire: 'Ada Lovelace', numero: '4242424242424242', mois: 'm8', annee: '29', cvv: '123',
    prenom: 'Ada', nom: 'Lovelace', adresse: '12 rue de Rivoli', cp: '75001', ville: 'Paris', pays: '4', tel: '0612345678',
  });
});

test('Chinese page: family name first, country by Chinese name, months as 8月, national mobile number', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: CN_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/zh-checkout.html`);
  await choose(page, page.getByLabel('姓', { exact: true }), /Home/);
  await expectValues(page, {
    xing: '李', ming: '雷', guojia: '中国', sheng: '北京市', shi: '北京', dizhi: '建国路88号', youbian: '100022', shouji: '13800138000',
    kahao: '4242424242424242', yue: '08', nian: '2029', cvn: '123',
  });
});

test('Japanese page without autocomplete tokens: family name first, postal code in two boxes (the second unlabelled), prefecture select, phone in three boxes', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: JP_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/ja-checkout.html`);
  await choose(page, page.getByLabel('姓', { exact: true }), /Home/);
  await expectValues(page, {
    sei: '山田', mei: '太郎', zip1: '100', yubin2: '0001', pref: '13', city: '千代田区', banchi: '千代田1-1', building: 'デモビル101',
    tel1: '03', tel2: '1234', tel3: '5678', cardno: '4242424242424242', holder: 'Ada Lovelace', month: '08', year: '2029', code: '123',
  });
});

test('Japanese page laid out as EC-CUBE lays it out (table rows, no labels): one お名前 over 姓 then 名, the prefecture list read by its options, expiry lists followed by 月 and 年', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: JP_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/ja-table-checkout.html`);
  await choose(page, page.locator('[name="name01"]'), /Home/);
  await expectValues(page, {
    name01: '山田', name02: '太郎', kana01: '', kana02: '', postal_code: '100-0001', pref: '13', addr01: '千代田区', phone_number: '03-1234-5678',
    card_no: '4242424242424242', card_exp_m: '08', card_exp_y: '29', card_holder: 'Ada Lovelace', card_csc: '123',
  });
  expect(await page.locator('[name="addr02"]').inputValue()).toContain('千代田1-1');
});

test('Chinese page laid out with label spans: the province list, the detailed address in a box of several lines, expiry as 月/年; the text-message code and the address nickname are left empty', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: CN_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/zh-table-checkout.html`);
  await choose(page, page.locator('[name="consignee"]'), /Home/);
  await expectValues(page, {
    consignee: '李雷', province: '北京市', city: '北京', address: '建国路88号', zipcode: '100022', mobile: '13800138000', sms_code: '', alias: '',
    card_no: '4242424242424242', expiry: '08/29', cvv2: '123', holder: 'Ada Lovelace',
  });
});

test('Dutch page: the street address in a textarea on two lines, the postcode over a digits box and a letters box, the expiry in one box as MM/JJ asks; the birthday is left empty', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: NL_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/nl-checkout.html`);
  await choose(page, page.getByLabel('Naam', { exact: true }), /Home/);
  await expectValues(page, {
    naam: 'Sanne de Vries', adres: 'Prinsengracht 263\n2e verdieping', postcode_cijfers: '1016', postcode_letters: 'GV', plaats: 'Amsterdam',
    geboortedatum: '', kaartnummer: '4242424242424242', kaarthouder: 'Ada Lovelace', vervaldatum: '08/29', cvc: '123',
  });
});

test('Portuguese page that lists headings and labels side by side: the delivery block takes the shipping address, the invoice block the billing one', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: PT_BILLING, shipping: PT_SHIPPING });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/pt-checkout.html`);
  await choose(page, page.locator('[name="ent_nome"]'), /Home/);
  await expectValues(page, {
    ent_nome: 'Ana Silva', ent_endereco: 'Rua Augusta 100', ent_cp: '1100-053', ent_localidade: 'Lisboa',
    fat_nome: 'Ana Silva', fat_endereco: 'Avenida da Boavista 500', fat_cp: '4100-111', fat_localidade: 'Porto',
  });
});

test('German page with one label over two boxes and names that say nothing: "Straße, Hausnummer" and "PLZ, Ort" fill street and number, postcode and city', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup, { address: DE_ADDRESS });
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/de-checkout.html`);
  await choose(page, page.locator('[name="invadr[oxuser__oxzip]"]'), /Max Mustermann, Berlin/);
  await expectValues(page, {
    'invadr[oxuser__oxfname]': 'Max', 'invadr[oxuser__oxlname]': 'Mustermann', 'invadr[oxuser__oxstreet]': 'Hauptstraße', 'invadr[oxuser__oxstreetnr]': '5',
    'invadr[oxuser__oxzip]': '10115', 'invadr[oxuser__oxcity]': 'Berlin', lgn_usr: 'max@example.de',
  });
});

test('an address chosen on the street box fills its whole block: e-mail and its confirmation, the state from the list the shop rebuilds when the fill sets the country (not its hidden stand-in), postcode, phone, and mobile over the shop\'s "+1"', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/region-checkout.html`);
  await choose(page, page.getByLabel('Street Address'), /Ada Lovelace, San Francisco/);
  await expectValues(page, {
    email: 'ada@example.com', email_confirm: 'ada@example.com', firstname: 'Ada', lastname: 'Lovelace', 'street[0]': '12 Analytical Street, Suite 3',
    city: 'San Francisco', region_id: '12', region: '', postcode: '94107', country_id: 'US', telephone: '+1 415 555 0199', mobile: '+1 415 555 0199',
  });
});

test('a state list the shop fetches after the fill sets the country (here 800 ms later) is waited for and filled', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/region-checkout.html?states-after=800`);
  await choose(page, page.getByLabel('Street Address'), /Ada Lovelace, San Francisco/);
  await expectValues(page, { 'street[0]': '12 Analytical Street, Suite 3', country_id: 'US', region_id: '12', region: '', postcode: '94107' });
});

test('controlled inputs (React-style value tracker), floating labels over the boxes, a number box for the phone: the page state takes every value', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/react-checkout.html`);
  await choose(page, page.getByLabel('Cardholder name'), /Home/);
  const expected = {
    ccname: 'Ada Lovelace', cardnumber: '4242424242424242', exp: '08/29', cvv: '123',
    first: 'Ada', last: 'Lovelace', address1: '12 Analytical Street, Suite 3', city: 'San Francisco', postcode: '94107', phone: '4155550199',
  };
  await expectValues(page, expected);
  // What the page's own state holds (what it would submit), after it re-rendered from that state.
  await page.getByLabel('Cardholder name').focus();
  await page.getByLabel('Cardholder name').blur();
  await expect.poll(async () => JSON.parse((await page.locator('#state').textContent()) ?? '{}')).toEqual(expected);
  await expectValues(page, expected);
});

test('multi-step checkout: the hidden payment step is left alone, then filled when shown', async ({ wallet, popup, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/multi-step.html`);
  await choose(page, page.getByLabel('Full name'), /Home/);
  await expectValues(page, {
    'ship-name': 'Ada Lovelace', 'ship-street': '12 Analytical Street, Suite 3', 'ship-city': 'San Francisco', 'ship-zip': '94107',
    'ship-country': 'US', email: 'ada@example.com', 'cc-name': '', 'cc-number': '', 'cc-exp': '', 'cc-csc': '',
  });
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await choose(page, page.getByLabel('Name on card'), CARD_LABEL);
  await expectValues(page, { 'cc-name': 'Ada Lovelace', 'cc-number': '4242424242424242', 'cc-exp': '08 / 2029', 'cc-csc': '123' });
});

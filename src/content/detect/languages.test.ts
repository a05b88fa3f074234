// @vitest-environment happy-dom
// The label tables, language by language: single labels, and whole checkouts as shoppers meet
// them in the languages the issue names (split street and number, MM / AA expiry boxes), and the
// field names of the common shop platforms.
import { describe, expect, it } from 'vitest';
import { classifyForms } from './index';
import { page, typesOf } from './test-page';

describe('labels in many languages', () => {
  const cases: [string, string, string][] = [
    ['en', 'Street address', 'address-line1'],
    ['ru', 'Адрес электронной почты', 'email'],
    ['ru', 'Название компании', 'organization'],
    ['ru', 'Имя владельца карты', 'cc-name'],
    ['ru', 'Номер кредитной карты', 'cc-number'],
    ['uk', 'Номер картки', 'cc-number'],
    ['ru', 'Срок действия карты', 'cc-exp'],
    ['es', 'Nombre de tarjeta', 'cc-name'],
    ['en', 'City/District/Town', 'address-level2'],
    ['tr', 'İl', 'address-level1'],
    ['tr', 'İlçe', 'address-level3'],
    ['zh', '郵遞區號', 'postal-code'],
    ['pt', 'Nome fantasia', 'none'],
    ['en', 'Trade name', 'none'],
    ['zh', '邮递区号', 'postal-code'],
    ['zh', '区号', 'tel-area-code'],
    ['zh', '市話', 'tel'],
    ['zh', '大廈名稱', 'building'],
    ['zh', '樓層', 'floor'],
    ['tr', 'Adres Başlığı', 'none'],
    ['tr', 'Kart üzerindeki isim', 'cc-name'],
    ['tr', 'Son kullanma tarihi', 'cc-exp'],
    ['en', 'ZIP code', 'postal-code'],
    ['en', 'Address addition (optional)', 'address-line2'],
    ['en', 'The three or four digits printed on the back of your card', 'cc-csc'],
    ['id', 'No. kartu kredit', 'cc-number'],
    ['id', 'Nama penerima', 'name'],
    ['en', 'Landline', 'tel'],
    ['da', 'Mailadresse (valgfrit)', 'email'],
    ['en', 'Patronymic', 'additional-name'],
    ['en', 'Billing name or company name', 'name'],
    ['hu', 'Név / cégnév', 'name'],
    ['en', 'Company or name', 'organization'],
    ['en', 'Address line 1 (or company name)', 'address-line1'],
    ['pl', 'Nazwisko/nazwa firmy', 'family-name'],
    ['fr', 'Adresse postale (ex 8 rue de la Mairie)', 'address-line1'],
    ['en', 'Enter an address with house number', 'address-line1'],
    ['it', 'Inserire un indirizzo con numero civico', 'address-line1'],
    ['it', 'Strada e numero civico', 'address-line1'],
    ['da', 'Adresse (vejnavn, husnr, etage, dør).', 'address-line1'],
    ['es', 'Dirección (calle, nº, portal, piso...)', 'address-line1'],
    ['en', 'Address line 1 (house no., building, street)', 'address-line1'],
    ['en', 'Staircase, floor...', 'address-line2'],
    ['en', 'Apt & floor no. / villa no.', 'apartment'],
    ['es', 'Planta, piso, etc. (campo opcional)', 'address-line2'],
    ['en', 'Floor <span>Floor</span>', 'floor'],
    ['sv', 'Telefonnummer (inkludera landskod +46)', 'tel'],
    ['en', 'Phone number (including country code)', 'tel'],
    ['en', 'Phone country code', 'tel-country-code'],
    ['en', 'Telephone area code', 'tel-area-code'],
    ['en', 'Phone verification code', 'tel'],
    ['en', 'Enter the 6-digit code we sent to your phone', 'none'],
    ['en', 'We texted a code to your mobile', 'none'],
    ['en', 'House name or number', 'address-housenumber'],
    ['en', 'House name/number', 'address-housenumber'],
    ['de', 'Firma', 'organization'],
    ['en', 'Confirmation code', 'none'], // not the German "Firma" (company) inside it
    ['it', 'Destinatario', 'name'],
    ['pt', 'Destinatário', 'name'],
    ['fr', 'Destinataire', 'name'],
    ['es', 'Dirección del destinatario', 'address-line1'],
    ['en', 'Enter your email address to subscribe to our newsletter', 'email'],
    ['el', 'Αριθμός οδού', 'address-housenumber'],
    ['en', 'First / given name (as in passport)', 'given-name'],
    ['en', 'Passport number', 'none'],
    ['en', 'Street / landmark', 'address-line1'],
    ['en', 'Nearest landmark', 'none'],
    ['en', 'Phone number without a preference', 'tel'],
    ['el', 'Δ.Ο.Υ.', 'none'],
    ['pl', 'Nr budynku', 'address-housenumber'],
    ['es', 'Código de área', 'tel-area-code'],
    ['bg', 'Име на квартала', 'address-level3'],
    ['tr', 'Mahalle', 'address-level3'],
    ['en', 'Municipality of residence', 'address-level2'],
    ['en', 'Shipping address city', 'address-level2'],
    ['en', 'Billing address last name', 'family-name'],
    ['fr', "Nom de l'adresse (facultatif)", 'none'],
    ['en', 'Enter street and city', 'address-line1'],
    ['de', 'Adresse', 'address-line1'],
    ['en', 'Short national address', 'address-line1'],
    ['da', 'By', 'address-level2'],
    ['en', 'House number addition', 'none'],
    ['de', 'Hausnummerzusatz', 'none'],
    ['nl', 'Toevoeging', 'none'],
    ['en', 'Home delivery by bike', 'none'],
    ['fr', 'Résidence', 'building'],
    ['fi', 'Voimassa asti', 'cc-exp'],
    ['fi', 'Voimassa olevat tilaukset', 'none'],
    ['es', '¿Se necesita un código de seguridad para acceder al edificio?', 'none'],
    ['es', 'Código de seguridad', 'cc-csc'],
    ['hu', 'Ajtószám', 'apartment'],
    ['fr', 'Boîte', 'apartment'],
    ['en', 'Door', 'apartment'],
    ['tr', 'Kart numarası', 'cc-number'],
    ['en', 'Street number', 'address-housenumber'],
    ['en', 'Name / Surname', 'name'],
    ['tr', 'Adı Soyadı', 'name'],
    ['en', 'Street & number', 'address-line1'],
    ['fr', 'Code postal', 'postal-code'],
    ['fr', 'Prénom', 'given-name'],
    ['fr', 'Bâtiment / étage / appt', 'address-line2'],
    ['de', 'Postleitzahl', 'postal-code'],
    ['de', 'Nachname', 'family-name'],
    ['de', 'Hausnummer', 'address-housenumber'],
    ['es', 'Ciudad', 'address-level2'],
    ['es', 'Apellidos', 'family-name'],
    ['it', 'Cognome', 'family-name'],
    ['it', 'CAP', 'postal-code'],
    ['it', 'Stato/Provincia', 'address-level1'],
    ['en', 'Enter postcode or town', 'none'],
    ['de', 'PLZ oder Ort', 'none'],
    ['nl', 'Woonplaats', 'address-level2'],
    ['nl', 'Achternaam', 'family-name'],
    ['pt', 'Telefone', 'tel'],
    ['pt', 'CEP', 'postal-code'],
    ['zh', '邮政编码', 'postal-code'],
    ['zh', '手机', 'tel'],
    ['ja', '郵便番号', 'postal-code'],
    ['ja', '都道府県', 'address-level1'],
    ['zh', '区/县', 'address-level3'],
    ['zh', '市', 'address-level2'],
    ['zh', '所在地区', 'address-level1'],
    ['zh', '国家/地区', 'country'],
    ['zh', '门牌号', 'address-housenumber'],
    ['zh', '地址第2行', 'address-line2'],
    ['zh', '详细地址', 'address-line1'],
    ['zh', '持卡人姓名', 'cc-name'],
    ['zh', '用户名', 'none'],
    ['ja', 'ユーザー名', 'none'],
    ['ja', '件名', 'none'],
    ['ja', '部署名', 'none'],
    ['ja', '名（漢字）', 'given-name'],
    ['zh', '短信验证码', 'none'],
    ['zh', '手机验证码', 'none'],
    ['zh', '卡验证码', 'cc-csc'],
    ['zh', '地址别名', 'none'],
    ['zh', '联系人', 'name'],
    ['ja', '有効期限（月/年）', 'cc-exp'],
    ['zh', '有效期限（年）', 'cc-exp-year'],
    ['zh-TW', '卡片背面末三碼', 'cc-csc'],
    ['zh', '卡背面后三位', 'cc-csc'],
    ['zh', '座机', 'tel'],
    ['zh-TW', '縣市', 'address-level1'],
    ['zh-TW', '鄉鎮市區', 'address-level2'],
    ['ja', '市区町村', 'address-level2'],
    ['ja', '市区郡', 'address-level2'],
    ['ja', '住所2', 'address-line2'],
    ['ja', '建物名・部屋番号', 'address-line2'],
    ['ja', '部屋番号', 'apartment'],
    ['ja', '有効期限（月）', 'cc-exp-month'],
    ['ja', '有効期限（年）', 'cc-exp-year'],
    ['ja', '有効期限', 'cc-exp'],
    ['el', 'Ταχυδρομικός κώδικας', 'postal-code'],
    ['hu', 'Irányítószám', 'postal-code'],
    ['ro', 'Județ', 'address-level1'],
    ['pl', 'Kod pocztowy', 'postal-code'],
    ['pl', 'Nazwa miasta', 'address-level2'],
    ['cs', 'Ulice a č.p.', 'address-line1'],
    ['sv', 'Postnummer', 'postal-code'],
    ['bg', 'ул.', 'address-line1'],
    ['fr', 'Rue et n°', 'address-line1'],
    ['bg', 'Булстат', 'none'],
    ['ru', 'Кв.', 'apartment'],
    ['ru', 'Домофон', 'none'],
    ['ru', 'Выберите страну', 'country'],
    ['uk', 'Введіть назву країни', 'country'],
    ['fr', 'N° de rue', 'address-housenumber'],
    ['de', 'Firmenname', 'organization'],
  ];
  it.each(cases)('%s: "%s" is %s', (_lang, label, type) => {
    page(`<form><label for="x">${label}</label><input id="x" name="field1"></form>`);
    expect(typesOf()['field1']).toBe(type);
  });
});

describe('checkouts in many languages', () => {
  const checkouts: [string[], string[]][] = [
    [['Calle', 'Número', 'Piso', 'Puerta', 'Código postal', 'Ciudad'], ['address-streetname', 'address-housenumber', 'floor', 'apartment', 'postal-code', 'address-level2']],
    [['Via', 'Numero civico', 'CAP', 'Città', 'Provincia'], ['address-streetname', 'address-housenumber', 'postal-code', 'address-level2', 'address-level1']],
    [['Rua', 'Número', 'Complemento', 'Bairro', 'Cidade', 'Estado', 'CEP'], ['address-streetname', 'address-housenumber', 'address-line2', 'address-level3', 'address-level2', 'address-level1', 'postal-code']],
    [['Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats'], ['address-streetname', 'address-housenumber', 'none', 'postal-code', 'address-level2']],
    [['Straße', 'Hausnr.', 'PLZ', 'Ort'], ['address-streetname', 'address-housenumber', 'postal-code', 'address-level2']],
    [['Prénom', 'Nom', 'Adresse', 'Complément d\'adresse', 'Code postal', 'Ville', 'Pays', 'Téléphone'], ['given-name', 'family-name', 'address-line1', 'address-line2', 'postal-code', 'address-level2', 'country', 'tel']],
    [['Nombre', 'Apellidos', 'Dirección', 'Código postal', 'Ciudad'], ['given-name', 'family-name', 'address-line1', 'postal-code', 'address-level2']],
    [['Nome', 'Cognome', 'Indirizzo', 'CAP', 'Città'], ['given-name', 'family-name', 'address-line1', 'postal-code', 'address-level2']],
    [['Nome', 'Sobrenome', 'Endereço', 'CEP'], ['given-name', 'family-name', 'address-line1', 'postal-code']],
    [['Numéro de carte', 'MM', 'AA', 'CVV'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Kartennummer', 'MM', 'JJ', 'CVC'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Kartennummer', 'Monat', 'Jahr', 'CVC'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Número de tarjeta', 'Mes', 'Año', 'CVV'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Numero carta', 'Mese', 'Anno', 'CVV'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Kaartnummer', 'Maand', 'Jaar', 'CVC'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['卡号', '月', '年', '安全码'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['カード番号', '月', '年', 'セキュリティコード'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['姓', '名', '郵便番号', '都道府県', '市区町村', '番地', '建物名', '電話番号'], ['family-name', 'given-name', 'postal-code', 'address-level1', 'address-level2', 'address-line1', 'address-line2', 'tel']],
    [['收货人', '手机号码', '省份', '城市', '区/县', '详细地址', '邮政编码'], ['name', 'tel', 'address-level1', 'address-level2', 'address-level3', 'address-line1', 'postal-code']],
    // The expiry's label written over each of its two boxes
    [['Numero carta', 'Data di scadenza', 'Data di scadenza', 'CVV'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Номер карты', 'Срок действия', 'Срок действия', 'CVC'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Kartennummer', 'Gültig bis Monat', 'Gültig bis Jahr', 'Prüfziffer'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Nama depan', 'Nama belakang', 'Nama perusahaan', 'Alamat', 'Kota', 'Kode pos'], ['given-name', 'family-name', 'organization', 'address-line1', 'address-level2', 'postal-code']],
    [['Nomor kartu', 'Masa berlaku', 'Masa berlaku', 'Kode keamanan'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    [['Nome', 'Sobrenome', 'Endereço', 'CEP', 'Nome do cartão', 'Número do cartão'], ['given-name', 'family-name', 'address-line1', 'postal-code', 'cc-name', 'cc-number']],
  ];
  it.each(checkouts)('%j', (labels, types) => {
    page(`<form>${labels.map((l, i) => `<label for="x${i}">${l}</label><input id="x${i}" name="f${i}">`).join('')}</form>`);
    const found = typesOf();
    expect(labels.map((_, i) => found[`f${i}`])).toEqual(types);
  });
});

describe('English labels as big shops write them', () => {
  const english: [string, string][] = [
    ['Street address line 2', 'address-line2'], ['Apt/Suite/Other', 'address-line2'], ['Town/City', 'address-level2'], ['County', 'address-level1'],
    ['Postcode', 'postal-code'], ['Eircode', 'postal-code'], ['Mobile phone number', 'tel'], ['Country/Region', 'country'], ['State/Province/Region', 'address-level1'],
    ['ZIP/Postal code', 'postal-code'], ['Cardholder name', 'cc-name'], ['Expiration date (MM/YY)', 'cc-exp'], ['CVV/CVC', 'cc-csc'], ['Security code (3-4 digits)', 'cc-csc'],
    ['Card number', 'cc-number'], ['Full name', 'name'], ['Company (optional)', 'organization'], ['Phone number', 'tel'], ['Email', 'email'], ['Address', 'address-line1'],
    ['Address line 1', 'address-line1'], ['Address line 2 (optional)', 'address-line2'], ['Suburb', 'address-level2'], ['Province', 'address-level1'], ['PIN code', 'postal-code'],
    ['Landmark', 'none'],
    ['Name on card', 'cc-name'], ['Expiry month', 'cc-exp-month'], ['Expiry year', 'cc-exp-year'], ['Exp. date', 'cc-exp'], ['CVC', 'cc-csc'], ['First name', 'given-name'],
    ['Last name', 'family-name'], ['Middle name', 'additional-name'], ['Middle initial', 'additional-name'], ['Phone (optional)', 'tel'], ['House number', 'address-housenumber'],
    ['Unit number', 'apartment'], ['Building name', 'building'], ['Floor', 'floor'], ['Apartment number', 'apartment'],
    ['Extension', 'tel-extension'], ['Area code', 'tel-area-code'], ['Recipient name', 'name'], ['Company name', 'organization'],
    ['Phone (with area code)', 'tel'], ['Telephone number (including area code)', 'tel'], ['M.I.', 'additional-name'], ['Last 4 digits of SSN', 'none'],
    ['Full name as it appears on your card', 'cc-name'], ['Name on your card', 'cc-name'],
    ['Email (we send your order confirmation and tracking info here)', 'email'], ['Tracking number', 'none'],
    ['Phone (used only by the shipping carrier)', 'tel'], ['Carrier', 'none'],
    ['Second name', 'family-name'], ['Phone (must match the phone number on your credit card statement)', 'tel'], ['Billing address (as on your credit card statement)', 'address-line1'],
  ];
  it.each(english)('"%s" is %s', (label, type) => {
    page(`<form><label for="x">${label}</label><input id="x" name="field1"></form>`);
    expect(typesOf()['field1']).toBe(type);
  });
  it('reads a phone in three boxes labelled "Daytime phone", "Exchange", "Last four digits" as its parts', () => {
    page(`<form><label for="a">Daytime phone</label><input id="a" name="tel1" maxlength="3"><label for="b">Exchange</label><input id="b" name="tel2" maxlength="3">
      <label for="c">Last four digits</label><input id="c" name="tel3" maxlength="4"></form>`);
    expect(typesOf()).toEqual({ tel1: 'tel-area-code', tel2: 'tel-local-prefix', tel3: 'tel-local-suffix' });
  });
  it('reads Amazon India\'s two street lines ("Flat, House no., Building, Company, Apartment", then "Area, Street, Sector, Village")', () => {
    page(`<form><label for="a">Flat, House no., Building, Company, Apartment</label><input id="a" name="a1">
      <label for="b">Area, Street, Sector, Village</label><input id="b" name="a2"><label for="c">Landmark</label><input id="c" name="a3"></form>`);
    expect(typesOf()).toEqual({ a1: 'address-line1', a2: 'address-line2', a3: 'none' });
  });
});

describe('Japanese and Chinese checkouts as their shops lay them out', () => {
  const months = Array.from({ length: 12 }, (_, i) => `<option>${String(i + 1).padStart(2, '0')}</option>`).join('');
  const years = Array.from({ length: 8 }, (_, i) => `<option>${2026 + i}</option>`).join('');
  it('reads a table row\'s two expiry lists, each with its unit after it ("[01] 月 / [2026] 年")', () => {
    page(`<form><table><tr><th>カード番号</th><td><input name="cardno"></td></tr>
      <tr><th>有効期限</th><td><select name="expire_m">${months}</select>月 / <select name="expire_y">${years}</select>年</td></tr></table></form>`);
    expect(typesOf()).toEqual({ cardno: 'cc-number', expire_m: 'cc-exp-month', expire_y: 'cc-exp-year' });
  });
  it('reads the prefecture list of an EC-CUBE address row ("住所": postcode, prefecture, city, street) by its options', () => {
    const prefectures = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '東京都'].map((p, i) => `<option value="${i + 1}">${p}</option>`).join('');
    page(`<form><dl><dt>住所</dt><dd>〒<input name="entry[postal_code]">
      <select name="entry[address][pref]"><option value="">都道府県を選択</option>${prefectures}</select>
      <input name="entry[address][addr01]" placeholder="市区町村名"><input name="entry[address][addr02]" placeholder="番地・ビル名"></dd></dl></form>`);
    expect(typesOf()).toEqual({
      'entry[postal_code]': 'postal-code', 'entry[address][pref]': 'address-level1', 'entry[address][addr01]': 'address-level2', 'entry[address][addr02]': 'address-line1',
    });
  });
  it('reads "月/年" in one box as the whole expiry', () => {
    page(`<form><label>有效期 <input name="expiry" placeholder="月/年"></label></form>`);
    expect(typesOf()['expiry']).toBe('cc-exp');
  });
  it('takes a detailed-address box of several lines, whose example lists street and house number, for the whole street', () => {
    page(`<form><label>详细地址 <textarea name="address" placeholder="请输入详细地址，如街道、门牌号、小区、楼栋号、单元室等"></textarea></label></form>`);
    expect(typesOf()['address']).toBe('street-address');
  });
  it('reads the second street line as the Chinese checkout labels it ("公寓、套房等（可选）")', () => {
    page(`<form><label for="a">地址</label><input id="a" name="a1"><label for="b">公寓、套房等（可选）</label><input id="b" name="a2"></form>`);
    expect(typesOf()).toEqual({ a1: 'address-line1', a2: 'address-line2' });
  });
  it('reads "お名前（姓）" and "お名前（名）" as the family and given name, not the whole name twice', () => {
    page(`<form><label for="s">お名前（姓）</label><input id="s" name="sei"><label for="m">お名前（名）</label><input id="m" name="mei">
      <label for="ks">フリガナ（セイ）</label><input id="ks" name="kana_sei"><label for="km">氏名 名</label><input id="km" name="given"></form>`);
    expect(typesOf()).toEqual({ sei: 'family-name', mei: 'given-name', kana_sei: 'none', given: 'given-name' });
  });
  it('reads a landline in parts: 区号 (area code), the number, 分机 (extension); 市外局番 and 内線 in Japanese', () => {
    page(`<form><table><tr><th>固定电话</th><td><input name="a" placeholder="区号" maxlength="4">-<input name="b" placeholder="电话号码" maxlength="8">-<input name="c" placeholder="分机号" maxlength="6"></td></tr></table></form>`);
    expect(typesOf()).toEqual({ a: 'tel-area-code', b: 'tel-local', c: 'tel-extension' });
    page(`<form><label>市外局番 <input name="a"></label><label>電話番号 <input name="b"></label><label>内線 <input name="c"></label></form>`);
    expect(typesOf()).toEqual({ a: 'tel-area-code', b: 'tel-local', c: 'tel-extension' });
  });
  it('reads "番地・建物名" (block number and building in one box) as the street, and "建物名・部屋番号" as line 2', () => {
    page(`<form><label for="a">番地・建物名</label><input id="a" name="addr1"><label for="b">建物名・部屋番号</label><input id="b" name="addr2"></form>`);
    expect(typesOf()).toEqual({ addr1: 'address-line1', addr2: 'address-line2' });
  });
});

describe('checkouts named by the common shop platforms, without labels', () => {
  const platforms: [string, string[], string[]][] = [
    ['woo', ['billing_first_name', 'billing_last_name', 'billing_company', 'billing_country', 'billing_address_1', 'billing_address_2', 'billing_city', 'billing_state', 'billing_postcode', 'billing_phone', 'billing_email'],
      ['given-name', 'family-name', 'organization', 'country', 'address-line1', 'address-line2', 'address-level2', 'address-level1', 'postal-code', 'tel', 'email']],
    ['shopify', ['checkout[shipping_address][first_name]', 'checkout[shipping_address][last_name]', 'checkout[shipping_address][address1]', 'checkout[shipping_address][address2]', 'checkout[shipping_address][city]', 'checkout[shipping_address][country]', 'checkout[shipping_address][province]', 'checkout[shipping_address][zip]', 'checkout[shipping_address][phone]'],
      ['given-name', 'family-name', 'address-line1', 'address-line2', 'address-level2', 'country', 'address-level1', 'postal-code', 'tel']],
    ['magento', ['firstname', 'lastname', 'company', 'street[0]', 'street[1]', 'city', 'region', 'postcode', 'country_id', 'telephone'],
      ['given-name', 'family-name', 'organization', 'address-line1', 'address-line2', 'address-level2', 'address-level1', 'postal-code', 'country', 'tel']],
    ['sfcc', ['dwfrm_shipping_shippingAddress_addressFields_firstName', 'dwfrm_shipping_shippingAddress_addressFields_lastName', 'dwfrm_shipping_shippingAddress_addressFields_address1', 'dwfrm_shipping_shippingAddress_addressFields_address2', 'dwfrm_shipping_shippingAddress_addressFields_city', 'dwfrm_shipping_shippingAddress_addressFields_states_stateCode', 'dwfrm_shipping_shippingAddress_addressFields_postalCode', 'dwfrm_shipping_shippingAddress_addressFields_phone'],
      ['given-name', 'family-name', 'address-line1', 'address-line2', 'address-level2', 'address-level1', 'postal-code', 'tel']],
    ['card', ['cardNumber', 'cardholderName', 'expiryMonth', 'expiryYear', 'cvv'], ['cc-number', 'cc-name', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    ['card2', ['cc_number', 'cc_name', 'cc_exp', 'cc_cvc'], ['cc-number', 'cc-name', 'cc-exp', 'cc-csc']],
    ['card3', ['card-number', 'name-on-card', 'expiration-date', 'security-code'], ['cc-number', 'cc-name', 'cc-exp', 'cc-csc']],
    ['named as the autocomplete tokens', ['firstName', 'additionalName', 'lastName', 'organizationName'], ['given-name', 'additional-name', 'family-name', 'organization']],
    ['cybersource', ['card_accountNumber', 'card_expirationMonth', 'card_expirationYear', 'card_cvNumber'], ['cc-number', 'cc-exp-month', 'cc-exp-year', 'cc-csc']],
    ['prestashop', ['firstname', 'lastname', 'company', 'address1', 'address2', 'postcode', 'city', 'id_country', 'id_state', 'phone', 'phone_mobile'],
      ['given-name', 'family-name', 'organization', 'address-line1', 'address-line2', 'postal-code', 'address-level2', 'country', 'address-level1', 'tel', 'tel']],
  ];
  it.each(platforms)('%s', (_platform, names, types) => {
    page(`<form>${names.map((n) => `<input name="${n}">`).join('')}</form>`);
    const found = typesOf();
    expect(names.map((n) => found[n])).toEqual(types);
  });
});

describe('delivery and billing headings in many languages', () => {
  const pairs: [string, string, string][] = [
    ['fr', 'Adresse de livraison', 'Adresse de facturation'], ['de', 'Lieferadresse', 'Rechnungsadresse'], ['es', 'Dirección de envío', 'Dirección de facturación'],
    ['it', 'Indirizzo di spedizione', 'Indirizzo di fatturazione'], ['nl', 'Verzendadres', 'Factuuradres'], ['pt', 'Endereço de entrega', 'Endereço de cobrança'],
    ['zh', '收货地址', '账单地址'], ['ja', 'お届け先', 'ご請求先'], ['en', 'Delivery address', 'Billing address'], ['pt-BR', 'Endereço de entrega', 'Endereço de faturamento'],
  ];
  it.each(pairs)('%s: "%s" then "%s" make a shipping and a billing section', (_lang, ship, bill) => {
    const block = (legend: string, n: number) =>
      `<fieldset><legend>${legend}</legend><label>Street <input name="s${n}"></label><label>City <input name="c${n}"></label><label>ZIP <input name="z${n}"></label></fieldset>`;
    page(`<form>${block(ship, 1)}${block(bill, 2)}</form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([['shipping', 3], ['billing', 3]]);
  });
});

describe('what checkouts ask besides the address, and regional address words', () => {
  // Tax and identity numbers, birth dates, passwords, salutations, coupons: never filled. Mexican
  // exterior / interior numbers, and the regions of Germany, Switzerland, France and Spain.
  const asked: [string, string][] = [
    ['CPF', 'none'], ['RUT', 'none'], ['DNI', 'none'], ['NIF', 'none'], ['Número de documento', 'none'], ['Cédula', 'none'], ['Ponto de referência', 'none'],
    ['Número exterior', 'address-housenumber'], ['Número interior', 'apartment'], ['Referencia', 'none'], ['Codice fiscale', 'none'], ['Partita IVA', 'none'],
    ['Geburtsdatum', 'none'], ['Date de naissance', 'none'], ['Fecha de nacimiento', 'none'], ['Kundennummer', 'none'], ['Gutscheincode', 'none'], ['Code promo', 'none'],
    ['Passwort', 'none'], ['Mot de passe', 'none'], ['Contraseña', 'none'], ['Anrede', 'none'], ['Civilité', 'none'], ['Tratamiento', 'none'],
    ['Bundesland', 'address-level1'], ['Kanton', 'address-level1'], ['Département', 'address-level1'], ['Comunidad autónoma', 'address-level1'], ['Región', 'address-level1'],
    ['Postfach', 'none'], ['Packstation', 'none'],
  ];
  it.each(asked)('"%s" is %s', (label, type) => {
    page(`<form><label for="x">${label}</label><input id="x" name="field1"></form>`);
    expect(typesOf()['field1'] ?? 'none').toBe(type);
  });
  // A Turkish identity number, written "T.C." too, in a phone-type box; a Greek company's legal
  // representative: a person the wallet holds no entry for.
  const people: [string, string][] = [['T.C. Kimlik No', 'tel'], ['Όνομα νόμιμου εκπροσώπου', 'text'], ['Επώνυμο νόμιμου εκπροσώπου', 'text']];
  it.each(people)('"%s" (type %s) is none', (label, type) => {
    page(`<form><label for="x">${label}</label><input id="x" name="field1" type="${type}"></form>`);
    expect(typesOf()['field1']).toBe('none');
  });
});

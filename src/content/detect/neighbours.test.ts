// @vitest-environment happy-dom
// The classifier reading a field by the fields around it: split phone and card boxes, expiry pairs,
// name pairs, street boxes beside a house number, city beside suburb.
import { describe, expect, it } from 'vitest';
import { classifyForms } from './index';
import { page, typesOf } from './test-page';

describe('neighbours', () => {
  it('reads a phone number in three short boxes (up to six digits each) as area code, exchange and line number (US, Japan), not a one-time code\'s digit boxes', () => {
    page(`<form><label>Phone</label><input name="p1" maxlength="3"><input name="p2" maxlength="3"><input name="p3" maxlength="4"></form>
      <form><input name="telFirst" type="tel" placeholder="000"> - <input name="telSecond" type="tel" placeholder="0000"> - <input name="telLast" type="tel" placeholder="0000"></form>
      <form><label>Code sent to your phone</label><input name="d1" type="tel" maxlength="1"><input name="d2" type="tel" maxlength="1"><input name="d3" type="tel" maxlength="1"></form>
      <form><table><tr><th>電話番号</th><td><input name="tel01" maxlength="6"> - <input name="tel02" maxlength="6"> - <input name="tel03" maxlength="6"></td></tr></table></form>`);
    const types = typesOf();
    expect(types).toMatchObject({
      p1: 'tel-area-code', p2: 'tel-local-prefix', p3: 'tel-local-suffix', telFirst: 'tel-area-code', telSecond: 'tel-local-prefix', telLast: 'tel-local-suffix',
      tel01: 'tel-area-code', tel02: 'tel-local-prefix', tel03: 'tel-local-suffix', // EC-CUBE 2: six digits a part at most
    });
    expect([types['d1'], types['d2'], types['d3']]).not.toContain('tel-local-prefix');
  });
  it('reads a phone box after an area code\'s box as the rest of the number, and a second phone after that as a whole number', () => {
    page(`<form><label>Area code <input name="area" maxlength="3"></label><label>Phone number <input name="phone" maxlength="7"></label>
      <label>Mobile phone <input name="mobile"></label></form>`);
    expect(typesOf()).toEqual({ area: 'tel-area-code', phone: 'tel-local', mobile: 'tel' });
  });
  it('keeps three labelled phone boxes (home, work, mobile) whole numbers', () => {
    page(`<form><label>Home phone <input name="a"></label><label>Work phone <input name="b"></label><label>Mobile <input name="c"></label></form>`);
    expect(typesOf()).toEqual({ a: 'tel', b: 'tel', c: 'tel' });
  });
  it('makes four 4-digit boxes one card number', () => {
    page(`<form><label>Card number <input name="c1" maxlength="4"></label>
      <input name="c2" maxlength="4"><input name="c3" maxlength="4"><input name="c4" maxlength="4"></form>`);
    expect(Object.values(typesOf())).toEqual(['cc-number', 'cc-number', 'cc-number', 'cc-number']);
  });
  it('reads the Romanian year word "an" only at an end of the label ("An expirare"), not the English article', () => {
    page(`<form><label>Card number <input name="n"></label><label>Select an account <select name="acct"><option>Main</option></select></label>
      <label>Luna <input name="m" maxlength="2"></label><label>An <input name="y" maxlength="2"></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', acct: 'none', m: 'cc-exp-month', y: 'cc-exp-year' });
  });
  it('reads "Month" then "Year" next to a card as the expiry', () => {
    page(`<form><label>Card number <input name="n"></label><label>Month <input name="m" maxlength="2"></label><label>Year <input name="y" maxlength="2"></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', m: 'cc-exp-month', y: 'cc-exp-year' });
  });
  it('reads two selects both labelled "Expiry date" as its month then its year', () => {
    page(`<form><label>Card number <input name="n"></label><label>Date d'expiration <select name="m"><option>--</option></select></label>
      <label>Date d'expiration <select name="y"><option>--</option></select></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', m: 'cc-exp-month', y: 'cc-exp-year' });
  });
  it('reads "Expiry (MM / YY)" over two short boxes, the second with no text of its own, as month then year', () => {
    page(`<form><label for="c">Card number</label><input id="c" name="f1"><label for="e">Expiry (MM / YY)</label><input id="e" name="f2" maxlength="2"> / <input name="f3" maxlength="2"></form>
      <form><label for="c2">Card number</label><input id="c2" name="g1"><label for="e2">Expiry date</label><input id="e2" name="g2" maxlength="2"><input name="g3" maxlength="4"></form>`);
    expect(typesOf()).toEqual({ f1: 'cc-number', f2: 'cc-exp-month', f3: 'cc-exp-year', g1: 'cc-number', g2: 'cc-exp-month', g3: 'cc-exp-year' });
  });
  it('reads one box whose text says MM/YY as the whole expiry, not its month', () => {
    page(`<form><label>Card number <input name="n"></label><label>Expiry month <input name="e" placeholder="MM/YY"></label>
      <label>Date of birth <input name="b" placeholder="DD/MM/YYYY"></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', e: 'cc-exp', b: 'none' });
  });
  it('reads two expiry boxes in a row as month and year, but never against the second box\'s own token', () => {
    page(`<form><label>Card number <input name="n"></label><label>Expiry <input name="m"></label><label>Expiry <input name="y"></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', m: 'cc-exp-month', y: 'cc-exp-year' });
    page(`<form><label>Card number <input name="n"></label><label>Expiry <input name="m"></label><label>Expiry <input name="y" autocomplete="cc-exp"></label></form>`);
    expect(typesOf()).toMatchObject({ y: 'cc-exp' });
  });
  it('reads an expiry box whose example is "MM/JJ" or "MM/AA" (Jahr, jaar, année, año, anno) as the whole expiry', () => {
    page(`<form><label>Kaartnummer <input name="n"></label><label>Vervaldatum <input name="nl" placeholder="MM/JJ"></label>
      <label>Gültig bis <input name="de" placeholder="MM / JJ"></label><label>Validade <input name="pt" placeholder="MM/AA"></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', nl: 'cc-exp', de: 'cc-exp', pt: 'cc-exp' });
  });
  it('never reads a box whose only text is a date of day, month and year as the card expiry', () => {
    // A sign-up's birthday, in English, German (Tag), French (jour) and Italian (giorno) order.
    for (const mask of ['DD/MM/YYYY', 'TT.MM.JJJJ', 'JJ/MM/AAAA', 'GG-MM-AAAA']) {
      page(`<form><input name="f" placeholder="First name"><input name="l" placeholder="Last name"><input name="b" placeholder="${mask}">
        <input name="e" type="email" placeholder="Email"></form>`);
      expect(typesOf(), mask).toEqual({ f: 'given-name', l: 'family-name', b: 'none', e: 'email' });
    }
  });
  it('pairs first and last name ("Nombre" + "Apellidos", "Name" + "Vorname")', () => {
    page(`<form><label>Nombre <input name="a"></label><label>Apellidos <input name="b"></label></form>`);
    expect(typesOf()).toEqual({ a: 'given-name', b: 'family-name' });
    page(`<form><label>Name <input name="a"></label><label>Vorname <input name="b"></label></form>`);
    expect(typesOf()).toEqual({ a: 'family-name', b: 'given-name' });
  });
  it('reads one "Name" over two boxes as its two parts: first then last, or family then given under a Japanese label', () => {
    page(`<form><p>Name</p><input name="name1"><input name="name2"><label>Email <input name="email"></label></form>`);
    expect(typesOf()).toEqual({ name1: 'given-name', name2: 'family-name', email: 'email' });
    // EC-CUBE's customer form: お名前 (name) over 姓 (family name) then 名 (given name), with no text of their own.
    page(`<form><table><tr><th>お名前</th><td><input name="name01"><input name="name02"></td></tr></table></form>`);
    expect(typesOf()).toEqual({ name01: 'family-name', name02: 'given-name' });
    // A second name box with its own label is another person's name, not a part; nor is the next form's.
    page(`<form><label>Billing name <input name="a"></label><label>Shipping name <input name="b"></label></form>`);
    expect(typesOf()).toEqual({ a: 'name', b: 'name' });
    page(`<form><label>Your name <input name="a"></label></form><form><input name="name"></form>`);
    expect(typesOf()).toEqual({ a: 'name', name: 'name' });
  });
  it('reads a "verification code" box as the card\'s security code beside a card number, and as no card field elsewhere (a text message\'s code)', () => {
    const labels = ['Código de verificación', 'Code de vérification', 'Codice di verifica', 'Verificatiecode', 'Código de verificação'];
    for (const label of labels) {
      page(`<form><label>Teléfono <input name="phone" type="tel"></label><label>${label} <input name="code"></label></form>`);
      expect(typesOf()['code'], label).toBe('none');
      page(`<form><label>Card number <input name="number"></label><label>${label} <input name="code"></label></form>`);
      expect(typesOf()['code'], label).toBe('cc-csc');
    }
  });
  it('splits the card holder into first and last name when the box says so', () => {
    page(`<form><label>Card number <input name="n"></label><label>First name on card <input name="cc_first_name"></label>
      <label>Last name on card <input name="cc_last_name"></label></form>`);
    expect(typesOf()).toEqual({ n: 'cc-number', cc_first_name: 'cc-given-name', cc_last_name: 'cc-family-name' });
  });
  it('turns a name field inside the card form into the card holder', () => {
    page(`<form><fieldset><label>Card number <input name="n"></label><label>Name <input name="h"></label></fieldset></form>`);
    expect(typesOf()['h']).toBe('cc-name');
  });
  it('leaves a name field in another form than the card as a name', () => {
    page(`<form><label>First name <input name="g"></label><label>Last name <input name="f"></label></form>
      <form><label>Card number <input name="n"></label></form>`);
    expect(typesOf()).toEqual({ g: 'given-name', f: 'family-name', n: 'cc-number' });
  });
  it('lets the name/id settle a box labelled just "Number" or "Country code"', () => {
    page(`<form><label>Number <input name="creditCardNumber"></label><label>Number <input name="phone_number" type="tel"></label>
      <label>Street <input name="street"></label><label>Number <input name="houseNo"></label></form>`);
    expect(typesOf()).toEqual({ creditCardNumber: 'cc-number', phone_number: 'tel', street: 'address-streetname', houseNo: 'address-housenumber' });
    page(`<form><label>Street <input name="street"></label><label>Number <input name="house_nr"></label><label>Number <input name="flat_nr"></label></form>`);
    expect(typesOf()).toEqual({ street: 'address-streetname', house_nr: 'address-housenumber', flat_nr: 'apartment' });
    page(`<form><label>Country code <input name="dial_code"></label><label>Country prefix <input name="p"></label></form>`);
    expect(typesOf()).toEqual({ dial_code: 'tel-country-code', p: 'tel-country-code' });
  });
  it('keeps a "Street and number" label whole: a line-2 or street-name name does not split it', () => {
    page(`<form><label>Ulice a č.p. <input name="street2"></label><label>PSČ <input name="zip"></label></form>`);
    expect(typesOf()['street2']).toBe('address-line1');
  });
  it('lets a region name leave a neighbourhood label alone (only "Area" or "District" is a region or a city in some countries)', () => {
    page(`<form><label>Mahalle <select name="region_id"><option>--</option></select></label><label>Area <select name="region"><option>--</option></select></label></form>`);
    expect(typesOf()).toEqual({ region_id: 'address-level3', region: 'address-level1' });
  });
  it('lets "city" in the name/id settle an "Area" label as the city', () => {
    page(`<form><label>City / area <input name="shipping_city"></label><label>Area <input name="area"></label></form>`);
    expect(typesOf()).toEqual({ shipping_city: 'address-level2', area: 'address-level3' });
  });
  it('keeps a select listing country names a country, even in the phone part of a form', () => {
    const countries = ['France', 'Germany', 'Italy', 'Spain', 'United Kingdom'].map((c) => `<option>${c}</option>`).join('');
    page(`<form><label>Country code <select name="phone_country">${countries}</select></label><label>Phone <input name="phone"></label></form>`);
    expect(typesOf()['phone_country']).toBe('country');
  });
  it('reads a second unlabelled street box as line 2, and "Street" next to "House number" as the street name', () => {
    page(`<form><label>Address <input name="a1"></label><input name="a2" aria-label="Address"></form>`);
    expect(typesOf()).toEqual({ a1: 'address-line1', a2: 'address-line2' });
    page(`<form><label>Straße und Nr. <input name="s"></label></form>`);
    expect(typesOf()['s']).toBe('address-line1');
    page(`<form><label>Street <input name="s"></label><label>House number <input name="h"></label></form>`);
    expect(typesOf()).toEqual({ s: 'address-streetname', h: 'address-housenumber' });
    page(`<form><label>Street <input name="s"></label><label>City <input name="c"></label></form>`);
    expect(typesOf()['s']).toBe('address-line1');
  });
  it('reads a street box that says "start typing your address" before another street box as the search that fills it', () => {
    page(`<form><label>Billing address <input name="find" placeholder="Start typing your address..."></label><label>Address <input name="addr"></label>
      <label>City <input name="city"></label></form>`);
    expect(typesOf()).toMatchObject({ find: 'none', addr: 'address-line1' });
    page(`<form><label>Address <input name="street" placeholder="Start typing your address"></label><label>Apartment, suite <input name="apt"></label></form>`);
    expect(typesOf()).toEqual({ street: 'address-line1', apt: 'address-line2' });
  });
  it('reads a number input that says only "Number" as a quantity, and "Nr." or "House number" as the house number', () => {
    page(`<form><label>Number <input type="number" name="row1"></label><label>Number <input type="number" name="row2"></label></form>`);
    expect(typesOf()).toEqual({ row1: 'none', row2: 'none' });
    page(`<form><label>Street <input name="s"></label><label>Nr. <input type="number" name="h"></label><label>Number <input name="t"></label></form>`);
    expect(typesOf()).toMatchObject({ h: 'address-housenumber', t: 'address-housenumber' });
    page(`<form><label>Street <input name="s"></label><label>House number <input type="number" name="h"></label></form>`);
    expect(typesOf()['h']).toBe('address-housenumber');
  });
  it('gives each part of one label over two boxes to its box: "PLZ, Ort", "Straße / Nr.", "Card number / CVC" (names that say nothing, as OXID\'s "oxuser__oxcity")', () => {
    const row = (label: string, a: string, b: string) => `<div><label for="${a}">${label}</label><input id="${a}" name="x__ox${a}"><input name="x__ox${b}"></div>`;
    page(`<form>${row('Straße, Hausnummer', 'st', 'nr')}${row('PLZ, Ort', 'zip', 'city')}${row('E-Mail / Telefon', 'mail', 'fon')}</form>
      <form><table><tr><td>Name, Vorname</td><td><input name="a"> <input name="b"></td></tr><tr><td>Code postal / Ville</td><td><input name="c"> <input name="d"></td></tr></table></form>
      <form>${row('Card number / CVC', 'cn', 'cvc')}</form>`);
    expect(typesOf()).toEqual({
      'x__oxst': 'address-streetname', 'x__oxnr': 'address-housenumber', 'x__oxzip': 'postal-code', 'x__oxcity': 'address-level2', 'x__oxmail': 'email', 'x__oxfon': 'tel',
      a: 'family-name', b: 'given-name', c: 'postal-code', d: 'address-level2', 'x__oxcn': 'cc-number', 'x__oxcvc': 'cc-csc',
    });
  });
  it('leaves a label over two boxes alone where the second box has text of its own, the label has a note in brackets ("Expiry (MM / YY)", "お名前(フリガナ)"), or both parts say one thing', () => {
    page(`<form><label for="a">PLZ / Ort</label><input id="a" name="f1"><input name="f2" placeholder="Stadtteil"></form>
      <form><label for="c">Card number</label><input id="c" name="f3"><label for="e">Expiry (MM / YY)</label><input id="e" name="f4" maxlength="2"><input name="f5" maxlength="2"></form>
      <form><label for="t">Telefon / Mobil</label><input id="t" name="f6"><input name="f7"></form>
      <form><table><tr><th>お名前(フリガナ)</th><td><input name="kana01"> <input name="kana02"></td></tr></table></form>`);
    expect(typesOf()).toMatchObject({ f1: 'postal-code', f2: 'address-level3', f6: 'tel', f7: 'none', kana01: 'none', kana02: 'none' });
  });
  it('reads "Suburb" as part of the city beside a city box (New Zealand), and as the city without one (Australia), in one section', () => {
    page(`<form><label>Street address <input name="s"></label><label>Suburb <input name="sub"></label>
      <label>Town / City <input name="c"></label><label>Postcode <input name="z"></label></form>`);
    expect(typesOf()).toEqual({ s: 'address-line1', sub: 'address-level3', c: 'address-level2', z: 'postal-code' });
    expect(classifyForms(document).sections.map((x) => x.fields.length)).toEqual([4]);
    page(`<form><label>Street address <input name="s"></label><label>Suburb <input name="sub"></label>
      <label>State <input name="st"></label><label>Postcode <input name="z"></label></form>`);
    expect(typesOf()).toEqual({ s: 'address-line1', sub: 'address-level2', st: 'address-level1', z: 'postal-code' });
  });
});

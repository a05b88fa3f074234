// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyForms } from './index';
import { page, typesOf } from './test-page';

describe('autocomplete', () => {
  it('takes a valid token, with section and mode prefixes', () => {
    page(`<form>
      <input name="a" autocomplete="shipping street-address">
      <input name="b" autocomplete="section-x billing postal-code">
      <input name="c" autocomplete="cc-number">
      <input name="d" autocomplete="off">
    </form>`);
    expect(typesOf()).toEqual({ a: 'street-address', b: 'postal-code', c: 'cc-number', d: 'none' });
  });
  it('reads the spec grammar ([section-*] [billing|shipping] [home|work|mobile|fax|pager] field [webauthn]); any other token voids it all', () => {
    page(`<form>
      <label>Mobile <input name="a" autocomplete="section-2 shipping mobile tel webauthn"></label>
      <label>First name <input name="b" autocomplete="billing given-name cc-given-name"></label>
      <label>Phone <input name="c" autocomplete="billinging tel-national"></label>
      <label>Postcode <input name="d" autocomplete="shipping section-2 email"></label>
    </form>`);
    expect(typesOf()).toEqual({ a: 'tel', b: 'given-name', c: 'tel', d: 'postal-code' });
  });
  it('wins over the label, as in browsers', () => {
    page(`<form><label>City <input name="a" autocomplete="postal-code"></label><label>Card number <input name="b" autocomplete="email"></label></form>`);
    expect(typesOf()).toEqual({ a: 'postal-code', b: 'email' });
  });
  it('leaves off, garbage and login tokens to the heuristics', () => {
    page(`<form><label>City <input name="a" autocomplete="off"></label><label>Postcode <input name="b" autocomplete="nope"></label>
      <label>Email <input name="c" autocomplete="new-password"></label><label>Phone <input name="d" autocomplete="username"></label></form>`);
    expect(typesOf()).toEqual({ a: 'address-level2', b: 'postal-code', c: 'email', d: 'tel' });
  });
  it('makes a field with a valid token for data the wallet does not hold none', () => {
    page(`<form><label>Phone <input name="a" autocomplete="one-time-code"></label><label>Name <input name="b" autocomplete="nickname"></label></form>`);
    expect(typesOf()).toEqual({ a: 'none', b: 'none' });
  });
  it('lets a split-street label refine a street-line token (no token exists for a house number)', () => {
    page(`<form><label>Street <input name="a" autocomplete="address-line1"></label><label>House number <input name="b" autocomplete="address-line2"></label>
      <label>Address line 2 <input name="c" autocomplete="address-line2"></label></form>`);
    expect(typesOf()).toEqual({ a: 'address-streetname', b: 'address-housenumber', c: 'address-line2' });
    page(`<form><label>Apt, suite <input name="d" autocomplete="address-line2"></label></form>`);
    expect(typesOf()['d']).toBe('address-line2');
  });
  it('takes address-level3 on a house-number box as the stand-in it is, and keeps it on a district box', () => {
    page(`<form><label>Straatnaam <input name="street" autocomplete="street-address"></label>
      <label>Huisnummer <input name="houseNumber" autocomplete="address-level3"></label><label>District <input name="district" autocomplete="address-level3"></label></form>`);
    expect(typesOf()).toEqual({ street: 'address-streetname', houseNumber: 'address-housenumber', district: 'address-level3' });
  });
  it('takes "name" on a first-name, last-name or company box as the coarse token it is, and keeps it on a full-name box', () => {
    page(`<form><label>First name <input name="a" autocomplete="name"></label><label>Last name <input name="b" autocomplete="name"></label>
      <label>Company name <input name="c" autocomplete="name"></label><label>Full name <input name="d" autocomplete="name"></label>
      <label>Email <input name="e" autocomplete="name"></label></form>`);
    expect(typesOf()).toEqual({ a: 'given-name', b: 'family-name', c: 'organization', d: 'name', e: 'name' });
  });
  it('takes a street-line token on a select as a slip: the list is what its label says', () => {
    page(`<form><label>Address <input name="a1" autocomplete="address-line1"></label>
      <label>District <select name="a2" autocomplete="address-line2"><option>Menteng</option><option>Gambir</option></select></label>
      <label>Region <select name="r" autocomplete="address-line3"><option>Jakarta</option></select></label></form>`);
    expect(typesOf()).toEqual({ a1: 'address-line1', a2: 'address-level3', r: 'address-level1' });
  });
});

describe('labels in many languages', () => {
  it('reads aria-labelledby, aria-label, a wrapping label and the text before an unlabelled control', () => {
    page(`<form>
      <span id="l1">Email address</span><input name="a" aria-labelledby="l1">
      <input name="b" aria-label="Telephone">
      <label>City <input name="c"></label>
      <div><span>Postal code</span></div><div><input name="d"></div>
    </form>`);
    expect(typesOf()).toEqual({ a: 'email', b: 'tel', c: 'address-level2', d: 'postal-code' });
  });

  it('reads "Nombre" or "Имя" as the first name beside a surname box and as the whole name alone', () => {
    page(`<form><label>Nombre <input name="a"></label><label>Apellidos <input name="b"></label></form>
      <form><label>Имя <input name="c"></label><label>Email <input name="d"></label></form>
      <form><label>Nome <input name="e"></label><label>Cognome <input name="f"></label></form><form><label>Primer nombre <input name="g"></label></form>`);
    expect(typesOf()).toEqual({ a: 'given-name', b: 'family-name', c: 'name', d: 'email', e: 'given-name', f: 'family-name', g: 'given-name' });
  });
  it('reads the n-th label for the n-th control on a page that repeats one id, and not every label for the first', () => {
    page(`<form><label for="dup">First name</label><input id="dup" name="a"><label for="dup">Postal code</label><input id="dup" name="b"></form>`);
    expect(typesOf()).toEqual({ a: 'given-name', b: 'postal-code' });
    page(`<form><label for="x">First name</label><input id="x" name="c"><label for="x">Last name</label><input id="x" name="d">
      <input id="x" name="e" placeholder="Email address"><label for="x">City</label><input id="x" name="f"></form>`);
    expect(typesOf()).toEqual({ c: 'given-name', d: 'family-name', e: 'email', f: 'address-level2' });
  });
  it('reads a "Your name" label by its name attribute (first or last), as a plain "Name" label', () => {
    page(`<form><label>Your name <input name="firstname"></label><label>Your name <input name="lastname"></label></form>
      <form><label>Your name <input name="customer"></label><label>Email <input name="e"></label></form>`);
    expect(typesOf()).toEqual({ firstname: 'given-name', lastname: 'family-name', customer: 'name', e: 'email' });
  });
  it('keeps a "Full name" label whole even when the name attribute says first name', () => {
    page(`<form><label>Full name <input name="firstName"></label><label>Email <input name="e"></label></form>`);
    expect(typesOf()['firstName']).toBe('name');
  });
  it('reads an "Area" box named as a state or region as the region', () => {
    page(`<form><label>Area <input name="billing_state"></label><label>Area <input name="b"></label></form>`);
    expect(typesOf()).toEqual({ billing_state: 'address-level1', b: 'address-level3' });
  });
  it('reads "phone" and "country" together in a name as the dialling code', () => {
    page(`<form><input name="phoneCountry"><input name="phone"><input name="country"></form>`);
    expect(typesOf()).toEqual({ phoneCountry: 'tel-country-code', phone: 'tel', country: 'country' });
    page(`<form><input name="phone_number_with_prefix"></form>`);
    expect(typesOf()).toEqual({ phone_number_with_prefix: 'tel' });
  });
  it('reads numbered labels as their words (also in full-width digits or past the length read), each control by its own kind and size', () => {
    const long = `Postal code ${'1'.repeat(300)}`;
    page(`<form><label>Country 12 <input name="a"></label><label>Country 34 <input name="b" type="tel"></label>
      <label>Country 56 <input name="c" maxlength="4"></label><label>Ｃｉｔｙ １２ <input name="d"></label>
      <label>${long} <input name="e"></label><label>Phone 78 <input name="f"></label></form>`);
    expect(typesOf()).toEqual({ a: 'country', b: 'tel-country-code', c: 'tel-country-code', d: 'address-level2', e: 'postal-code', f: 'tel' });
  });
  it('reads "company name" or "city name" in a name/id as the company or the city, not a person\'s name', () => {
    page(`<form><input name="user_company_name"><input name="checkout_city_name"><input name="customer_name"></form>`);
    expect(typesOf()).toEqual({ user_company_name: 'organization', checkout_city_name: 'address-level2', customer_name: 'name' });
  });
  it('reads "email address" in a name/id as the e-mail, and a placeholder showing an address as the e-mail', () => {
    page(`<form><input name="shipping_address_email_address"><input name="contact" placeholder="example@example.com"></form>`);
    expect(typesOf()).toEqual({ shipping_address_email_address: 'email', contact: 'email' });
  });
  it('keeps "Address line 1" whole when its placeholder names a part ("Unit / street number")', () => {
    page(`<form><label>Address line 1 <input name="street1" placeholder="Unit / street number"></label></form>`);
    expect(typesOf()).toEqual({ street1: 'address-line1' });
  });
  it('reads a card expiry part joined to "card" by a dot or a dash ("forms.creditcard.year", an untranslated label key)', () => {
    page(`<form><label>forms.creditcard.month <input name="m" maxlength="2"></label><label>forms.creditcard.year <input name="y" maxlength="4"></label>
      <label>Card-Year <input name="y2"></label></form>`);
    expect(typesOf()).toEqual({ m: 'cc-exp-month', y: 'cc-exp-year', y2: 'cc-exp-year' });
  });
  it('reads the id of a saved address, a store or a delivery zone as none', () => {
    page(`<form><input name="addressId"><input name="storeID"><input name="shipping_zone_id"><input name="address1"></form>`);
    expect(typesOf()).toEqual({ addressId: 'none', storeID: 'none', shipping_zone_id: 'none', address1: 'address-line1' });
  });
  it('uses name, id and placeholder when there is no label', () => {
    page(`<form><input name="billing_firstName"><input id="lastName"><input name="q1" placeholder="Postcode"></form>`);
    expect(typesOf()).toEqual({ billing_firstName: 'given-name', lastName: 'family-name', q1: 'postal-code' });
  });
});

describe('select options', () => {
  const months = Array.from({ length: 12 }, (_, i) => `<option value="${i + 1}">${String(i + 1).padStart(2, '0')}</option>`).join('');
  const years = Array.from({ length: 10 }, (_, i) => `<option>${2026 + i}</option>`).join('');
  it('tells months and years of a card expiry', () => {
    page(`<form>
      <label>Card number <input name="num"></label>
      <select name="s1">${months}</select><select name="s2">${years}</select>
    </form>`);
    expect(typesOf()).toEqual({ num: 'cc-number', s1: 'cc-exp-month', s2: 'cc-exp-year' });
  });
  it('takes an unlabelled select by its own name over the text before it (another field\'s heading, the choice before)', () => {
    page(`<form><p>Town / City</p><select name="shippingStateSelect"><option>Auckland</option></select>
      <p>Country United States</p><select name="billing_state_us"><option>Ohio</option></select></form>`);
    expect(typesOf()).toEqual({ shippingStateSelect: 'address-level1', billing_state_us: 'address-level1' });
  });
  it('tells birth dates apart from expiry dates', () => {
    const birthYears = Array.from({ length: 80 }, (_, i) => `<option>${1940 + i}</option>`).join('');
    page(`<form><label>Name <input name="n"></label><select name="m">${months}</select><select name="y">${birthYears}</select></form>`);
    expect(typesOf()).toEqual({ n: 'name', m: 'none', y: 'none' });
  });
  it('takes a select of postcodes or floors, but never a street from a select', () => {
    page(`<form><label>Floor <select name="f"><option>1</option><option>2</option></select></label><label>Postcode <select name="p"><option>10115</option><option>10117</option></select></label>
      <label>Street <select name="s"><option>Main St</option><option>High St</option></select></label></form>`);
    expect(typesOf()).toEqual({ f: 'floor', p: 'postal-code', s: 'none' });
  });
  it('reads a select by the words a list can answer ("Billing address – state" is the state; "firma" in its name says nothing)', () => {
    page(`<form><label>Rechnungsadresse – Bundesland <select name="rstate"><option>--</option></select></label>
      <select name="id_state_firma"><option>--</option></select></form>`);
    expect(typesOf()).toEqual({ rstate: 'address-level1', id_state_firma: 'address-level1' });
  });
  it('reads a time-zone list ("+01:00") as none, not dialling codes', () => {
    page(`<form><label>Phone <input name="p"></label>
      <label>Zone <select name="tz"><option>+01:00</option><option>+02:00</option><option>+03:00</option></select></label>
      <label>Time zone <input name="tz2"></label></form>`);
    expect(typesOf()).toEqual({ p: 'tel', tz: 'none', tz2: 'none' });
  });
  it('reads a box that shows just a country name as the country picker', () => {
    page(`<form><label>Street <input name="a"></label><div>United States</div><input name="x"><div>Hello</div><input name="y"></form>`);
    expect(typesOf()).toEqual({ a: 'address-line1', x: 'country', y: 'none' });
  });
  it('recognises a country list', () => {
    page(`<form><select name="s"><option>Germany</option><option>France</option><option>Italy</option><option>Spain</option></select></form>`);
    expect(typesOf()['s']).toBe('country');
  });
  it('keeps a country list labelled "Land" a country when the select shows one row (size is not a length)', () => {
    page(`<form><label>Land <select name="c" size="1"><option>Deutschland</option><option>Frankreich</option><option>Italien</option><option>Spanien</option></select></label></form>`);
    expect(typesOf()['c']).toBe('country');
  });
  it('never reads a select of birth years as the card expiry, whatever its label', () => {
    const years = Array.from({ length: 60 }, (_, i) => `<option>${1940 + i}</option>`).join('');
    page(`<form><label>Card number <input name="n"></label><label>Year <select name="y">${years}</select></label></form>`);
    expect(typesOf()['y']).toBe('none');
  });
  it('recognises month names in other languages', () => {
    const names = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
    page(`<form><label>Kartennummer <input name="k"></label><select name="m">${names.map((n) => `<option>${n}</option>`).join('')}</select></form>`);
    expect(typesOf()['m']).toBe('cc-exp-month');
  });
});

describe('sections', () => {
  it('keeps an address in one section when one of its boxes alone speaks of delivery or shipping, and takes that for its kind', () => {
    page(`<form><label>Name <input name="name"></label><label>Shipping address <input name="line1"></label>
      <label>Additional information for delivery <input name="line2"></label><label>State <input name="state"></label>
      <label>Postcode <input name="zip"></label><label>City <input name="city"></label></form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([['shipping', 6]]);
  });
  it('starts a new section where a block under a shipping heading follows one that says nothing of billing or shipping', () => {
    page(`<form><label>Email <input name="a"></label><label>Phone <input name="b"></label>
      <fieldset><legend>Shipping address</legend><label>Company <input name="c"></label><label>Street <input name="d"></label>
      <label>City <input name="e"></label></fieldset></form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([['contact', 2], ['shipping', 3]]);
  });
  it('keeps a type asked twice in a row in its section: email and its confirmation, two phones, a state select and the box for other countries', () => {
    page(`<form><label>Street address <input name="street"></label><label>City <input name="city"></label>
      <label>State/Province <select name="region_id"><option>Alabama</option><option>Alaska</option></select></label>
      <label>State/Province <input name="region" style="display:none"></label><label>Zip/Postal Code <input name="postcode"></label>
      <label>Email <input name="email"></label><label>Confirm email <input name="email2"></label>
      <label>Phone <input name="phone"></label><label>Mobile phone <input name="mobile"></label></form>`);
    const model = classifyForms(document);
    expect(model.fields.map((f) => f.type)).toEqual(['address-line1', 'address-level2', 'address-level1', 'address-level1', 'postal-code', 'email', 'email', 'tel', 'tel']);
    expect(model.sections.map((s) => s.fields.length)).toEqual([9]);
  });
  it('gives billing and shipping addresses their own sections', () => {
    const address = (p: string) => `<label>Name <input name="${p}name"></label><label>Address <input name="${p}addr"></label>
      <label>City <input name="${p}city"></label><label>Postal code <input name="${p}zip"></label>`;
    page(`<form><fieldset><legend>Billing address</legend>${address('b_')}</fieldset>
      <fieldset><legend>Shipping address</legend>${address('s_')}</fieldset>
      <fieldset><legend>Payment</legend><label>Card number <input name="cc"></label></fieldset></form>`);
    const model = classifyForms(document);
    expect(model.sections.map((s) => [s.kind, s.fields.length])).toEqual([
      ['billing', 4],
      ['shipping', 4],
      ['payment', 1],
    ]);
    const ids = new Set(model.fields.map((f) => f.section));
    expect(ids.size).toBe(3);
  });
  it('reads each block\'s kind from the heading before it when headings and fields are siblings, or a heading comes before a table', () => {
    const address = (p: string) => `<label>Nome <input name="${p}name"></label><label>Endereço <input name="${p}addr"></label><label>Cidade <input name="${p}city"></label>`;
    page(`<form><h3>Dados de entrega</h3>${address('s_')}<h3>Dados de faturação</h3>${address('b_')}</form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([['shipping', 3], ['billing', 3]]);
    // EC-CUBE: the orderer, then the delivery address, each a table under its heading.
    const table = (p: string) => `<table><tr><th>お名前</th><td><input name="${p}name"></td></tr><tr><th>住所</th><td><input name="${p}addr"></td></tr></table>`;
    page(`<form><h2>ご注文者</h2>${table('o_')}<h2>お届け先</h2>${table('d_')}</form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([['address', 2], ['shipping', 2]]);
    // The heading before a form is that form's, not the next form's.
    page(`<h2>Shipping address</h2><form>${address('s_')}</form><form>${address('o_')}</form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([['shipping', 3], ['address', 3]]);
  });
  it('reads billing and shipping from a container\'s class or id, and from a form\'s id even when a control is named id', () => {
    const address = (p: string) => `<div class="row"><label>City <input name="${p}city"></label></div><label>Postcode <input name="${p}zip"></label>`;
    page(`<form id="billing-form"><input type="hidden" name="id">${address('b')}</form>
      <form><div class="shippingFields"><div class="row">${address('s')}</div></div></form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([
      ['billing', 2],
      ['shipping', 2],
    ]);
  });
  it('reads "payment" in a name/id as the billing address (OpenCart\'s input-payment-city), and a container saying payment and shipping as neither', () => {
    const address = (p: string) => `<label>City <input name="city" id="input-${p}-city"></label><label>Postcode <input name="postcode" id="input-${p}-postcode"></label>`;
    page(`<form><div class="payment_shipping_doc"><label>Company <input name="company"></label></div>${address('payment')}</form>
      <form>${address('shipping')}</form>`);
    expect(classifyForms(document).sections.map((s) => [s.kind, s.fields.length])).toEqual([
      ['billing', 3],
      ['shipping', 2],
    ]);
  });
  it('starts a new section when a type repeats', () => {
    page(`<form><label>Postal code <input name="a"></label><label>City <input name="b"></label>
      <label>Postal code <input name="c"></label><label>City <input name="d"></label></form>`);
    expect(classifyForms(document).sections.map((s) => s.fields.length)).toEqual([2, 2]);
  });
  it('keeps a postal code in two short boxes in a row in one section (〒 123 - 4567, CEP 12345-678)', () => {
    const sections = (html: string) => {
      page(`<form>${html}</form>`);
      return classifyForms(document).sections.map((s) => s.fields.map((f) => f.type));
    };
    expect(sections(`<label>市区町村 <input name="city"></label><label for="z1">郵便番号</label>〒 <input id="z1" name="zip1" maxlength="3"> - <input name="zip2" maxlength="4">`))
      .toEqual([['address-level2', 'postal-code', 'postal-code']]);
    expect(sections(`<label>CEP <input name="cep1" maxlength="5"></label>-<input name="cep2" maxlength="3"><label>Cidade <input name="cidade"></label>`))
      .toEqual([['postal-code', 'postal-code', 'address-level2']]);
  });
  it('starts a new address at a second postal code that is no part of the first (no maxlength, too long, not next to it)', () => {
    const sizes = (html: string) => {
      page(`<form>${html}</form>`);
      return classifyForms(document).sections.map((s) => s.fields.length);
    };
    expect(sizes(`<label>ZIP <input name="zip1"></label><label>ZIP <input name="zip2" maxlength="4"></label>`)).toEqual([1, 1]);
    expect(sizes(`<label>ZIP <input name="zip1" maxlength="5"></label><label>ZIP <input name="zip2" maxlength="10"></label>`)).toEqual([1, 1]);
    expect(sizes(`<label>ZIP <input name="zip1" maxlength="5"></label><label>City <input name="c"></label><label>ZIP <input name="zip2" maxlength="4"></label>`)).toEqual([2, 1]);
  });
});

describe('controls that are never filled', () => {
  it('ignores hidden, button, checkbox, radio, password and file inputs', () => {
    page(`<form>${['hidden', 'submit', 'button', 'checkbox', 'radio', 'password', 'file', 'image', 'reset']
      .map((t) => `<input type="${t}" name="email_${t}" autocomplete="email">`)
      .join('')}</form>`);
    expect(classifyForms(document).fields).toEqual([]);
  });
  it('types search, coupon and password-like text boxes as none', () => {
    page(`<form><label>Coupon code <input name="a"></label><label>Gift card number <input name="b"></label><label>Username <input name="c"></label></form>`);
    expect(typesOf()).toEqual({ a: 'none', b: 'none', c: 'none' });
  });
  it('types what an address form asks besides the address as none (its name, the door code, the courier, whose care it is in)', () => {
    page(`<form><label>Address <input name="a"></label><label>Address label <input name="b" placeholder="Home, work"></label>
      <label>Intercom code <input name="c"></label><label>Notes for the courier <input name="d"></label>
      <label>Entre calles <input name="e"></label><label>City <input name="f"></label><label>c/o <input name="g"></label>
      <label>Adresszusatz (c/o) <input name="h"></label><label>Address line 2 <input name="i"></label></form>`);
    expect(typesOf()).toEqual({ a: 'address-line1', b: 'none', c: 'none', d: 'none', e: 'none', f: 'address-level2', g: 'none', h: 'none', i: 'address-line2' });
  });
  it('never takes a box for the card number or security code when any of its signals names something else (gift card, loyalty card, captcha)', () => {
    page(`<form><label>Card number <input name="giftcard_number"></label><label>Kartennummer <input name="loyaltyCard"></label>
      <input name="captcha" placeholder="Enter security code"><label>Card number <input name="cardNumber"></label>
      <label>Security code <input name="cvc"></label></form>`);
    expect(typesOf()).toEqual({ giftcard_number: 'none', loyaltyCard: 'none', captcha: 'none', cardNumber: 'cc-number', cvc: 'cc-csc' });
  });
  it('never takes a box for the card\'s expiry when its name says a birth date ("YYYY" on a box named dob_year)', () => {
    page(`<form><label>Card number <input name="cardNumber"></label><label>MM <input name="expMonth"></label><label>YYYY <input name="expYear"></label>
      <label>Date of birth</label><label>MM <input name="dob_month"></label><label>YYYY <input name="dob_year"></label></form>`);
    expect(typesOf()).toEqual({ cardNumber: 'cc-number', expMonth: 'cc-exp-month', expYear: 'cc-exp-year', dob_month: 'none', dob_year: 'none' });
  });
  it('takes an unlabelled phone-type box for the phone, but not one too short for a number (a one-time code\'s digits)', () => {
    page(`<form><div><input type="tel" id="p"></div><div>The code we sent you</div>${[1, 2, 3, 4].map((i) => `<input type="tel" maxlength="1" id="d${i}">`).join('')}</form>`);
    expect(typesOf()).toEqual({ p: 'tel', d1: 'none', d2: 'none', d3: 'none', d4: 'none' });
  });
  it('reads "Confirm your address" after the e-mail box as the e-mail again, not a street', () => {
    page(`<form><label>Email address <input name="email"></label><label>Confirm your address <input name="reenter"></label></form>`);
    expect(typesOf()).toEqual({ email: 'email', reenter: 'email' });
  });
  it('takes a box of several lines for the street address, but not for a phone, a name or a card (a note that mentions one)', () => {
    page(`<form><label>Address <textarea name="address"></textarea></label>
      <label>Note for the shop <textarea name="remarks" placeholder="e.g. telephone me before delivery"></textarea></label>
      <label>Anything else? <textarea name="extra" placeholder="your e-mail, if we may write to you"></textarea></label>
      <label>Phone <input name="phone"></label></form>`);
    expect(typesOf()).toEqual({ address: 'street-address', remarks: 'none', extra: 'none', phone: 'tel' });
  });
  it('leaves a box none when the text before it and its name/id disagree, one of them naming something not filled', () => {
    page(`<form><div>Email signup</div><textarea name="g-recaptcha-response"></textarea><div>Email address</div><input name="token">
      <div>Email address</div><input name="contact"></form>`);
    expect(typesOf()).toEqual({ 'g-recaptcha-response': 'none', token: 'none', contact: 'email' });
  });
});

describe('shadow roots and frames', () => {
  it('finds fields in open shadow roots, in document order', () => {
    page(`<form><label>Email <input name="e" type="email"></label><div id="host"></div></form>`);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<label for="z">Postal code</label><input id="z" name="zip">`;
    expect(typesOf()).toEqual({ e: 'email', zip: 'postal-code' });
    expect(typesOf(shadow)).toEqual({ zip: 'postal-code' });
  });
});

describe('hostile markup', () => {
  it('classifies 5,000 fields without throwing', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<label>Field ${i} <input name="f${i}" autocomplete="${i % 7 ? 'x' : 'email'}"></label>`);
    page(`<form>${rows.join('')}</form>`);
    const model = classifyForms(document);
    expect(model.fields).toHaveLength(5000);
  }, 30_000); // a correctness check: happy-dom on a loaded CI machine is slow, speed is the bench's job
  it('reads 2,000 controls that share one id, each with its own label for that id', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<label for="same">${i % 2 ? 'City' : 'Postcode'}</label><input id="same" name="f${i}">`);
    page(`<form>${rows.join('')}</form>`);
    const types = classifyForms(document).fields.map((f) => f.type);
    expect(types).toHaveLength(2000);
    expect(new Set(types.filter((_, i) => i % 2))).toEqual(new Set(['address-level2']));
    expect(new Set(types.filter((_, i) => !(i % 2)))).toEqual(new Set(['postal-code']));
  }, 30_000);
  it('survives deep nesting and malformed attributes', () => {
    let html = '<input name="deep" aria-labelledby="missing  also-missing" maxlength="-5" size="abc" autocomplete="   ">';
    for (let i = 0; i < 2000; i++) html = `<div aria-label="${'x'.repeat(i % 3)}">${html}</div>`;
    page(`<form>${html}<select name="s"></select><input name="t" autocomplete="${'cc-number '.repeat(100)}"></form>`);
    expect(() => classifyForms(document)).not.toThrow();
    expect(classifyForms(document.body).fields.map((f) => f.type)).toEqual(['none', 'none', 'none']);
  });
  it('survives DOM clobbering: a form whose id, className or elements are shadowed by its controls', () => {
    page(`<form id="billing"><input name="id"><input name="className"><input name="elements"><input name="form">
      <label>Postcode <input name="zip"></label></form>`);
    expect(typesOf()['zip']).toBe('postal-code');
  });
  it('returns an empty model for a page without controls', () => {
    page('<p>No form here</p>');
    expect(classifyForms(document)).toEqual({ fields: [], sections: [], nested: [] });
  });
});

describe('demo checkout', () => {
  it('finds the 4 card and 8 address fields the page declares', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const html = fs.readFileSync(path.join(process.cwd(), 'demo/checkout.html'), 'utf8');
    document.body.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
    const model = classifyForms(document);
    const typed = model.fields.filter((f) => f.type !== 'none');
    expect(typed.map((f) => f.type)).toEqual([
      'cc-name', 'cc-number', 'cc-exp', 'cc-csc', 'name', 'address-line1', 'address-line2', 'address-level2', 'postal-code', 'country', 'email', 'tel',
    ]);
    expect(model.sections.map((s) => s.kind)).toEqual(['payment', 'billing']);
  });
});

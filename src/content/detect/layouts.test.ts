// @vitest-environment happy-dom
// How pages lay fields out: where the label sits (after the box, in a table cell, a definition
// list, a box above), placeholders and aria-labels alone, split and select-based card forms.
import { describe, expect, it } from 'vitest';
import { classifyForms } from './index';

describe('layouts', () => {
  const opts = (xs: string[]) => xs.map((x) => `<option>${x}</option>`).join('');
  const months = ['01 - January', '02 - February', '03 - March', '04 - April', '05 - May', '06 - June', '07 - July', '08 - August', '09 - September', '10 - October', '11 - November', '12 - December'];
  const layouts: [string, string, string[]][] = [
    ['a floating label after the box', `<div class="f"><input name="q1"><label>First name</label></div><div class="f"><input name="q2"><label>Last name</label></div><div class="f"><input name="q3"><label>Postcode</label></div>`, ['given-name', 'family-name', 'postal-code']],
    ['labels in table cells', `<table><tr><td>First name</td><td><input name="q1"></td></tr><tr><td>City</td><td><input name="q2"></td></tr><tr><td>ZIP</td><td><input name="q3"></td></tr></table>`, ['given-name', 'address-level2', 'postal-code']],
    ['placeholders only', `<input name="q1" placeholder="First name"><input name="q2" placeholder="Email"><input name="q3" placeholder="Street address">`, ['given-name', 'email', 'address-line1']],
    ['a definition list', `<dl><dt>First name</dt><dd><input name="q1"></dd><dt>Phone</dt><dd><input name="q2"></dd><dt>Country</dt><dd><select name="q3"><option>Germany</option><option>France</option></select></dd></dl>`, ['given-name', 'tel', 'country']],
    ['text in a box above', `<div><div class="lbl">First name</div><div class="ctl"><input name="q1"></div></div><div><div class="lbl">Last name</div><div class="ctl"><input name="q2"></div></div>`, ['given-name', 'family-name']],
    ['aria-label only', `<input aria-label="Card number" name="a"><input aria-label="MM/YY" name="b"><input aria-label="CVC" name="c">`, ['cc-number', 'cc-exp', 'cc-csc']],
    ['a card number in four boxes', `<label>Card number</label><input name="c1" maxlength="4"><input name="c2" maxlength="4"><input name="c3" maxlength="4"><input name="c4" maxlength="4">`, ['cc-number', 'cc-number', 'cc-number', 'cc-number']],
    ['an expiry select of MM/YY', `<label>Card number <input name="n"></label><label>Expiry <select name="e">${opts(['01/26', '02/26', '03/26', '04/26', '05/26', '06/26'])}</select></label>`, ['cc-number', 'cc-exp']],
    ['an expiry label over a select of "01 - January" and one of two-digit years', `<label>Card number <input name="n"></label><label>Expiration <select name="m">${opts(months)}</select><select name="y">${opts(['26', '27', '28', '29', '30', '31'])}</select></label>`, ['cc-number', 'cc-exp-month', 'cc-exp-year']],
    ['an address textarea (the whole street address)', `<label>Name <input name="a"></label><label>Address <textarea name="b"></textarea></label><label>Postcode <input name="c"></label>`, ['name', 'street-address', 'postal-code']],
    ['a country select of codes', `<label>Country <select name="c"><option value="US">US</option><option value="GB">GB</option><option value="FR">FR</option></select></label>`, ['country']],
    ['an email box without label', `<input type="email" name="x1">`, ['email']],
    ['a phone box without label', `<input type="tel" name="x1">`, ['tel']],
    ['text boxes without label asking for the e-mail keyboard and the phone keypad', `<input inputmode="EMAIL" name="x1"><input type="text" inputmode="tel" name="x2">`, ['email', 'tel']],
    ['a card number shown only by its placeholder', `<input name="x1" inputmode="numeric" autocomplete="off" placeholder="1234 1234 1234 1234">`, ['cc-number']],
    ['card numbers shown by masked placeholders', `<input name="x1" placeholder="•••• •••• •••• ••••"><input name="x2" placeholder="xxxx xxxx xxxx xxxx"><input name="x3" placeholder="1234 5678">`, ['cc-number', 'cc-number', 'none']],
    ['an expiry shown only by its placeholder', `<input name="x1" placeholder="MM / YY">`, ['cc-exp']],
    ['a card form shown by placeholders', `<input name="x1" placeholder="1234 1234 1234 1234"><input name="x2" placeholder="MM / YY"><input name="x3" placeholder="CVC">`, ['cc-number', 'cc-exp', 'cc-csc']],
    ['a card form named as payment widgets name it', `<input name="cardnumber" placeholder="Card number"><input name="exp-date" placeholder="MM / YY"><input name="cvc" placeholder="CVC"><input name="postal" placeholder="ZIP">`, ['cc-number', 'cc-exp', 'cc-csc', 'postal-code']],
  ];
  it.each(layouts)('%s', (_layout, html, types) => {
    document.body.innerHTML = `<form>${html}</form>`;
    expect(classifyForms(document).fields.map((f) => f.type)).toEqual(types);
  });
});

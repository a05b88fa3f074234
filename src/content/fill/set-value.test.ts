// @vitest-environment happy-dom
// What counts as the user's own value, which a fill keeps unless the user asks to replace it.
import { expect, it } from 'vitest';
import { hasUserValue } from './set-value';

function input(value: string): HTMLInputElement {
  const el = document.createElement('input');
  el.value = value;
  return el;
}

it('a phone box holding only the dialling code or an empty mask the shop put there is empty; a number in it is the user\'s', () => {
  for (const v of ['', '+44', ' +966 ', '+', '+7 (___) ___-__-__', '(___) ___-____']) expect(hasUserValue(input(v), 'tel'), v).toBe(false);
  expect(hasUserValue(input('+358'), 'tel-country-code')).toBe(false);
  for (const v of ['+44 20 7946 0958', '020 7946', '44', '+1 (415) 5']) expect(hasUserValue(input(v), 'tel'), v).toBe(true);
});

it('any other box with text in it holds the user\'s value, a dialling code too', () => {
  expect(hasUserValue(input('+44'), 'address-line2')).toBe(true);
  expect(hasUserValue(input('Ada'), 'given-name')).toBe(true);
  expect(hasUserValue(input('  '), 'given-name')).toBe(false);
});

it('a select holds the user\'s choice once moved off the option it showed at first', () => {
  const select = document.createElement('select');
  select.innerHTML = '<option disabled>Month</option><option>01</option><option>02</option>';
  expect(hasUserValue(select, 'cc-exp-month')).toBe(false);
  select.value = '02';
  expect(hasUserValue(select, 'cc-exp-month')).toBe(true);
});

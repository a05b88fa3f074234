import { expect, it } from 'vitest';
import { normalizeText } from '../text';
import { MONTH_START } from './index';
import { MONTH_NAMES } from './months';

it('recognises every month word of the table at the start of an option, as the page writes it', () => {
  for (const word of MONTH_NAMES) {
    const option = normalizeText(`${word.toUpperCase()}ember`); // "Août" or "AOÛTember": capitals and accents folded
    expect([word, MONTH_START.test(option)]).toEqual([word, true]);
  }
  expect(MONTH_START.test(normalizeText('Août'))).toBe(true);
  expect(MONTH_START.test('paris')).toBe(false); // "par" is no month; a month word must start the text
  expect(MONTH_START.test('2 aout')).toBe(false);
});

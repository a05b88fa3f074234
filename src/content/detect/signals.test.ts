import { describe, expect, it } from 'vitest';
import { foldNumbers } from './signals';

describe('foldNumbers', () => {
  it('folds each run of two or more digits to 0, as the regex replace it stands for', () => {
    const cases = ['', '7', '17', 'a1b2', 'Street 17', 'street17', 'items[17].qty 3', '123abc45', '12 3 45', '１７ 17', 'x0099y', 'no digits'];
    for (const text of cases) expect(foldNumbers(text)).toBe(text.replace(/\d{2,}/g, '0'));
  });
});

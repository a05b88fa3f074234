// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { kindOf, type Control } from './controls';
import { foldNumbers, LabelIndex, readSignals } from './signals';

describe('foldNumbers', () => {
  it('folds each run of two or more digits to 0, as the regex replace it stands for', () => {
    const cases = ['', '7', '17', 'a1b2', 'Street 17', 'street17', 'items[17].qty 3', '123abc45', '12 3 45', '１７ 17', 'x0099y', 'no digits'];
    for (const text of cases) expect(foldNumbers(text)).toBe(text.replace(/\d{2,}/g, '0'));
  });
});

describe('readSignals', () => {
  const signals = (html: string) => {
    document.body.innerHTML = html;
    const el = document.querySelector<Control>('input,select,textarea')!;
    return readSignals(el, kindOf(el), new LabelIndex());
  };

  it('reads the attributes a control has, and data-placeholder only where placeholder is absent', () => {
    expect(signals('<input data-placeholder="Postcode" maxlength="8" autocomplete="shipping postal-code" aria-label="Zip">')).toMatchObject({
      placeholder: 'postcode',
      maxLength: 8,
      label: 'zip',
      ac: { type: 'postal-code', mode: 'shipping' },
    });
    expect(signals('<input placeholder="" data-placeholder="City">').placeholder).toBe('');
    expect(signals('<input size="5" aria-labelledby="l"><span id="l">Card number</span>')).toMatchObject({ maxLength: 5, label: 'card number' });
  });

  it('finds attributes whatever case the page wrote them in', () => {
    expect(signals('<INPUT PLACEHOLDER="Street" MAXLENGTH="40">')).toMatchObject({ placeholder: 'street', maxLength: 40 });
  });
});

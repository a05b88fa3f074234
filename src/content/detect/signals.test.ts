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
      labelKey: 'zip',
      ac: { type: 'postal-code', mode: 'shipping' },
    });
    expect(signals('<input placeholder="" data-placeholder="City">').placeholder).toBe('');
    expect(signals('<input size="5" aria-labelledby="l"><span id="l">Card number</span>')).toMatchObject({ maxLength: 5, labelKey: 'card number' });
  });

  it('finds attributes whatever case the page wrote them in', () => {
    expect(signals('<INPUT PLACEHOLDER="Street" MAXLENGTH="40">')).toMatchObject({ placeholder: 'street', maxLength: 40 });
  });

  it('reads text after a box with none before it (a floating label), but not the next box\'s label', () => {
    expect(signals('<div><input><span>Postcode</span></div>').nearby).toBe('postcode');
    expect(signals('<div><input><label>Email <input></label></div>').nearby).toBe('');
  });

  it('reads text before a box, but not the label of the box before it ("<label>City <input></label><select>")', () => {
    const nearbyOfLast = (html: string) => {
      document.body.innerHTML = html;
      const el = [...document.querySelectorAll<Control>('input,select')].at(-1)!;
      return readSignals(el, kindOf(el), new LabelIndex()).nearby;
    };
    expect(nearbyOfLast('<div><span>State</span><select></select></div>')).toBe('state');
    expect(nearbyOfLast('<div><label>City <input></label><select></select></div>')).toBe('');
  });

  it('reads a label that wraps its box by the text before the box, or after it with nothing before', () => {
    // Validation messages inside the label (Angular, React forms) name the city, state and ZIP.
    const messages = '<span>Please enter a city.</span><span>Please double-check the city, state, and ZIP code.</span>';
    expect(signals(`<label><b>City</b> <input>${messages}</label>`).labelKey).toBe('city');
    expect(signals('<label><input><span>City</span></label>').labelKey).toBe('city');
    expect(signals('<label><span>*</span><input><span>Postcode</span></label>').labelKey).toBe('postcode');
  });

  it('finds the label beside a widget that wraps its input in first-child boxes, but not past another control', () => {
    // A combobox (Angular ng-select, react-select): the value box before the input is empty.
    const combobox = (label: string) =>
      `${label}<x-dropdown><div><div><div><div></div><div role="combobox"><input aria-autocomplete="list"></div></div></div></div></x-dropdown>`;
    const nearby = (html: string) => {
      document.body.innerHTML = html;
      const el = document.querySelector<Control>('[aria-autocomplete]')!;
      return readSignals(el, 'text', new LabelIndex()).nearby;
    };
    expect(nearby(`<div>${combobox('<label>Postcode</label>')}</div>`)).toBe('postcode');
    expect(nearby(`<div>${combobox('<label>Postcode</label><select></select>')}</div>`)).toBe('');
    // Levels where the box has siblings before it still count: four of them, as before.
    expect(signals('<p>Heading</p><div><b></b><div><b></b><div><b></b><div><b></b><input></div></div></div></div>').nearby).toBe('');
  });
});

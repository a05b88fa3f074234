// @vitest-environment happy-dom
// What reading a select's options costs the page. The country names are built from Intl.DisplayNames
// on first use, which costs the page's first Intl call: a card form's month and year lists never ask
// for them. Each list is read once, not on every pass.
import { afterEach, expect, it, vi } from 'vitest';
import { classifyOptions } from './options';

function select(...texts: string[]): HTMLSelectElement {
  const el = document.createElement('select');
  for (const text of texts) el.append(Object.assign(document.createElement('option'), { text, value: text }));
  return el;
}

const Real = Intl.DisplayNames;
const intl = Intl as { DisplayNames: typeof Real }; // read-only in the types, a plain property at run time
afterEach(() => {
  intl.DisplayNames = Real;
});

it('builds the country names only for a list that may be one', () => {
  let built = 0;
  intl.DisplayNames = class extends Real {
    constructor(...args: ConstructorParameters<typeof Real>) {
      super(...args);
      built++;
    }
  };
  expect(classifyOptions(select('MM', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'))).toBe('month');
  expect(classifyOptions(select('YYYY', '2026', '2027', '2028', '2029', '2030', '2031'))).toBe('future-years');
  expect(classifyOptions(select('1', '2', '3', '4'))).toBe(null);
  expect(built).toBe(0);
  expect(classifyOptions(select('Germany', 'France', 'Spain'))).toBe('country');
  expect(built).toBeGreaterThan(0);
});

it('reads a list of options once per page, however many passes or selects show it, and again once it changes', () => {
  const reads = vi.spyOn(HTMLSelectElement.prototype, 'options', 'get');
  const months = ['Month', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const billing = select(...months);
  expect(classifyOptions(billing)).toBe('month');
  expect(classifyOptions(billing)).toBe('month');
  expect(classifyOptions(select(...months))).toBe('month');
  expect(reads).toHaveBeenCalledTimes(1);
  billing.replaceChildren(...select('Country', 'Germany', 'France', 'Spain').children);
  expect(classifyOptions(billing)).toBe('country');
  expect(reads).toHaveBeenCalledTimes(2);
  reads.mockRestore();
});

it('reads a list longer than a country list afresh, and only its first options', () => {
  const cities = select('City', ...Array.from({ length: 400 }, (_, i) => `Town ${i}`));
  const reads = vi.spyOn(HTMLSelectElement.prototype, 'options', 'get');
  const texts = vi.spyOn(HTMLOptionElement.prototype, 'text', 'get');
  expect(classifyOptions(cities)).toBe(null);
  expect(classifyOptions(cities)).toBe(null);
  expect(reads).toHaveBeenCalledTimes(2);
  expect(texts.mock.calls.length).toBeLessThan(400); // not every option's, on either pass
  reads.mockRestore();
  texts.mockRestore();
});

it("reads a list of Japan's prefectures, China's provinces or Taiwan's counties and cities as a region list, and a list of cities as none", () => {
  expect(classifyOptions(select('都道府県を選択', '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '東京都', '大阪府'))).toBe('region');
  expect(classifyOptions(select('请选择', '北京市', '天津市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '内蒙古自治区'))).toBe('region');
  expect(classifyOptions(select('請選擇', '臺北市', '新北市', '桃園市', '臺中市', '新竹縣', '苗栗縣', '彰化縣', '南投縣', '雲林縣', '宜蘭縣'))).toBe('region');
  expect(classifyOptions(select('请选择', '广州市', '深圳市', '珠海市', '汕头市', '佛山市', '韶关市'))).toBe(null);
});

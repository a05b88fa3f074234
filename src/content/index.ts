// Content script entry: classifies the page's form fields and tells the background how many card
// and address fields it found (the toolbar badge), again whenever the forms change. It never
// receives vault data here; fills come in a later module.
import browser from 'webextension-polyfill';
import { isCardType } from '../core/field-types';
import { classifyForms, watchForms, type FormModel } from './detect';

let lastSent = '';

function report(model: FormModel): void {
  let payment = 0;
  let address = 0;
  for (const f of model.fields) {
    if (f.type === 'none') continue;
    if (isCardType(f.type)) payment++;
    else address++;
  }
  const key = `${payment}/${address}`;
  if (key === lastSent || (window !== window.top && payment + address === 0 && lastSent === '')) return;
  lastSent = key;
  browser.runtime.sendMessage({ type: 'content.formsFound', payment, address }).catch(() => {
    // the extension was reloaded or the worker is starting: the next report will get through
  });
}

report(classifyForms(document));
watchForms(document, report, 1000);

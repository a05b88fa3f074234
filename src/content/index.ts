// Content script entry: classifies the page's form fields and tells the background how many card
// and address fields it found (the toolbar badge), again whenever the forms change. It never
// receives vault data here; fills come in a later module.
import { isCardType } from '../core/field-types';
import type { ContentRequest } from '../core/protocol';
import { classifyForms, watchForms, type FormModel } from './detect';

// The native promise-returning API (browser.* in Firefox, chrome.* in Chrome MV3): the polyfill
// would cost a quarter of the content script's size budget for one call.
interface Runtime {
  runtime: { sendMessage(message: ContentRequest): Promise<unknown> };
}
const ext = (globalThis as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome;

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
  ext?.runtime.sendMessage({ type: 'content.formsFound', payment, address }).catch(() => {
    // the extension was reloaded or the worker is starting: the next report will get through
  });
}

report(classifyForms(document));
watchForms(document, report, 1000);

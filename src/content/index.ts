// Content script entry: finds checkout fields on the page and tells the background, which shows the
// count on the toolbar badge. It never receives vault data here; fills come in a later module.
import browser from 'webextension-polyfill';
import { countCheckoutFields } from './detect/autocomplete';

function report(): void {
  const { payment, address } = countCheckoutFields(document);
  if (window !== window.top && payment + address === 0) return;
  browser.runtime.sendMessage({ type: 'content.formsFound', payment, address }).catch(() => {
    // the extension was reloaded or the worker is starting: the next report will get through
  });
}

report();

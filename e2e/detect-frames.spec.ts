// The classifier in real Chromium on frames and shadow roots (happy-dom, used by the unit tests, has
// no frame documents): the controls of a same-origin frame and of an open shadow root are found at
// their place in the page; a frame without controls and an opaque-origin frame add nothing.
import { test, expect, type Page } from '@playwright/test';
import { chromium } from 'playwright';
import { bundleDetect } from '../scripts/bundle-detect.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';

async function classified(page: Page, bundle: string): Promise<string[]> {
  await page.evaluate(bundle);
  return page.evaluate(() =>
    (globalThis as any).walletDetect.classifyForms(document).fields.map((f: { element: Element; type: string }) => `${f.element.getAttribute('name')}:${f.type}`),
  );
}

test('same-origin frames and open shadow roots are classified in document order', async () => {
  const bundle = (await bundleDetect()).replace(/^var walletDetect\b/m, 'globalThis.walletDetect');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(`<form>
      <label>Email <input name="before" autocomplete="email"></label>
      <iframe srcdoc="<p>nothing here</p>"></iframe>
      <iframe srcdoc="<label>Postcode <input name='inside' autocomplete='postal-code'></label>"></iframe>
      <iframe src="data:text/html,<input name='opaque' autocomplete='tel'>"></iframe>
      <label>Phone <input name="after" autocomplete="tel"></label></form>`);
    await page.waitForFunction(() => document.querySelectorAll('iframe')[1]?.contentDocument?.querySelector('input'));
    expect(await classified(page, bundle)).toEqual(['before:email', 'inside:postal-code', 'after:tel']);

    await page.setContent(`<form><label>Email <input name="before" autocomplete="email"></label><div id="host"></div>
      <label>Phone <input name="after" autocomplete="tel"></label></form>`);
    await page.evaluate(() => {
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = `<label>City <input name="shadow" autocomplete="address-level2"></label>`;
    });
    expect(await classified(page, bundle)).toEqual(['before:email', 'shadow:address-level2', 'after:tel']);
  } finally {
    await browser.close();
  }
});

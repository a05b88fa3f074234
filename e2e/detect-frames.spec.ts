// The classifier in real Chromium on frames and shadow roots (happy-dom, used by the unit tests, has
// no frame documents): the controls of a same-origin srcdoc frame and of an open shadow root are found
// at their place in the page; a frame without controls, an opaque-origin frame and a same-origin
// http(s) frame (which runs its own content script) add nothing.
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

    // A same-origin http(s) frame runs the content script itself: walking it from the page too would count its fields twice.
    await page.route('http://shop.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: route.request().url().endsWith('/frame')
          ? `<label>Postcode <input name="own" autocomplete="postal-code"></label>`
          : `<form><label>Email <input name="before" autocomplete="email"></label><iframe src="/frame"></iframe>
             <iframe srcdoc="<label>City <input name='inside' autocomplete='address-level2'></label>"></iframe></form>`,
      }),
    );
    await page.goto('http://shop.test/checkout');
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.querySelector('input')));
    expect(await classified(page, bundle)).toEqual(['before:email', 'inside:address-level2']);
    await page.unroute('http://shop.test/**');

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

test('fields a shadow root or a frame gets later are picked up by the form watcher', async () => {
  const bundle = (await bundleDetect()).replace(/^var walletDetect\b/m, 'globalThis.walletDetect');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(`<form><label>Email <input name="before" autocomplete="email"></label><div id="host"></div></form>`);
    await page.evaluate(bundle);
    await page.evaluate(() => {
      const w = globalThis as any;
      document.getElementById('host')!.attachShadow({ mode: 'open' }); // a component that renders later
      w.seen = [];
      const first = w.walletDetect.classifyForms(document);
      w.walletDetect.watchForms(document, first, (m: any) => (w.seen = m.fields.map((f: any) => f.element.getAttribute('name'))), 50);
    });
    // Inside the shadow root only: nothing changes in the page's own tree.
    await page.evaluate(() => {
      document.getElementById('host')!.shadowRoot!.innerHTML = `<label>City <input name="shadow" autocomplete="address-level2"></label>`;
    });
    await expect.poll(() => page.evaluate(() => (globalThis as any).seen)).toEqual(['before', 'shadow']);
    // A srcdoc frame: its document is replaced when it loads, after the change that added the frame.
    await page.evaluate(() => {
      const frame = Object.assign(document.createElement('iframe'), { srcdoc: `<label>Postcode <input name='inside' autocomplete='postal-code'></label>` });
      document.querySelector('form')!.append(frame);
    });
    await expect.poll(() => page.evaluate(() => (globalThis as any).seen)).toEqual(['before', 'shadow', 'inside']);
  } finally {
    await browser.close();
  }
});

// A page must not tell that the wallet is installed by probing its files at their static URLs
// (chrome-extension://<id>/…): the menu page and the content script's lazily loaded module are
// reachable only at the per-session dynamic URL the content script gets from runtime.getURL.
import { expect, test } from './fixtures';
import { choose, expectValues, seedWallet } from './fill-helpers';

test('a page cannot load content-ui.js or menu.html by their static URLs; the menu still works', async ({ wallet, popup, extensionId, shopURL }) => {
  await seedWallet(popup);
  const page = await wallet.newPage();
  await page.goto(`${shopURL}/checkout.html`);
  // Load the module the way the wallet does first, so nothing is refused only for not being loaded yet.
  await choose(page, page.getByLabel('Full name'), /Home/);
  await expectValues(page, { name: 'Ada Lovelace' });
  // Nor does the page's performance timeline name the wallet's files (resources, long-frame scripts).
  const timeline = await page.evaluate(() =>
    performance.getEntries().flatMap((e) => [e.name, ...((e as { scripts?: { sourceURL: string }[] }).scripts ?? []).map((s) => s.sourceURL)]),
  );
  expect(timeline.filter((n) => /extension:/.test(n))).toEqual([]);

  const probes = await page.evaluate(async (id) => {
    const fetched = async (url: string) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'refused';
      }
    };
    const tagged = (url: string, tag: 'script' | 'link') =>
      new Promise<string>((resolve) => {
        const el = document.createElement(tag);
        el.addEventListener('load', () => resolve('loaded'));
        el.addEventListener('error', () => resolve('refused'));
        if (el instanceof HTMLScriptElement) el.src = url;
        else Object.assign(el as HTMLLinkElement, { rel: 'stylesheet', href: url });
        document.head.append(el);
      });
    const out: Record<string, string> = {};
    for (const file of ['content-ui.js', 'menu.html']) {
      const url = `chrome-extension://${id}/${file}`;
      out[`fetch ${file}`] = await fetched(url);
      out[`script ${file}`] = await tagged(url, 'script');
      out[`link ${file}`] = await tagged(url, 'link');
    }
    return out;
  }, extensionId);
  expect(probes).toEqual({
    'fetch content-ui.js': 'refused',
    'script content-ui.js': 'refused',
    'link content-ui.js': 'refused',
    'fetch menu.html': 'refused',
    'script menu.html': 'refused',
    'link menu.html': 'refused',
  });
});

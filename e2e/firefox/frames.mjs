// The wallet's extension frames inside web pages (the inline menu, menu.html, and the save offer,
// offer.html), for the Firefox tests. puppeteer's BiDi Firefox lists them with the URL
// "about:blank", but code evaluated in them runs in the real extension page: that is how a test
// finds them and reads what they show. Clicks are real mouse clicks on the top page, at the place
// where the element is drawn (the frame fills its popover host exactly), so the frames' guards
// (trusted events only, none in the first 500 ms) see what they see from a user. A field in a
// cross-origin frame has the menu in that frame's document: helpers take it as `shownIn`.
import { AssertionError } from 'node:assert/strict';
import { EXT_ORIGIN, byLabel, waitFor } from './harness.mjs';

/** The tallest the menu frame gets (src/content/menu/anchor.ts MAX_HEIGHT); past it the menu scrolls. */
export const MENU_MAX_HEIGHT = 320;

/** `fn` evaluated in `frame`, or `fallback` when it throws or hangs (a frame being replaced can do either). */
const probe = (frame, fn, fallback) =>
  Promise.race([frame.evaluate(fn).catch(() => fallback), new Promise((r) => setTimeout(() => r(fallback), 2_000))]);

/**
 * The frames of `page` showing the extension page `file` ('menu.html' or 'offer.html') and still in
 * the page, each with whether it takes clicks yet (body[data-ready], set 500 ms after it shows).
 * BiDi may still list a frame the wallet has just replaced (the offer gets a fresh frame when the
 * next page asks for it): such a frame is skipped. `except`: frames to pass over.
 */
async function extFrames(page, file, except = new Set()) {
  const found = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame() || f.detached || except.has(f)) continue;
    const s = await probe(f, () => ({ href: location.href, framed: window.parent !== window, ready: document.body?.hasAttribute('data-ready') ?? false }), null);
    if (s?.framed && s.href.startsWith(`${EXT_ORIGIN}/${file}`)) found.push({ frame: f, ready: s.ready });
  }
  return found;
}

/** A frame of `page` showing the extension page `file`, or null. */
export async function extFrame(page, file) {
  return (await extFrames(page, file))[0]?.frame ?? null;
}

/**
 * The wallet's popover hosts in `doc`, the page or a frame (the menu is placed by its left edge under
 * the field, the offer by its right edge at the top): the box in that document's viewport, whether
 * all of it lies in the viewport, and whether it runs to the viewport's top or bottom edge (no room
 * to grow).
 */
const hostBox = (doc, offer) =>
  doc.evaluate((offer) => {
    const host = [...document.documentElement.children].find((e) => e.hasAttribute('popover') && (e.style.left === 'auto') === offer);
    if (!host) return null;
    const { left, top, width, height, right, bottom } = host.getBoundingClientRect();
    return { left, top, width, height, inView: left >= 0 && top >= 0 && right <= innerWidth && bottom <= innerHeight, toEdge: top <= 0 || bottom >= innerHeight };
  }, offer);
export const menuHost = (doc) => hostBox(doc, false);
export const offerHost = (doc) => hostBox(doc, true);

/** Where the viewport of `doc` (the page, or a frame in it) starts in the page's viewport. */
async function originOf(doc) {
  const el = await doc.frameElement?.(); // a Page has no frameElement(), its main frame gives null
  if (!el) return { x: 0, y: 0 };
  const { x, y } = await el.boundingBox(); // puppeteer adds the frames around it
  const inset = await el.evaluate((e) => {
    const s = getComputedStyle(e);
    return { x: e.clientLeft + parseFloat(s.paddingLeft), y: e.clientTop + parseFloat(s.paddingTop) };
  });
  return { x: x + inset.x, y: y + inset.y };
}

/** Waits until the frame `file` is shown and takes clicks (it sets body[data-ready] after 500 ms). */
export async function readyFrame(page, file, { timeout = 20_000, except } = {}) {
  return waitFor(
    async () => (await extFrames(page, file, except)).findLast((f) => f.ready)?.frame ?? null, // the newest one
    { timeout, message: `${file} shown and ready in the page` },
  );
}

/** What the menu page shows: the height its content wants (with the body's border) and whether it scrolls. */
export const menuContent = (frame) =>
  frame.evaluate(() => ({
    height: Math.ceil(document.getElementById('menu').getBoundingClientRect().height) + 2,
    scrolls: document.body.scrollHeight > document.body.clientHeight,
    options: [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent),
    text: document.body.innerText,
  }));

/**
 * Clicks the field labelled `field` in `shownIn` (or the field itself, an element handle: one in a
 * shadow root) as a user and waits for the menu to take its content's height, or as much of it as
 * fits in `shownIn` (the document the menu opens in: the page, or a short cross-origin frame), and
 * then clicks. A shorter host must reach the viewport's edge: the host shown before the menu reports
 * its size is shorter too.
 */
export async function openMenu(page, field, shownIn = page) {
  await page.bringToFront();
  const before = new Set(page.frames()); // a menu already open closes on this click
  await (typeof field === 'string' ? await byLabel(shownIn, field) : field).click();
  const frame = await readyFrame(page, 'menu.html', { except: before });
  await waitFor(
    async () => {
      const host = await menuHost(shownIn);
      const want = Math.min(MENU_MAX_HEIGHT, (await menuContent(frame)).height);
      return host?.height === want || (host?.height < want && host.inView && host.toEdge);
    },
    { message: 'the menu frame as tall as its content, or as fits in view' },
  );
  // A menu that grew upwards (above its field) ignores clicks for 500 ms after the resize: once the
  // rendering step that dispatches it has run in the frame, wait for its ready marker again.
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await waitFor(() => frame.evaluate(() => document.body.hasAttribute('data-ready')), { message: 'the resized menu takes clicks' });
  return frame;
}

/**
 * The centre of the first element in `frame` matching `selector` whose text includes `text` (when
 * given), in the top page's coordinates, once it is wholly inside the frame's visible area.
 */
async function pointIn(frame, selector, text) {
  return frame.evaluate(
    (s, t) => {
      const el = [...document.querySelectorAll(s)].find((e) => t === null || e.textContent.includes(t));
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const inView = r.top >= 0 && r.bottom <= document.documentElement.clientHeight && r.height > 0;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, inView };
    },
    selector,
    text,
  );
}

/**
 * Clicks, with the mouse, the element of the wallet frame `file` on `page` matching `selector` (and
 * containing `text`). `host`: menuHost or offerHost; `shownIn`: the document holding the host.
 */
export async function clickInFrame(page, file, selector, { text = null, host = file === 'offer.html' ? offerHost : menuHost, shownIn = page } = {}) {
  await page.bringToFront();
  const frame = await readyFrame(page, file);
  const at = await waitFor(async () => {
    const p = await pointIn(frame, selector, text);
    return p?.inView ? p : null;
  }, { message: `${selector}${text ? ` "${text}"` : ''} visible in ${file}` });
  const box = await host(shownIn);
  if (!box) throw new AssertionError({ message: `no host for ${file} ${shownIn === page ? 'on the page' : 'in its frame'}` });
  const origin = await originOf(shownIn);
  await page.mouse.click(origin.x + box.left + at.x, origin.y + box.top + at.y);
}

/** Scrolls the menu with the mouse wheel, over the menu, until the option containing `text` is in view. */
export async function wheelToOption(page, frame, text) {
  const box = await menuHost(page);
  await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
  await waitFor(
    async () => {
      if ((await pointIn(frame, '[role="option"]', text))?.inView) return true;
      await page.mouse.wheel({ deltaY: 120 });
      return false;
    },
    { message: `option "${text}" scrolled into view`, interval: 150 },
  );
}

/** Waits for the wallet frame `file` to be gone from `page`. */
export async function frameGone(page, file, message = `${file} gone from the page`) {
  await waitFor(async () => !(await extFrame(page, file)), { message });
}

/** Waits for this one frame to leave its page (another may have opened meanwhile). */
export async function detached(frame, message = 'the frame leaves the page') {
  await waitFor(async () => frame.detached || !(await frame.evaluate(() => true).catch(() => false)), { message });
}

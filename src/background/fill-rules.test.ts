// The fill rules at the background boundary: who may ask for what, and which frame gets which values.
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldHint, SectionInfo, ToContent } from '../core/fill';
import type { Result } from '../core/protocol';
import { mayFlow } from './fill-policy';
import { makeHandlers } from './handlers';
import { dispatch, type Sender } from './router';
import { WalletSession } from './session';
import { SettingsStore } from './settings';
import { PendingOffers } from './capture/pending';
import { MemoryStore, RecordedAlarms } from './testing/memory-store';
import { UnlockThrottle } from './unlock-throttle';
import { Vault } from './vault';
import { WalletDb } from './vault-db';

const PASSWORD = 'correct horse battery';
const PAGE: Sender = { kind: 'page' };
const TOP: Sender = { kind: 'content', tabId: 4, frameId: 0, url: 'https://shop.example/checkout' };
const CARD_FRAME: Sender = { kind: 'content', tabId: 4, frameId: 7, url: 'https://pay.example/card?x' };
/** The documents' own keys (DOCUMENT_KEY in each content script). */
const TOP_DOC = 0.25;
const CARD_DOC = 0.75;
const MENU: Sender = { kind: 'menu', tabId: 4, frameId: 9 };
const card = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, csc: '123' };
const address = { name: 'Ada Lovelace', street: '12 Analytical Street', city: 'San Francisco', region: 'CA', postalCode: '94107', country: 'US' };

const field = (type: FieldHint['type']): FieldHint => ({ type, maxLength: -1, placeholder: '', pattern: '', control: 'text', visible: true });
const section = (id: string, kind: SectionInfo['kind'], ...types: FieldHint['type'][]): SectionInfo => ({ id, kind, fields: types.map(field) });
const TOP_SECTIONS = [section('s1', 'billing', 'name', 'address-line1'), section('s2', 'payment', 'cc-name')];
const CARD_SECTIONS = [section('s1', 'payment', 'cc-number', 'cc-exp', 'cc-csc')];

const dbs: WalletDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** `later`: what the top frame says when it is described during a fill (the n-th one the n-th time, then the last). */
async function setup({ ask = false, top = { doc: TOP_DOC, sections: TOP_SECTIONS }, later = [] as { doc: number; sections: SectionInfo[] }[] } = {}) {
  const db = new WalletDb(`fill-rules-${process.pid}-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  const local = new MemoryStore();
  const settings = new SettingsStore(local);
  const alarms = { create: () => {}, clear: async () => true };
  const session = new WalletSession(new MemoryStore(), alarms, () => settings.get());
  // What each frame says it holds when a fill asks (`fill.describe`): its document's key and its
  // sections; frame 8 never answers.
  const FIELDS: Record<number, { doc: number; sections: SectionInfo[] }> = { 0: top, 7: { doc: CARD_DOC, sections: CARD_SECTIONS } };
  // `moved`: how many fills the top frame refuses next because its menu had just moved.
  const tabs = { active: 4 as number | undefined, sent: [] as { tabId: number; frameId: number; msg: ToContent }[], described: [] as number[], moved: 0 };
  let n = 0;
  const handlers = makeHandlers({
    vault: new Vault(db, { name: 'argon2id', m: 256, t: 1, p: 1 }),
    session,
    throttle: new UnlockThrottle(local),
    settings,
    sessionStore: new MemoryStore(),
    showFormsFound: async () => {},
    pending: new PendingOffers(new MemoryStore(), new RecordedAlarms(), Date.now),
    tabs: {
      activeTabId: async () => tabs.active,
      sendToFrame: async (tabId, frameId, _doc, msg) => {
        if (msg.type === 'fill.describe') {
          const n = tabs.described.filter((f) => f === 0).length;
          tabs.described.push(frameId);
          if (frameId === 0 && later.length) return later[Math.min(n, later.length - 1)];
          return frameId === 8 ? new Promise(() => {}) : FIELDS[frameId];
        }
        tabs.sent.push({ tabId, frameId, msg });
        if (frameId === 0 && tabs.moved > 0) {
          tabs.moved--;
          return { filled: 0, rejected: [], skipped: 0, moved: true };
        }
        return { filled: 1, rejected: [], skipped: 0 };
      },
    },
    newToken: () => `token-${String(++n).padStart(12, '0')}`,
    now: () => 1000,
  });
  const call = <T = unknown>(req: unknown, from: Sender = PAGE) => dispatch(req, from, handlers) as Promise<Result<T>>;
  await call({ type: 'vault.create', password: PASSWORD });
  const put = async (kind: string, data: unknown) => ((await call<{ id: string }>({ type: 'items.put', item: { kind, data } })) as { value: { id: string } }).value.id;
  const cardId = await put('card', card);
  const addressId = await put('address', address);
  const profileId = await put('profile', { name: 'Home', cardId, billingId: addressId, shippingId: addressId });
  await call({ type: 'settings.set', settings: { askBeforeFillingCards: ask } });
  await call({ type: 'content.formsFound', payment: 3, address: 0, since: 1000 }, CARD_FRAME);
  await call({ type: 'content.formsFound', payment: 1, address: 2, since: 1000 }, TOP);
  const open = async (from: Sender = TOP, frames = ['https://pay.example/card?x']) =>
    ((await call<{ token: string }>({ type: 'content.menuOpen', section: 's2', sections: TOP_SECTIONS, lang: 'en', frames, doc: TOP_DOC }, from)) as { value: { token: string | null } }).value.token!;
  return { call, tabs, open, cardId, profileId, handlers };
}

const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

describe('who may ask', () => {
  it('content scripts get a token, never values, when they open a menu', async () => {
    const { call, tabs } = await setup();
    const res = await call({ type: 'content.menuOpen', section: 's2', sections: TOP_SECTIONS, lang: 'en', frames: [], doc: TOP_DOC }, TOP);
    expect(res).toEqual({ ok: true, value: { token: 'token-000000000001' } });
    expect(JSON.stringify(res)).not.toContain('4242');
    expect(tabs.sent).toEqual([]);
  });

  it('a content script may not make menu requests; the menu may not make page requests', async () => {
    const { call, open } = await setup();
    const token = await open();
    expect(code(await call({ type: 'menu.entries', token }, TOP))).toBe('forbidden');
    expect(code(await call({ type: 'items.list' }, MENU))).toBe('forbidden');
    expect(code(await call({ type: 'menu.entries', token, tabId: 4 }, MENU))).toBe('invalid-message');
  });

  it('a menu frame in another tab, or a second menu frame, gets nothing', async () => {
    const { call, open } = await setup();
    const token = await open();
    expect(code(await call({ type: 'menu.entries', token }, { kind: 'menu', tabId: 5, frameId: 9 }))).toBe('forbidden');
    expect(code(await call({ type: 'menu.entries', token }, MENU))).toBe('ok');
    expect(code(await call({ type: 'menu.entries', token }, { kind: 'menu', tabId: 4, frameId: 10 }))).toBe('forbidden');
  });

  it('the menu lists masked entries only', async () => {
    const { call, open } = await setup();
    const res = await call<{ entries: { label: string }[] }>({ type: 'menu.entries', token: await open() }, MENU);
    expect(res.ok && res.value.entries.map((e) => e.label)).toEqual(['Home', 'Visa •••• 4242, exp 08/29']);
  });

  it('an excluded site gets no menu', async () => {
    const { call } = await setup();
    await call({ type: 'settings.set', settings: { excludedSites: ['https://shop.example'] } });
    const res = await call({ type: 'content.menuOpen', section: 's2', sections: TOP_SECTIONS, lang: 'en', frames: [], doc: TOP_DOC }, TOP);
    expect(res).toEqual({ ok: true, value: { token: null } });
  });

  it('"never offer here" excludes the origin of the frame the offer came from, never one the message names', async () => {
    const { call, open, tabs } = await setup();
    await call({ type: 'settings.set', settings: { excludedSites: ['https://bank.example'] } });
    const token = await open({ ...CARD_FRAME, frameId: 7 });
    expect(code(await call({ type: 'menu.exclude', token, site: 'https://other.example' }, MENU))).toBe('invalid-message');
    expect(code(await call({ type: 'menu.exclude', token }, { kind: 'menu', tabId: 5, frameId: 9 }))).toBe('forbidden');
    expect(code(await call({ type: 'menu.exclude', token }, TOP))).toBe('forbidden');
    expect(code(await call({ type: 'menu.exclude', token }, MENU))).toBe('ok');
    const settings = await call<{ excludedSites: string[] }>({ type: 'settings.get' });
    expect(settings.ok && settings.value.excludedSites).toEqual(['https://bank.example', 'https://pay.example']);
    expect(tabs.sent).toEqual([{ tabId: 4, frameId: 7, msg: { type: 'menu.hide' } }]);
    // The offer is gone with the menu, and the site gets no new one.
    expect(code(await call({ type: 'menu.entries', token }, MENU))).toBe('forbidden');
    expect(await call({ type: 'content.menuOpen', section: 's1', sections: CARD_SECTIONS, lang: 'en', frames: [], doc: CARD_DOC }, CARD_FRAME)).toEqual({ ok: true, value: { token: null } });
  });

  it('"never offer here" refuses, and keeps the list, when the excluded sites are full', async () => {
    const { call, open } = await setup();
    const full = Array.from({ length: 1000 }, (_, i) => `https://s${i}.example`);
    await call({ type: 'settings.set', settings: { excludedSites: full } });
    expect(code(await call({ type: 'menu.exclude', token: await open() }, MENU))).toBe('list-full');
    const settings = await call<{ excludedSites: string[] }>({ type: 'settings.get' });
    expect(settings.ok && settings.value.excludedSites).toEqual(full);
  });

  it("the menu's wanted height goes to the frame of its offer only, with its token", async () => {
    const { call, open, tabs } = await setup();
    const token = await open();
    expect(code(await call({ type: 'menu.resize', token, height: 10_001 }, MENU))).toBe('invalid-message');
    expect(code(await call({ type: 'menu.resize', token, height: 90 }, { kind: 'menu', tabId: 5, frameId: 9 }))).toBe('forbidden');
    expect(code(await call({ type: 'menu.resize', token, height: 90 }, MENU))).toBe('ok');
    expect(tabs.sent).toEqual([{ tabId: 4, frameId: 0, msg: { type: 'menu.size', token, height: 90 } }]);
  });
});

describe('which frame gets which values', () => {
  it('after a choice: the top frame its own fields, the hosted card frame the card number, expiry and CVC', async () => {
    const { call, tabs, open, profileId } = await setup();
    const token = await open();
    await call({ type: 'menu.entries', token }, MENU);
    expect(code(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU))).toBe('ok');
    const byFrame = Object.fromEntries(tabs.sent.map((s) => [s.frameId, s.msg]));
    expect(byFrame[0]).toEqual({ type: 'fill.apply', doc: TOP_DOC, replace: false, values: { s1: ['Ada Lovelace', '12 Analytical Street'], s2: ['Ada Lovelace'] } });
    expect(byFrame[7]).toEqual({ type: 'fill.apply', doc: CARD_DOC, replace: false, values: { s1: ['4242424242424242', '08/29', '123'] } });
    expect(tabs.sent.every((s) => s.tabId === 4)).toBe(true);
    // The card frame was asked for its fields when the fill reached it; the top frame sent its own with the offer.
    expect(tabs.described).toEqual([7]);
  });

  it('a frame of the form that never says what it holds, or says nonsense, gets nothing; the others are filled', async () => {
    const { call, tabs, open, profileId } = await setup();
    const SLOW: Sender = { kind: 'content', tabId: 4, frameId: 8, url: 'https://slow.example/card' };
    const ODD: Sender = { kind: 'content', tabId: 4, frameId: 6, url: 'https://odd.example/card' };
    await call({ type: 'content.formsFound', payment: 3, address: 0, since: 1000 }, SLOW);
    await call({ type: 'content.formsFound', payment: 3, address: 0, since: 1000 }, ODD); // FIELDS has nothing for frame 6: it answers undefined
    const token = await open(TOP, [CARD_FRAME.url, SLOW.url, ODD.url]);
    await call({ type: 'menu.entries', token }, MENU);
    expect(code(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU))).toBe('ok');
    expect(tabs.described.sort()).toEqual([6, 7, 8]);
    expect(tabs.sent.map((s) => s.frameId).sort()).toEqual([0, 7]);
  });

  it('a frame that reported on a page the tab has since left is not asked or filled, even at the same address', async () => {
    const { call, tabs, open, profileId } = await setup();
    const LEFT: Sender = { kind: 'content', tabId: 4, frameId: 5, url: CARD_FRAME.url };
    await call({ type: 'content.formsFound', payment: 3, address: 0, since: 400 }, LEFT);
    await call({ type: 'content.formsFound', payment: 1, address: 2, since: 1000 }, TOP); // the top document started later
    const token = await open();
    await call({ type: 'menu.entries', token }, MENU);
    expect(code(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU))).toBe('ok');
    expect(tabs.described).toEqual([7]);
    expect(tabs.sent.map((s) => s.frameId).sort()).toEqual([0, 7]);
  });

  it('a frame not listed as visible in the form gets nothing', async () => {
    const { call, tabs, open, profileId } = await setup();
    const token = await open(TOP, []);
    await call({ type: 'menu.entries', token }, MENU);
    await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU);
    expect(tabs.sent.map((s) => s.frameId)).toEqual([0]);
    expect(tabs.described).toEqual([]); // not even asked what it holds
  });

  it('nothing is sent while locked, for an inactive tab, or twice from one menu', async () => {
    const { call, tabs, open, profileId } = await setup();
    const token = await open();
    await call({ type: 'menu.entries', token }, MENU);
    await call({ type: 'vault.lock' });
    expect(code(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU))).toBe('locked');
    await call({ type: 'vault.unlock', password: PASSWORD });
    tabs.active = 5;
    expect(code(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU))).toBe('forbidden');
    expect(tabs.sent).toEqual([]);
    tabs.active = 4;
    const again = await open();
    await call({ type: 'menu.entries', token: again }, { ...MENU, frameId: 11 });
    expect(code(await call({ type: 'menu.choose', token: again, entryId: profileId, replace: false }, { ...MENU, frameId: 11 }))).toBe('ok');
    expect(code(await call({ type: 'menu.choose', token: again, entryId: profileId, replace: false }, { ...MENU, frameId: 11 }))).toBe('forbidden');
  });

  it('a menu that had just moved when chosen from: no frame is filled, and the next choice may fill', async () => {
    const { call, tabs, open, profileId } = await setup();
    const token = await open();
    await call({ type: 'menu.entries', token }, MENU);
    tabs.moved = 1;
    expect(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU)).toEqual({ ok: true, value: { filled: 0, rejected: [], skipped: 0, moved: true } });
    expect(tabs.sent.map((s) => s.frameId)).toEqual([0]); // the hosted card frame got nothing
    expect(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU)).toEqual({ ok: true, value: { filled: 2, rejected: [], skipped: 0 } });
    expect(tabs.sent.map((s) => s.frameId)).toEqual([0, 0, 7]);
    expect(code(await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU))).toBe('forbidden');
  });

  it('ask before filling cards: no password, or a wrong one, releases nothing', async () => {
    const { call, tabs, open, cardId } = await setup({ ask: true });
    const token = await open();
    await call({ type: 'menu.entries', token }, MENU);
    expect(code(await call({ type: 'menu.choose', token, entryId: cardId, replace: false }, MENU))).toBe('password-required');
    expect(code(await call({ type: 'menu.choose', token, entryId: cardId, replace: false, password: 'wrong password' }, MENU))).toBe('wrong-password');
    expect(tabs.sent).toEqual([]);
    expect(code(await call({ type: 'menu.choose', token, entryId: cardId, replace: false, password: PASSWORD }, MENU))).toBe('ok');
    expect(tabs.sent.length).toBe(2);
  });

  it('the keyboard shortcut fills only right after it was pressed', async () => {
    const { call, handlers } = await setup();
    const req = { type: 'content.fillDefault', section: 's2', sections: TOP_SECTIONS, lang: 'en', frames: [], doc: TOP_DOC };
    expect(code(await call(req, TOP))).toBe('forbidden');
    await handlers.fill.shortcutPressed();
    expect(code(await call(req, TOP))).toBe('not-found'); // no default profile chosen yet
  });
});

describe('a page that rebuilds the address when its country changes', () => {
  const select = (type: FieldHint['type'], options: [string, string][]): FieldHint => ({ ...field(type), control: 'select', options });
  const PROVINCES = select('address-level1', [['', 'Select a state'], ['74', 'Ontario'], ['76', 'Quebec']]);
  const STATES = select('address-level1', [['', 'Select a state'], ['12', 'California'], ['57', 'Texas']]);
  const COUNTRY = select('country', [['CA', 'Canada'], ['US', 'United States']]);
  const shipping = (...fields: FieldHint[]): SectionInfo[] => [{ id: 's1', kind: 'shipping', fields: [field('name'), ...fields] }];
  /** The menu opened on a page showing `shown`, and the profile chosen in it: the fill's outcome. */
  async function chooseProfile({ call, profileId }: Awaited<ReturnType<typeof setup>>, shown: SectionInfo[], replace: boolean) {
    const res = await call<{ token: string }>({ type: 'content.menuOpen', section: 's1', sections: shown, lang: 'en', frames: [], doc: TOP_DOC }, TOP);
    const token = (res as { value: { token: string } }).value.token;
    await call({ type: 'menu.entries', token }, MENU);
    return call({ type: 'menu.choose', token, entryId: profileId, replace }, MENU);
  }

  it('the state the old list lacked is filled from the rebuilt list, into empty fields only, and is not reported as refused', async () => {
    // The page lists Canada's provinces until the fill sets the country; then it lists the states.
    const wallet = await setup({ top: { doc: TOP_DOC, sections: shipping(STATES, COUNTRY) } });
    const { tabs } = wallet;
    const out = await chooseProfile(wallet, shipping(PROVINCES, COUNTRY), true);
    expect(tabs.sent.map((s) => s.msg)).toEqual([
      { type: 'fill.apply', doc: TOP_DOC, replace: true, values: { s1: ['Ada Lovelace', null, 'US'] } },
      { type: 'fill.apply', doc: TOP_DOC, replace: false, values: { s1: ['Ada Lovelace', '12', 'US'] } },
    ]);
    expect(tabs.described).toEqual([0]);
    // Each apply reports one field filled (the stub frame's answer).
    expect(out).toEqual({ ok: true, value: { filled: 2, rejected: [], skipped: 0 } });
  });

  it('a state list the page fetches is waited for: looked at again until it has the state, then no more', async () => {
    // The fill sets the country; at the first look again the page still shows its "loading" list.
    const LOADING = select('address-level1', [['', 'Loading…']]);
    const wallet = await setup({
      top: { doc: TOP_DOC, sections: shipping(PROVINCES, COUNTRY) },
      later: [{ doc: TOP_DOC, sections: shipping(LOADING, COUNTRY) }, { doc: TOP_DOC, sections: shipping(STATES, COUNTRY) }],
    });
    const { tabs } = wallet;
    const out = await chooseProfile(wallet, shipping(PROVINCES, COUNTRY), false);
    expect(tabs.sent.map((s) => s.msg)).toEqual([
      { type: 'fill.apply', doc: TOP_DOC, replace: false, values: { s1: ['Ada Lovelace', null, 'US'] } },
      { type: 'fill.apply', doc: TOP_DOC, replace: false, values: { s1: ['Ada Lovelace', '12', 'US'] } },
    ]);
    expect(tabs.described).toEqual([0, 0]);
    expect(out).toEqual({ ok: true, value: { filled: 2, rejected: [], skipped: 0 } });
  });

  it('a fill that sets no country is not described again', async () => {
    const wallet = await setup({ top: { doc: TOP_DOC, sections: shipping(STATES) } });
    const { tabs } = wallet;
    expect(await chooseProfile(wallet, shipping(PROVINCES), false)).toEqual({ ok: true, value: { filled: 1, rejected: ['address-level1'], skipped: 0 } });
    expect(tabs.sent).toHaveLength(1);
    expect(tabs.described).toEqual([]);
  });
});

describe('cross-origin frame policy', () => {
  const top = { frameId: 0, origin: 'https://shop.example', sandboxed: false };
  const pay = { frameId: 7, origin: 'https://pay.example', sandboxed: false };
  const ad = { frameId: 8, origin: 'https://ads.example', sandboxed: true };
  it('card number and CVC flow down from the top page only', () => {
    expect(mayFlow('cc-number', pay, top, top.origin)).toBe(true);
    expect(mayFlow('cc-number', top, pay, top.origin)).toBe(false);
    expect(mayFlow('cc-csc', { ...pay, frameId: 9, origin: 'https://other.example' }, pay, top.origin)).toBe(false);
  });
  it('name, expiry and brand may flow up; addresses only into the top origin; never a sandboxed frame', () => {
    expect(mayFlow('cc-exp', top, pay, top.origin)).toBe(true);
    expect(mayFlow('cc-name', top, pay, top.origin)).toBe(true);
    expect(mayFlow('address-line1', pay, top, top.origin)).toBe(false);
    expect(mayFlow('address-line1', top, pay, top.origin)).toBe(true);
    expect(mayFlow('cc-name', ad, top, top.origin)).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToContent } from '../../core/fill';
import type { OfferView } from '../../core/offer';
import type { Result } from '../../core/protocol';
import { makeHandlers } from '../handlers';
import { dispatch, type ContentSender, type Sender } from '../router';
import { WalletSession } from '../session';
import { SettingsStore } from '../settings';
import { MemoryStore, RecordedAlarms } from '../testing/memory-store';
import { UnlockThrottle } from '../unlock-throttle';
import { Vault } from '../vault';
import { WalletDb } from '../vault-db';
import type { CapturedSection } from './captured-items';
import { OFFER_ALARM_PREFIX, OFFER_TTL_MS, PendingOffers, type OfferAlarms } from './pending';

const PASSWORD = 'correct horse battery';
const TAB = 4;
const SHOP: ContentSender = { kind: 'content', tabId: TAB, frameId: 0, url: 'https://shop.example/checkout' };
const FRAME: Sender = { kind: 'menu', tabId: TAB, frameId: 9 };
const CARD_FORM: CapturedSection = { kind: 'payment', values: { 'cc-name': 'Ada Lovelace', 'cc-number': '4242 4242 4242 4242', 'cc-exp': '08/29', 'cc-csc': '987' } };
const ADDRESS_FORM: CapturedSection = {
  kind: 'billing',
  values: { name: 'Ada Lovelace', 'address-line1': '12 rue de Rivoli', 'address-level2': 'Paris', 'postal-code': '75001', country: 'FR' },
};

/** browser.alarms on (fake) timers: an alarm fires at its `when`, once; a new one of the same name replaces it. */
class TimerAlarms implements OfferAlarms {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  onAlarm: (name: string) => Promise<void> = async () => {};
  create(name: string, { when }: { when: number }) {
    void this.clear(name);
    this.timers.set(name, setTimeout(() => (this.timers.delete(name), void this.onAlarm(name)), when - Date.now()));
  }
  async clear(name: string) {
    clearTimeout(this.timers.get(name));
    return this.timers.delete(name);
  }
}

let dbCount = 0;
const dbs: WalletDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.useRealTimers();
});

async function setup(alarms: OfferAlarms = new RecordedAlarms()) {
  const db = new WalletDb(`offers-test-${process.pid}-${++dbCount}`);
  dbs.push(db);
  const local = new MemoryStore();
  const sessionStore = new MemoryStore();
  const offerStore = new MemoryStore();
  const settings = new SettingsStore(local);
  const session = new WalletSession(sessionStore, { create() {}, clear: async () => true }, () => settings.get());
  const vault = new Vault(db, { name: 'argon2id', m: 256, t: 1, p: 1 });
  const badge = new Map<number, boolean>();
  const sent: { tabId: number; frameId: number; msg: ToContent }[] = [];
  let tokens = 0;
  const handlers = makeHandlers({
    vault,
    session,
    throttle: new UnlockThrottle(local),
    settings,
    sessionStore: offerStore,
    pending: new PendingOffers(offerStore, alarms, Date.now),
    showFormsFound: async () => {},
    showOffer: async (tabId, pending) => void badge.set(tabId, pending),
    tabs: { activeTabId: async () => TAB, sendToFrame: async (tabId, frameId, _d, msg) => void sent.push({ tabId, frameId, msg }) },
    newToken: () => `token-${String(++tokens).padStart(12, '0')}`,
  });
  const call = (req: unknown, from: Sender = { kind: 'page' }) => dispatch(req, from, handlers);
  await call({ type: 'vault.create', password: PASSWORD });
  const lastToken = () => [...sent].reverse().find((s) => s.msg.type === 'offer.show')?.msg as { token: string } | undefined;
  const view = async (from: Sender = FRAME) => (await call({ type: 'offer.view', token: lastToken()!.token }, from)) as Result<OfferView>;
  const items = async () => ((await call({ type: 'items.list' })) as Result<{ kind: string; data: Record<string, unknown> }[]>);
  /** The keys of the proposals the offer frame shows now. */
  const keys = async () => valueOf(await view()).proposals.map((p) => p.key);
  return { handlers, call, local, offerStore, settings, badge, sent, lastToken, view, items, keys };
}

const valueOf = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}`);
  return r.value;
};

describe('save offer after a submitted checkout', () => {
  it('offers a new card in the page and on the badge, stores it only after Save', async () => {
    const { handlers, call, badge, sent, view, items, lastToken } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    expect(badge.get(TAB)).toBe(true);
    expect(sent.find((s) => s.msg.type === 'offer.show')).toMatchObject({ tabId: TAB, frameId: 0 });
    const offer = valueOf(await view());
    expect(offer).toMatchObject({ site: 'https://shop.example', state: 'unlocked', proposals: [{ action: 'save', kind: 'card', label: 'Visa •••• 4242, exp 08/29', changes: [] }] });
    expect(valueOf(await items())).toEqual([]); // nothing stored without a yes

    expect((await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: [offer.proposals[0]!.key] }, FRAME)).ok).toBe(true);
    const [saved] = valueOf(await items());
    expect(saved).toMatchObject({ kind: 'card', data: { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029 } });
    expect(saved!.data.csc).toBeUndefined();
    expect(badge.get(TAB)).toBe(false);
    expect(sent.at(-1)).toMatchObject({ tabId: TAB, frameId: 0, msg: { type: 'offer.hide' } });
    expect(valueOf((await call({ type: 'offers.list' })) as Result<OfferView[]>)).toEqual([]);
  });

  it('offers nothing for a card and address already in the vault', async () => {
    const { handlers, call, sent, offerStore } = await setup();
    await call({ type: 'items.put', item: { kind: 'card', data: { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029 } } });
    await call({ type: 'items.put', item: { kind: 'address', data: { name: 'Ada Lovelace', street: '12 Rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' } } });
    await handlers.offers.offerSave(SHOP, [CARD_FORM, ADDRESS_FORM]);
    expect(sent).toEqual([]);
    expect(offerStore.data.pendingOffers).toBeUndefined();
  });

  it('updates a changed address in place when the user says Save', async () => {
    const { handlers, call, view, items, lastToken, keys } = await setup();
    const { value } = (await call({ type: 'items.put', item: { kind: 'address', data: { label: 'Home', name: 'Ada Lovelace', street: '12 rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR' } } })) as Result<{ id: string }> & { value: { id: string } };
    await handlers.offers.offerSave(SHOP, [{ ...ADDRESS_FORM, values: { ...ADDRESS_FORM.values, 'address-line2': 'Bâtiment B', tel: '+33 6 12 34 56 78' } }]);
    expect(valueOf(await view()).proposals).toEqual([{ key: expect.any(String), action: 'update', kind: 'address', label: 'Home, Paris', changes: ['line2', 'phone'] }]);
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: await keys() }, FRAME);
    const list = valueOf(await items());
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: value.id, data: { label: 'Home', line2: 'Bâtiment B', phone: '+33 6 12 34 56 78' } });
  });

  it('saves only the proposals the user ticked; "Not now" stores nothing', async () => {
    const { handlers, call, items, lastToken, keys } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM, ADDRESS_FORM]);
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: [(await keys())[1]!] }, FRAME);
    expect(valueOf(await items()).map((i) => i.kind)).toEqual(['address']);
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'notNow', picks: [] }, FRAME);
    expect(valueOf(await items()).map((i) => i.kind)).toEqual(['address']);
  });

  it('"Never for this site" is remembered in the excluded sites and stops the next offer', async () => {
    const { handlers, call, settings, sent, lastToken } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'never', picks: [] }, FRAME);
    expect((await settings.get()).excludedSites).toEqual(['https://shop.example']);
    const shown = sent.length;
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    expect(sent.filter((s) => s.msg.type === 'offer.show')).toHaveLength(sent.slice(0, shown).filter((s) => s.msg.type === 'offer.show').length);
    expect(valueOf((await call({ type: 'offers.list' })) as Result<OfferView[]>)).toEqual([]);
  });

  it('shows the offer again on the next page of the tab, with a new token the old frame cannot use', async () => {
    const { handlers, call, sent, lastToken } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    const first = lastToken()!.token;
    await call({ type: 'offer.view', token: first }, FRAME);
    await call({ type: 'content.formsFound', payment: 0, address: 0, since: 1000 }, { ...SHOP, url: 'https://shop.example/thanks', documentId: 'doc-2' });
    const second = lastToken()!.token;
    expect(second).not.toBe(first);
    expect(sent.at(-1)).toMatchObject({ tabId: TAB, frameId: 0, msg: { type: 'offer.show', token: second } });
    expect((await call({ type: 'offer.view', token: first }, FRAME)) as Result<unknown>).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await call({ type: 'offer.view', token: second }, { kind: 'menu', tabId: TAB, frameId: 12 })).ok).toBe(true);
  });

  it('the show sent at the submit and the next page\'s show carry one token until a frame claims it (no stale token wins a race)', async () => {
    const { handlers, call, lastToken } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    const atSubmit = lastToken()!.token;
    await call({ type: 'content.formsFound', payment: 0, address: 0, since: 1000 }, { ...SHOP, url: 'https://shop.example/thanks', documentId: 'doc-2' });
    expect(lastToken()!.token).toBe(atSubmit);
    // Whichever message the new page got last, its frame can open the offer.
    expect((await call({ type: 'offer.view', token: atSubmit }, FRAME)).ok).toBe(true);
  });
  it('only a frame in the offer tab may see it, the first to ask owns it; a page script may not ask', async () => {
    const { handlers, call, lastToken } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    const token = lastToken()!.token;
    expect(await call({ type: 'offer.view', token }, { kind: 'menu', tabId: 5, frameId: 9 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await call({ type: 'offer.view', token }, FRAME)).ok).toBe(true);
    expect(await call({ type: 'offer.answer', token, choice: 'save', picks: [] }, { kind: 'menu', tabId: TAB, frameId: 10 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call({ type: 'offer.view', token }, SHOP)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call({ type: 'offers.list' }, SHOP)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a payment provider\'s frame that submits gets the offer under the shop\'s name; "Never" excludes the shop', async () => {
    const { handlers, call, settings, view, lastToken } = await setup();
    const provider: ContentSender = { kind: 'content', tabId: TAB, frameId: 3, url: 'https://pay.provider.example/card-fields' };
    // Before the shop's top page has reported in, the wallet cannot tell whose purchase it is: no offer.
    await handlers.offers.offerSave(provider, [CARD_FORM]);
    expect(lastToken()).toBeUndefined();
    await call({ type: 'content.formsFound', payment: 0, address: 1, since: 1000 }, SHOP);
    await handlers.offers.offerSave(provider, [CARD_FORM]);
    expect(valueOf(await view()).site).toBe('https://shop.example');
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'never', picks: [] }, FRAME);
    expect((await settings.get()).excludedSites).toEqual(['https://shop.example']);
    // The next purchase on the shop, through the same provider, is not offered.
    await handlers.offers.offerSave(provider, [CARD_FORM]);
    expect(valueOf((await call({ type: 'offers.list' })) as Result<OfferView[]>)).toEqual([]);
  });
});

describe('answers name proposals by key, not position (the vault may change between showing and answering)', () => {
  it('a ticked card saved meanwhile elsewhere does not turn the tick into the unticked address', async () => {
    const { handlers, call, items, lastToken, view } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM, ADDRESS_FORM]);
    const shown = valueOf(await view()).proposals;
    expect(shown.map((p) => p.kind)).toEqual(['card', 'address']);
    // The user ticks the card only; before the answer arrives the card is saved from the popup.
    await call({ type: 'items.put', item: { kind: 'card', data: { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029 } } });
    expect(valueOf(await view()).proposals.map((p) => p.kind)).toEqual(['address']); // the card is now first no more
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: [shown[0]!.key] }, FRAME);
    expect(valueOf(await items()).map((i) => i.kind)).toEqual(['card']); // no address: it was not ticked
  });

  it('a "New card" tick does not overwrite a card with that number added meanwhile (now an update the user never saw)', async () => {
    const { handlers, call, items, lastToken, view } = await setup();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    const [seen] = valueOf(await view()).proposals;
    expect(seen).toMatchObject({ action: 'save' });
    await call({ type: 'items.put', item: { kind: 'card', data: { number: '4242424242424242', holder: 'A. L.', expMonth: 1, expYear: 2030 } } });
    expect(valueOf(await view()).proposals).toEqual([expect.objectContaining({ action: 'update', changes: ['holder', 'expiry'] })]);
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: [seen!.key] }, FRAME);
    expect(valueOf(await items()).map((i) => i.data)).toEqual([expect.objectContaining({ holder: 'A. L.', expMonth: 1, expYear: 2030 })]);
  });

  it('an update whose changes differ from what was shown is left alone; the same proposal is still saved', async () => {
    const { handlers, call, items, lastToken, view } = await setup();
    const { value } = (await call({ type: 'items.put', item: { kind: 'address', data: { name: 'Ada Lovelace', street: '12 rue de Rivoli', city: 'Lyon', postalCode: '75001', country: 'FR' } } })) as Result<{ id: string }> & { value: { id: string } };
    await handlers.offers.offerSave(SHOP, [ADDRESS_FORM]);
    const [seen] = valueOf(await view()).proposals;
    expect(seen).toMatchObject({ action: 'update', changes: ['city'] });
    // Meanwhile the address gets a new name in the popup: the update would now change the name too.
    await call({ type: 'items.put', item: { kind: 'address', id: value.id, data: { name: 'A. King', street: '12 rue de Rivoli', city: 'Lyon', postalCode: '75001', country: 'FR' } } });
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: [seen!.key] }, FRAME);
    expect(valueOf(await items())[0]!.data).toMatchObject({ name: 'A. King', city: 'Lyon' });

    // Shown and answered with nothing changed in between: the key still matches and the update is made.
    await handlers.offers.offerSave(SHOP, [ADDRESS_FORM]);
    const again = valueOf(await view()).proposals;
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: again.map((p) => p.key) }, FRAME);
    expect(valueOf(await items())[0]!.data).toMatchObject({ name: 'Ada Lovelace', city: 'Paris' });
  });
});

describe('while the wallet is locked', () => {
  it('keeps what was typed only in session memory, without the security code, and asks after unlock', async () => {
    // A fixed clock: the stored expiry time must not happen to contain the security code's digits.
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] });
    const { handlers, call, local, offerStore, view, lastToken, items } = await setup();
    await call({ type: 'vault.lock' });
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    const kept = JSON.stringify(offerStore.data.pendingOffers);
    expect(kept).toContain('4242 4242 4242 4242');
    expect(kept).not.toContain('987');
    expect(JSON.stringify(local.data)).not.toContain('4242');
    expect(valueOf(await view())).toMatchObject({ state: 'locked', proposals: [] });

    expect(await call({ type: 'offer.unlock', token: lastToken()!.token, password: 'wrong password!' }, FRAME)).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    const unlocked = valueOf((await call({ type: 'offer.unlock', token: lastToken()!.token, password: PASSWORD }, FRAME)) as Result<OfferView>);
    expect(unlocked).toMatchObject({ state: 'unlocked', proposals: [{ action: 'save', kind: 'card' }] });
    await call({ type: 'offer.answer', token: lastToken()!.token, choice: 'save', picks: unlocked.proposals.map((p) => p.key) }, FRAME);
    expect(valueOf(await items())).toHaveLength(1);
    expect(offerStore.data.pendingOffers).toBeUndefined();
  });

  it('an offer that turns out identical after unlock ends by itself', async () => {
    const { handlers, call, view, offerStore, badge } = await setup();
    await call({ type: 'items.put', item: { kind: 'card', data: { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029 } } });
    await call({ type: 'vault.lock' });
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    await call({ type: 'vault.unlock', password: PASSWORD });
    expect(valueOf(await view())).toMatchObject({ state: 'unlocked', proposals: [] });
    expect(offerStore.data.pendingOffers).toBeUndefined();
    expect(badge.get(TAB)).toBe(false);
  });

  it('is wiped by its alarm five minutes after the submit, not before', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const alarms = new TimerAlarms();
    const { handlers, call, offerStore, view, badge } = await setup(alarms);
    alarms.onAlarm = (name) => handlers.offers.onAlarm(name);
    await call({ type: 'vault.lock' });
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    await vi.advanceTimersByTimeAsync(OFFER_TTL_MS - 1000);
    expect(valueOf(await view())).toMatchObject({ state: 'locked' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(offerStore.data.pendingOffers).toBeUndefined();
    expect(badge.get(TAB)).toBe(false);
    expect(await view()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(valueOf((await call({ type: 'offers.list' })) as Result<OfferView[]>)).toEqual([]);
  });

  it('survives a restarted worker (same session storage, same alarm) until the alarm fires', async () => {
    const alarms = new RecordedAlarms();
    const { handlers, offerStore, call } = await setup(alarms);
    await call({ type: 'vault.lock' });
    const before = Date.now();
    await handlers.offers.offerSave(SHOP, [CARD_FORM]);
    const [name, when] = [...alarms.set][0]!;
    expect(name!.startsWith(OFFER_ALARM_PREFIX)).toBe(true);
    expect(when).toBeGreaterThanOrEqual(before + OFFER_TTL_MS);
    // A new PendingOffers over the same storage.session is what a restarted worker has.
    const restarted = new PendingOffers(offerStore, alarms, Date.now);
    expect(await restarted.all()).toHaveLength(1);
    expect(await restarted.onAlarm(name!)).toBe(TAB);
    expect(await restarted.all()).toEqual([]);
    expect(alarms.set.size).toBe(0);
  });
});

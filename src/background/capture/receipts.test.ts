// Receipts at the background boundary: recorded only for checkouts the wallet filled, amount from
// the page's total, order number from the tab's next page only, held in session memory while locked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldHint, SectionInfo } from '../../core/fill';
import type { Result } from '../../core/protocol';
import type { ItemView } from '../../core/types';
import { makeHandlers } from '../handlers';
import { dispatch, type Sender } from '../router';
import { WalletSession } from '../session';
import { SettingsStore } from '../settings';
import { MemoryStore, RecordedAlarms } from '../testing/memory-store';
import { PendingOffers } from './pending';
import { UnlockThrottle } from '../unlock-throttle';
import { Vault } from '../vault';
import { WalletDb } from '../vault-db';

const PASSWORD = 'correct horse battery';
const PAGE: Sender = { kind: 'page' };
const TOP: Sender = { kind: 'content', tabId: 4, frameId: 0, url: 'https://shop.example/checkout', documentId: 'doc-1' };
const NEXT: Sender = { ...TOP, url: 'https://shop.example/thanks', documentId: 'doc-2' };
const MENU: Sender = { kind: 'menu', tabId: 4, frameId: 9 };
const card = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, nickname: 'Travel Visa' };
const field = (type: FieldHint['type']): FieldHint => ({ type, maxLength: -1, placeholder: '', pattern: '', control: 'text', visible: true });
const SECTIONS: SectionInfo[] = [{ id: 's1', kind: 'payment', fields: [field('cc-name'), field('cc-number')] }];
const BILLING: SectionInfo[] = [{ id: 's2', kind: 'billing', fields: [field('name'), field('postal-code')] }];
const CARD_FRAME = { kind: 'content', tabId: 4, frameId: 7, url: 'https://pay.example/card' } as const;
const submitted = (totals: { label: string; text: string }[], lang = 'en') => ({
  type: 'content.submitted',
  sections: [{ id: 's1', kind: 'payment', values: { 'cc-name': 'Ada Lovelace' } }],
  totals,
  lang,
  siteName: 'Demo Shop',
});

const dbs: WalletDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** `hosted`: the top page has only the billing address; the card fields are in a frame of another origin. */
async function setup({ hosted = false } = {}) {
  const db = new WalletDb(`receipts-${process.pid}-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  const local = new MemoryStore();
  const sessionStore = new MemoryStore();
  const settings = new SettingsStore(local);
  const vault = new Vault(db, { name: 'argon2id', m: 256, t: 1, p: 1 });
  let n = 0;
  /** A fresh background (a restarted worker) over the same database and session memory. */
  const start = () =>
    makeHandlers({
      vault,
      session: new WalletSession(sessionStore, { create: () => {}, clear: async () => true }, () => settings.get()),
      throttle: new UnlockThrottle(local),
      settings,
      sessionStore,
      pending: new PendingOffers(sessionStore, new RecordedAlarms(), Date.now),
      showFormsFound: async () => {},
      // A frame asked for its fields describes them (the card frame its card section); a fill fills two.
      tabs: { activeTabId: async () => 4, sendToFrame: async (_t, frameId, _d, msg) => (msg.type === 'fill.describe' ? { doc: 0.75, sections: frameId === CARD_FRAME.frameId ? SECTIONS : [] } : { filled: 2, rejected: [], skipped: 0 }) },
      newToken: () => `token-${String(++n).padStart(12, '0')}`,
      now: () => Date.parse('2026-11-25T10:00:00Z'),
    });
  let handlers = start();
  const restart = () => (handlers = start());
  const call = <T = unknown>(req: unknown, from: Sender = PAGE) => dispatch(req, from, handlers) as Promise<Result<T>>;
  await call({ type: 'vault.create', password: PASSWORD });
  const put = async (kind: string, data: unknown) => ((await call({ type: 'items.put', item: { kind, data } })) as { value: { id: string } }).value.id;
  const cardId = await put('card', card);
  const profileId = await put('profile', { name: 'Home', cardId });
  await call({ type: 'settings.set', settings: { askBeforeFillingCards: false } });
  const top = hosted ? BILLING : SECTIONS;
  await call({ type: 'content.formsFound', payment: 2, address: 0, since: 1000 }, TOP);
  if (hosted) await call({ type: 'content.formsFound', payment: 2, address: 0, since: 1000 }, CARD_FRAME);
  /** Fills the tab from the profile through the inline menu, as a user's choice does. */
  const fill = async () => {
    const open = { type: 'content.menuOpen', section: top[0]!.id, sections: top, lang: 'en', frames: hosted ? [CARD_FRAME.url] : [], doc: 0.25 };
    const token = ((await call(open, TOP)) as { value: { token: string } }).value.token;
    await call({ type: 'menu.entries', token }, MENU);
    expect((await call({ type: 'menu.choose', token, entryId: profileId, replace: false }, MENU)).ok).toBe(true);
  };
  const receipts = async () => {
    const res = await call<ItemView[]>({ type: 'items.list', kinds: ['receipt'] });
    return res.ok ? res.value.map((r) => (r.damaged ? null : r.data)) : res.error.code;
  };
  return { call, fill, receipts, restart, cardId, profileId, local, sessionStore, vault };
}

describe('receipts', () => {
  it('a submitted checkout the wallet filled: merchant, amount, card and profile as they were, then the order number', async () => {
    const { call, fill, receipts, cardId, profileId } = await setup();
    await fill();
    await call({ type: 'items.put', item: { kind: 'card', id: cardId, data: { ...card, nickname: 'Renamed' } } });
    expect(await call(submitted([{ label: 'Subtotal', text: '$1,200.00' }, { label: 'Order total:', text: '$1,234.56' }]), TOP)).toEqual({ ok: true, value: null });
    expect(await receipts()).toEqual([
      {
        merchant: 'Demo Shop', site: 'https://shop.example', date: '2026-11-25T10:00:00.000Z', amount: 123456, currency: 'USD',
        cardId, cardLabel: 'Travel Visa', cardLast4: '4242', profileId, profileName: 'Home', needsReview: false,
      },
    ]);
    // The submitting page itself may not give the order number; the next page may, once.
    expect(await call({ type: 'content.formsFound', payment: 0, address: 0, since: 1000 }, TOP)).toEqual({ ok: true, value: { state: 'unlocked' } });
    expect(await call({ type: 'content.formsFound', payment: 0, address: 0, since: 1000 }, NEXT)).toEqual({ ok: true, value: { state: 'unlocked', awaitOrder: true } });
    await call({ type: 'content.orderNumber', orderNumber: 'A1B2-3456' }, { ...NEXT, frameId: 3 });
    expect((await receipts()) as object[]).not.toHaveProperty('0.orderNumber');
    await call({ type: 'content.orderNumber', orderNumber: 'A1B2-3456' }, NEXT);
    expect(await receipts()).toMatchObject([{ orderNumber: 'A1B2-3456', amount: 123456 }]);
    await call({ type: 'content.orderNumber', orderNumber: 'OTHER-1' }, NEXT);
    expect(await receipts()).toMatchObject([{ orderNumber: 'A1B2-3456' }]);
  });

  it('one receipt per fill; nothing for a checkout the wallet did not fill or another origin', async () => {
    const { call, fill, receipts } = await setup();
    await call(submitted([{ label: 'Total', text: '€5.00' }]), TOP);
    await fill();
    await call(submitted([{ label: 'Total', text: '€5.00' }]), { ...TOP, url: 'https://other.example/pay' });
    expect(await receipts()).toEqual([]);
    await call(submitted([{ label: 'Total', text: '€5.00' }]), TOP);
    await call(submitted([{ label: 'Total', text: '€5.00' }]), TOP);
    expect(await receipts()).toHaveLength(1);
  });

  it('an address step of a multi-page checkout makes no receipt and leaves the fill for the payment step', async () => {
    const { call, fill, receipts } = await setup();
    await fill();
    await call({ ...submitted([{ label: 'Total', text: '$9.00' }]), sections: [{ id: 's2', kind: 'shipping', values: { 'postal-code': '94107' } }] }, TOP);
    expect(await receipts()).toEqual([]);
    await call(submitted([{ label: 'Total', text: '$10.00' }]), TOP);
    expect(await receipts()).toMatchObject([{ amount: 1000 }]);
  });

  it('hosted card fields: the top form has no card section, but the wallet filled the card frame', async () => {
    const { call, fill, receipts } = await setup({ hosted: true });
    await fill();
    await call({ ...submitted([{ label: 'Total', text: '$10.00' }]), sections: [{ id: 's2', kind: 'billing', values: { name: 'Ada Lovelace' } }] }, TOP);
    expect(await receipts()).toMatchObject([{ amount: 1000, cardLast4: '4242' }]);
  });

  it("a payment provider's frame whose own button submits (hosted card fields): the receipt is the shop's", async () => {
    const { call, fill, receipts } = await setup({ hosted: true });
    await fill();
    await call({ ...submitted([{ label: 'Pay', text: '$18.50' }]), siteName: 'Pay Provider' }, CARD_FRAME);
    expect(await receipts()).toMatchObject([{ site: 'https://shop.example', merchant: 'shop.example', cardLast4: '4242' }]);
    // A frame of an origin the fill never touched, in a tab filled without hosted fields, records nothing.
    const plain = await setup();
    await plain.fill();
    await plain.call(submitted([{ label: 'Total', text: '$1.00' }]), CARD_FRAME);
    expect(await plain.receipts()).toEqual([]);
  });

  it('a page whose total cannot be read gives a receipt marked for the user to complete', async () => {
    const { call, fill, receipts } = await setup();
    await fill();
    await call(submitted([{ label: 'Total', text: 'see your statement' }]), TOP);
    const [r] = (await receipts()) as object[];
    expect(r).toMatchObject({ needsReview: true, merchant: 'Demo Shop' });
    expect(r).not.toHaveProperty('amount');
  });

  it('reads French amounts', async () => {
    const { call, fill, receipts } = await setup();
    await fill();
    await call(submitted([{ label: 'Montant total :', text: '1\u202f234,56\u00a0€' }], 'fr'), TOP);
    expect(await receipts()).toMatchObject([{ amount: 123456, currency: 'EUR', needsReview: false }]);
  });

  it('locked at submit: held in session memory (never storage.local), written at unlock with its order number', async () => {
    const { call, fill, receipts, local, sessionStore } = await setup();
    await fill();
    await call({ type: 'vault.lock' });
    await call(submitted([{ label: 'Total', text: '$24.00' }]), TOP);
    await call({ type: 'content.formsFound', payment: 0, address: 0, since: 1000 }, NEXT);
    await call({ type: 'content.orderNumber', orderNumber: 'DS-77' }, NEXT);
    expect(JSON.stringify(local.data)).not.toContain('4242');
    expect(JSON.stringify(local.data)).not.toContain('Demo Shop');
    expect(JSON.stringify(sessionStore.data)).toContain('Demo Shop');
    await call({ type: 'vault.unlock', password: PASSWORD });
    expect(await receipts()).toMatchObject([{ amount: 2400, currency: 'USD', orderNumber: 'DS-77' }]);
    expect(JSON.stringify(sessionStore.data)).not.toContain('Demo Shop');
  });

  it('erasing the wallet drops receipts still pending: they never reach the next wallet', async () => {
    const { call, fill, receipts } = await setup();
    await fill();
    await call({ type: 'vault.lock' });
    await call(submitted([{ label: 'Total', text: '$24.00' }]), TOP);
    await call({ type: 'vault.reset', confirm: 'ERASE' });
    await call({ type: 'vault.create', password: PASSWORD });
    expect(await receipts()).toEqual([]);
  });

  it('a write that fails leaves the vault as it was and the receipt pending; writing it again gives one copy', async () => {
    const { call, fill, receipts, restart, vault, sessionStore } = await setup();
    await fill();
    const spy = vi.spyOn(vault, 'putMany').mockRejectedValueOnce(new Error('worker stopped'));
    expect(await call(submitted([{ label: 'Total', text: '$24.00' }]), TOP)).toEqual({ ok: true, value: null });
    spy.mockRestore();
    expect(await receipts()).toEqual([]);
    const pending = structuredClone(sessionStore.data.receipts);
    await call({ type: 'vault.lock' });
    await call({ type: 'vault.unlock', password: PASSWORD });
    expect(await receipts()).toMatchObject([{ amount: 2400 }]);
    // A worker stopped after the vault write but before the pending entry was cleared: the next
    // worker finds it pending again and writes it under the same id, so there is still one receipt.
    sessionStore.data.receipts = pending;
    restart();
    await call({ type: 'vault.lock' });
    await call({ type: 'vault.unlock', password: PASSWORD });
    expect(await receipts()).toMatchObject([{ amount: 2400 }]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { WalletError } from '../core/errors';
import { classifySender, dispatch, type Handlers, type Sender } from './router';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const PAGE: Sender = { kind: 'page' };
const CONTENT: Sender = { kind: 'content', tabId: 7, frameId: 0, url: 'https://shop.example/checkout' };

const PASSWORD = 'Tr0ub4dor&3-secret';
const CARD_NUMBER = '4111111111111111';
const HOLDER = 'Ada Lovelace';

const sender = (s: Partial<Runtime.MessageSender>): Runtime.MessageSender => s as Runtime.MessageSender;
const tab = (id: number) => ({ id }) as Runtime.MessageSender['tab'];

describe('classifySender', () => {
  it('recognises extension pages by origin', () => {
    expect(classifySender(sender({ id: RUNTIME_ID, url: `${ORIGIN}popup.html` }), RUNTIME_ID, ORIGIN)).toEqual({ kind: 'page' });
    // An extension page in a tab is still a page.
    expect(classifySender(sender({ id: RUNTIME_ID, url: `${ORIGIN}popup.html?welcome`, tab: tab(3), frameId: 0 }), RUNTIME_ID, ORIGIN)).toEqual({ kind: 'page' });
  });

  it('an extension page inside a sub-frame of a tab is the inline menu, with that tab and frame', () => {
    expect(classifySender(sender({ id: RUNTIME_ID, url: `${ORIGIN}menu.html#t`, tab: tab(3), frameId: 5 }), RUNTIME_ID, ORIGIN)).toEqual({ kind: 'menu', tabId: 3, frameId: 5 });
  });

  it('recognises a content script by its tab, frame and http(s) url', () => {
    const url = 'https://shop.example/checkout';
    expect(classifySender(sender({ id: RUNTIME_ID, url, tab: tab(7), frameId: 2 }), RUNTIME_ID, ORIGIN)).toEqual({
      kind: 'content',
      tabId: 7,
      frameId: 2,
      url,
    });
    expect(classifySender(sender({ id: RUNTIME_ID, url: 'http://localhost:8080/', tab: tab(0), frameId: 0 }), RUNTIME_ID, ORIGIN)).toMatchObject({
      kind: 'content',
      tabId: 0,
    });
  });

  it.each<[string, Partial<Runtime.MessageSender>]>([
    ['no tab', { url: 'https://shop.example/' , frameId: 0 }],
    ['a negative tab id (TAB_ID_NONE)', { url: 'https://shop.example/', tab: tab(-1), frameId: 0 }],
    ['no frame id', { url: 'https://shop.example/', tab: tab(7) }],
    ['a file: url', { url: 'file:///home/me/page.html', tab: tab(7), frameId: 0 }],
    ['a data: url', { url: 'data:text/html,hi', tab: tab(7), frameId: 0 }],
    ['another extension\'s page as url', { url: 'chrome-extension://other/popup.html', tab: tab(7), frameId: 0 }],
    ['no url at all', { tab: tab(7), frameId: 0 }],
  ])('refuses a sender of our extension with %s', (_label, s) => {
    expect(classifySender(sender({ id: RUNTIME_ID, ...s }), RUNTIME_ID, ORIGIN)).toBeNull();
  });

  it('refuses another extension, even from our origin-looking url or a web tab', () => {
    expect(classifySender(sender({ id: 'other-extension', url: `${ORIGIN}popup.html` }), RUNTIME_ID, ORIGIN)).toBeNull();
    expect(classifySender(sender({ id: 'other-extension', url: 'https://shop.example/', tab: tab(7), frameId: 0 }), RUNTIME_ID, ORIGIN)).toBeNull();
    expect(classifySender(sender({ url: `${ORIGIN}popup.html` }), RUNTIME_ID, ORIGIN)).toBeNull();
  });
});

describe('dispatch', () => {
  let warn: MockInstance<typeof console.warn>;
  let handlers: { page: ReturnType<typeof vi.fn<Handlers['page']>>; content: ReturnType<typeof vi.fn<Handlers['content']>>; menu: ReturnType<typeof vi.fn<Handlers['menu']>> };

  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    handlers = { page: vi.fn<Handlers['page']>(async () => 'page-result'), content: vi.fn<Handlers['content']>(async () => 'content-result'), menu: vi.fn<Handlers['menu']>(async () => 'menu-result') };
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const logged = () => warn.mock.calls.map((args) => args.map(String).join(' ')).join('\n');

  it('passes a valid page request to the page handler', async () => {
    const req = { type: 'vault.unlock', password: PASSWORD };
    expect(await dispatch(req, PAGE, handlers)).toEqual({ ok: true, value: 'page-result' });
    expect(handlers.page).toHaveBeenCalledWith(req);
    expect(handlers.content).not.toHaveBeenCalled();
  });

  it('passes a valid content request to the content handler with the sender', async () => {
    const req = { type: 'content.formsFound', payment: 1, address: 2, since: 1000 };
    expect(await dispatch(req, CONTENT, handlers)).toEqual({ ok: true, value: 'content-result' });
    expect(handlers.content).toHaveBeenCalledWith(req, CONTENT);
    expect(handlers.page).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'vault.status'],
    ['an array', [{ type: 'vault.status' }]],
    ['no type', { password: PASSWORD }],
    ['an unknown type', { type: 'vault.export' }],
    ['a missing field', { type: 'vault.unlock' }],
    ['an empty password', { type: 'vault.unlock', password: '' }],
    ['a wrong field type', { type: 'vault.unlock', password: 12345678 }],
    ['an extra field', { type: 'vault.status', debug: true }],
    ['a malformed item', { type: 'items.put', item: { kind: 'card', data: { number: '41x1', holder: 'A', expMonth: 1, expYear: 2030 } } }],
    ['a bad item id', { type: 'items.delete', id: '../../etc' }],
    ['a lock time not on the list', { type: 'settings.set', settings: { lockMinutes: 7 } }],
  ])('rejects %s from a page as invalid-message', async (_label, raw) => {
    const res = await dispatch(raw, PAGE, handlers);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(handlers.page).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['vault.unlock', { type: 'vault.unlock', password: PASSWORD }],
    ['items.list', { type: 'items.list' }],
    ['vault.status', { type: 'vault.status' }],
    ['items.delete', { type: 'items.delete', id: 'abc' }],
  ])('forbids a content script the page-only request %s', async (_label, raw) => {
    const res = await dispatch(raw, CONTENT, handlers);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.page).not.toHaveBeenCalled();
    expect(handlers.content).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['a tabId', { type: 'content.formsFound', payment: 1, address: 0, since: 1000, tabId: 3 }],
    ['a frameId', { type: 'content.formsFound', payment: 1, address: 0, since: 1000, frameId: 0 }],
    ['a negative count', { type: 'content.formsFound', payment: -1, address: 0, since: 1000 }],
    ['an unknown type', { type: 'content.fill', cardId: 'abc' }],
    ['nothing', null],
  ])('rejects a content request with %s as invalid-message', async (_label, raw) => {
    expect(await dispatch(raw, CONTENT, handlers)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(handlers.content).not.toHaveBeenCalled();
  });

  it('forbids everything from an unknown sender, valid or not', async () => {
    for (const raw of [{ type: 'vault.status' }, { type: 'content.formsFound', payment: 0, address: 0 }, 'junk']) {
      expect(await dispatch(raw, null, handlers)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(handlers.page).not.toHaveBeenCalled();
    expect(handlers.content).not.toHaveBeenCalled();
  });

  it('passes a WalletError from a handler through with its code, message and retryAfterMs', async () => {
    handlers.page.mockRejectedValueOnce(new WalletError('wrong-password', 'Wrong master password.', 30_000));
    expect(await dispatch({ type: 'vault.unlock', password: PASSWORD }, PAGE, handlers)).toEqual({
      ok: false,
      error: { code: 'wrong-password', message: 'Wrong master password.', retryAfterMs: 30_000 },
    });
    handlers.page.mockRejectedValueOnce(new WalletError('locked', 'The wallet is locked.'));
    const res = await dispatch({ type: 'items.list' }, PAGE, handlers);
    expect(res).toEqual({ ok: false, error: { code: 'locked', message: 'The wallet is locked.' } });
    expect(res.ok || 'retryAfterMs' in res.error).toBe(false);
  });

  it('turns an unexpected error into internal, without its message', async () => {
    handlers.content.mockRejectedValueOnce(new TypeError(`cannot read ${CARD_NUMBER}`));
    const res = await dispatch({ type: 'content.formsFound', payment: 1, address: 0, since: 1000 }, CONTENT, handlers);
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(res)).not.toContain(CARD_NUMBER);
    expect(logged()).toContain('TypeError');
    expect(logged()).not.toContain(CARD_NUMBER);
  });

  it('logs a rejected message by type and code only, never its values', async () => {
    const card = { number: CARD_NUMBER, holder: HOLDER, expMonth: 1, expYear: 2030 };
    const messages: [unknown, Sender | null][] = [
      [{ type: 'vault.unlock', password: PASSWORD, extra: HOLDER }, PAGE], // invalid
      [{ type: 'vault.unlock', password: PASSWORD }, CONTENT], // forbidden
      [{ type: 'items.put', item: { kind: 'card', data: card } }, CONTENT], // forbidden
      [{ type: 'items.put', item: { kind: 'card', data: { ...card, cvc: '123' } } }, PAGE], // invalid
      [{ type: 'vault.create', password: PASSWORD }, null], // unknown sender
      [{ type: CARD_NUMBER, password: PASSWORD }, PAGE], // a value where the type should be
      [{ type: `${PASSWORD} ${HOLDER}` }, PAGE],
      [{ type: 'hunter.secretword' }, PAGE], // letters and dots, but not a protocol type
      [PASSWORD, PAGE],
    ];
    for (const [raw, from] of messages) {
      const res = await dispatch(raw, from, handlers);
      expect(res.ok).toBe(false);
      expect(JSON.stringify(res)).not.toContain(PASSWORD);
    }
    expect(warn).toHaveBeenCalledTimes(messages.length);
    const log = logged();
    for (const secret of [PASSWORD, CARD_NUMBER, HOLDER, 'Ada', '4111', '123', 'secretword']) expect(log).not.toContain(secret);
    expect(log).toContain('type=vault.unlock');
    expect(log).toContain('type=(unknown)');
  });
});

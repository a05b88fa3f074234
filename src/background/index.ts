// Background entry: wires browser events to the vault, session and router. Listeners are added
// synchronously at the top level so a restarted service worker receives the event that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { Badge } from './badge';
import { PendingOffers } from './capture/pending';
import { makeHandlers } from './handlers';
import { classifySender, dispatch } from './router';
import { WalletSession } from './session';
import { SettingsStore } from './settings';
import { UnlockThrottle } from './unlock-throttle';
import { Vault } from './vault';
import { WalletDb } from './vault-db';

const settings = new SettingsStore(browser.storage.local);
const session = new WalletSession(browser.storage.session, browser.alarms, () => settings.get());
const badge = new Badge(browser.action, (key, sub) => browser.i18n.getMessage(key, sub));
const handlers = makeHandlers({
  vault: new Vault(new WalletDb()),
  session,
  throttle: new UnlockThrottle(browser.storage.local),
  settings,
  sessionStore: browser.storage.session,
  showFormsFound: (tabId, frameId, fields, since) => badge.formsFound(tabId, frameId, fields, since),
  // Captured checkout values stay in storage.session (memory) only, and an alarm wipes them.
  pending: new PendingOffers(browser.storage.session, browser.alarms, Date.now),
  showOffer: (tabId, pending) => badge.offer(tabId, pending),
  tabs: {
    activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    // documentId (Chrome) pins the exact document the offer came from: a navigated frame gets nothing.
    sendToFrame: (tabId, frameId, documentId, msg) => browser.tabs.sendMessage(tabId, msg, documentId ? ({ documentId } as { frameId?: number }) : { frameId }),
  },
});

const extensionOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) =>
  dispatch(msg, classifySender(sender, browser.runtime.id, extensionOrigin), handlers),
);
browser.tabs.onRemoved.addListener((tabId) => {
  handlers.fill.forgetTab(tabId);
  badge.forget(tabId);
  void handlers.offers.forgetTab(tabId);
  void handlers.receipts.forgetTab(tabId);
});
browser.commands.onCommand.addListener((command) => {
  if (command !== 'fill-default-profile') return;
  void handlers.fill.shortcutPressed().then((tabId) => {
    if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'fill.focused' }).catch(() => undefined);
  });
});
browser.alarms.onAlarm.addListener((alarm) => {
  void session.onAlarm(alarm.name);
  void handlers.offers.onAlarm(alarm.name);
});
browser.idle.onStateChanged.addListener((state) => void session.onIdleState(state));
// storage.session is cleared when the browser closes; a new browser session starts locked regardless.
browser.runtime.onStartup.addListener(() => void session.lock());
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('popup.html?welcome') });
});

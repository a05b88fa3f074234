// @vitest-environment happy-dom
// The popup's strings when browser.i18n has none: Chromium sometimes hands an extension page an
// empty message bundle (core/messages.ts), and the page showed its raw keys ("createTitle").
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const bundle: { messages: Record<string, string> } = { messages: {} };
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: { getMessage: (key: string) => bundle.messages[key] ?? '', getUILanguage: () => 'fr-CA' },
    runtime: { getURL: (p: string) => `chrome-extension://wallet/${p}` },
  },
}));
const fetched: string[] = [];
vi.stubGlobal('fetch', async (url: string) => {
  fetched.push(url);
  const file = path.resolve(__dirname, '../..', url.replace('chrome-extension://wallet/', ''));
  return { json: async () => JSON.parse(fs.readFileSync(file, 'utf8')) };
});
const { currentLang, loadLanguage, t } = await import('./i18n');

describe('popup strings', () => {
  beforeEach(() => void fetched.splice(0));

  it('read from the locale file of the browser language when browser.i18n answers nothing', async () => {
    bundle.messages = {};
    await loadLanguage('auto');
    expect(fetched).toEqual(['chrome-extension://wallet/_locales/fr/messages.json']);
    expect(currentLang()).toBe('fr');
    expect(t('createButton')).not.toBe('createButton');
    expect(t('createButton')).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../_locales/fr/messages.json'), 'utf8')).createButton.message);
  });

  it('taken from browser.i18n, with nothing fetched, when it has them', async () => {
    bundle.messages = { extName: 'Checkout Wallet', createButton: 'Create wallet', '@@ui_locale': 'en_US' };
    await loadLanguage('auto');
    expect(fetched).toEqual([]);
    expect(currentLang()).toBe('en');
    expect(t('createButton')).toBe('Create wallet');
  });
});

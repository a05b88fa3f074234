// Every language has every message, with the same placeholders, and every key the popup asks for
// exists: a missing translation fails here instead of showing a raw key to a user.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/errors';
import { SKIP_REASONS } from '../core/transfer';
import { formatMessage, type Messages } from '../core/messages';

const root = path.resolve(__dirname, '../..');
const LANGS = ['en', 'fr', 'zh_CN'];
const load = (lang: string): Messages => JSON.parse(fs.readFileSync(path.join(root, '_locales', lang, 'messages.json'), 'utf8'));
const locales = Object.fromEntries(LANGS.map((l) => [l, load(l)]));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const placeholdersOf = (entry: Messages[string]) => Object.entries(entry.placeholders ?? {}).map(([k, v]) => `${k}=${v.content}`).sort();

describe('locales', () => {
  it.each(LANGS.slice(1))('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(locales[lang]!).sort()).toEqual(Object.keys(locales.en!).sort());
  });

  it.each(LANGS.slice(1))('%s declares the same placeholders as en and uses each of them', (lang) => {
    for (const [key, entry] of Object.entries(locales.en!)) {
      const other = locales[lang]![key]!;
      expect(placeholdersOf(other), key).toEqual(placeholdersOf(entry));
      for (const name of Object.keys(entry.placeholders ?? {})) expect(other.message.toLowerCase(), `${lang} ${key}`).toContain(`$${name}$`);
    }
  });

  it('no message is empty or left untranslated by accident', () => {
    for (const lang of LANGS) for (const [key, e] of Object.entries(locales[lang]!)) expect(e.message.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('every key the popup, background and in-page frames ask for exists', () => {
    const used = new Set<string>();
    for (const file of ['popup', 'background', 'menu', 'core'].flatMap((dir) => sourceFiles(path.join(root, 'src', dir)))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/getMessage\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      // message keys returned by checks and state tables: 'errSomething', 'statusSomething', 'offerSomething'
      for (const m of text.matchAll(/'((?:err|status|offer)[A-Z][A-Za-z]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !(k in locales.en!))).toEqual([]);
  });

  it('every error code and import skip reason has its sentence (keys built from the code)', () => {
    const keys = [...ERROR_CODES.map((c) => `error_${c}`), ...SKIP_REASONS.map((r) => `skip_${r}`)].map((k) => k.replace(/-/g, '_'));
    expect(keys.filter((k) => !(k in locales.en!))).toEqual([]);
  });
});

describe('formatMessage (the run-time language path)', () => {
  it('fills named placeholders in each language as browser.i18n would', () => {
    expect(formatMessage(locales.en!.error_throttled!, ['30'])).toBe('Too many wrong passwords: try again in 30 s.');
    expect(formatMessage(locales.fr!.codesLeft!, ['2', '5'])).toBe('2 codes restants sur 5');
    expect(formatMessage(locales.zh_CN!.receiptCount!, ['3', '10'])).toBe('3 / 10 张收据');
  });

  it('handles $$, case-insensitive names and missing substitutions', () => {
    const entry = { message: 'Pay $$5 to $Who$ ($AMOUNT$)', placeholders: { who: { content: '$1' }, amount: { content: '$2' } } };
    expect(formatMessage(entry, ['Ada', '€3'])).toBe('Pay $5 to Ada (€3)');
    expect(formatMessage(entry, ['Ada'])).toBe('Pay $5 to Ada ()');
  });
});

// Chrome's messages.json format, resolved the way browser.i18n.getMessage does it: named
// placeholders ($COUNT$) stand for their `content` ("$1"), then $1…$9 take the substitutions.
// Used when the user picks a language other than the browser's (browser.i18n cannot switch), and
// when browser.i18n has no messages at all: Chromium sometimes hands an extension page opened just
// as another one closed an empty message bundle, and every getMessage answers ''.
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const named = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, p]) => [k.toLowerCase(), p.content]));
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => named[name.toLowerCase()] ?? all);
  return withNamed.replace(/\$(\d)|\$\$/g, (_all, n: string | undefined) => (n === undefined ? '$' : (subs[Number(n) - 1] ?? '')));
}

/** The UI languages the wallet speaks, as their _locales folders are named. */
export type UiLang = 'en' | 'fr' | 'zh_CN';

/** The wallet's language for a browser UI language ("fr-CA", "zh-TW", "en-US"): English unless French or Chinese. */
export function uiLangOf(browserLanguage: string): UiLang {
  if (browserLanguage.startsWith('fr')) return 'fr';
  if (browserLanguage.startsWith('zh')) return 'zh_CN';
  return 'en';
}

/**
 * The language whose messages.json to read because browser.i18n came without messages (its answer
 * for extName is ''): the browser's UI language (@@ui_locale is '' then too). Null when it has them.
 */
export function langWithoutBundle(i18n: { getMessage(key: string): string; getUILanguage(): string }): UiLang | null {
  return i18n.getMessage('extName') ? null : uiLangOf(i18n.getUILanguage());
}

/** A language's messages.json, from the extension's own files (`url` is runtime.getURL). */
export async function fetchMessages(url: (path: string) => string, lang: UiLang): Promise<Messages> {
  return (await (await fetch(url(`_locales/${lang}/messages.json`))).json()) as Messages;
}

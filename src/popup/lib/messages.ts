// Chrome's messages.json format, resolved the way browser.i18n.getMessage does it: named
// placeholders ($COUNT$) stand for their `content` ("$1"), then $1…$9 take the substitutions.
// Used when the user picks a language other than the browser's (browser.i18n cannot switch).
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

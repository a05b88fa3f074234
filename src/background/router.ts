// The background boundary: who sent a message, whether it is well-formed, and whether that sender
// may make that request. Nothing from a message payload is ever logged.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { WalletError } from '../core/errors';
import {
  contentRequestSchema,
  pageRequestSchema,
  type ContentRequest,
  type ErrorBody,
  type PageRequest,
  type Result,
} from '../core/protocol';

/** Only the protocol's own type names are ever logged: an unknown `type` could carry anything. */
const KNOWN_TYPES = new Set<string>(
  [...pageRequestSchema.options, ...contentRequestSchema.options].map((o) => o.entries.type.literal),
);

export type Sender =
  | { kind: 'page' }
  | { kind: 'content'; tabId: number; frameId: number; url: string };

/** Extension pages are ours by origin; content scripts run in a web tab and frame. Anything else is refused. */
export function classifySender(sender: Runtime.MessageSender, runtimeId: string, extensionOrigin: string): Sender | null {
  if (sender.id !== runtimeId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'page' };
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && typeof sender.frameId === 'number' && /^https?:\/\//.test(url)) {
    return { kind: 'content', tabId, frameId: sender.frameId, url };
  }
  return null;
}

export interface Handlers {
  page(req: PageRequest): Promise<unknown>;
  content(req: ContentRequest, sender: Extract<Sender, { kind: 'content' }>): Promise<unknown>;
}

export async function dispatch(raw: unknown, sender: Sender | null, handlers: Handlers): Promise<Result<unknown>> {
  if (!sender) return reject('forbidden', 'This sender may not talk to the wallet.', raw);
  if (sender.kind === 'page') {
    const parsed = v.safeParse(pageRequestSchema, raw);
    if (!parsed.success) return reject('invalid-message', 'Malformed or unknown request.', raw);
    return run(() => handlers.page(parsed.output), raw);
  }
  const parsed = v.safeParse(contentRequestSchema, raw);
  if (!parsed.success) {
    const isPageOnly = v.safeParse(pageRequestSchema, raw).success;
    return isPageOnly
      ? reject('forbidden', 'Web pages may not manage the wallet.', raw)
      : reject('invalid-message', 'Malformed or unknown request.', raw);
  }
  return run(() => handlers.content(parsed.output, sender), raw);
}

async function run(op: () => Promise<unknown>, raw: unknown): Promise<Result<unknown>> {
  try {
    return { ok: true, value: await op() };
  } catch (e) {
    if (e instanceof WalletError) {
      const error: ErrorBody = { code: e.code, message: e.message };
      if (e.retryAfterMs !== undefined) error.retryAfterMs = e.retryAfterMs;
      return { ok: false, error };
    }
    return reject('internal', 'Something went wrong inside the wallet.', raw, e);
  }
}

function reject(code: ErrorBody['code'], message: string, raw: unknown, cause?: unknown): Result<never> {
  // Log the request's type when it looks like one, and the error's name: never values.
  const type = (raw as { type?: unknown } | null)?.type;
  const safeType = typeof type === 'string' && KNOWN_TYPES.has(type) ? type : '(unknown)';
  const causeName = cause instanceof Error ? ` (${cause.name})` : '';
  console.warn(`[wallet] rejected request type=${safeType}: ${code}${causeName}`);
  return { ok: false, error: { code, message } };
}

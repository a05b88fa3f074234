// The background boundary: who sent a message, whether it is well-formed, and whether that sender
// may make that request. Nothing from a message payload is ever logged.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { WalletError } from '../core/errors';
import {
  contentRequestSchema,
  menuRequestSchema,
  pageRequestSchema,
  type ContentRequest,
  type MenuRequest,
  type ErrorBody,
  type PageRequest,
  type Result,
} from '../core/protocol';

/** Only the protocol's own type names are ever logged: an unknown `type` could carry anything. */
const KNOWN_TYPES = new Set<string>(
  [...pageRequestSchema.options, ...contentRequestSchema.options, ...menuRequestSchema.options].map((o) => o.entries.type.literal),
);

export type Sender =
  | { kind: 'page' }
  | { kind: 'menu'; tabId: number; frameId: number }
  | { kind: 'content'; tabId: number; frameId: number; url: string; documentId?: string };

export type ContentSender = Extract<Sender, { kind: 'content' }>;
export type MenuSender = Extract<Sender, { kind: 'menu' }>;

/**
 * Extension pages are ours by origin: one inside a sub-frame of a tab is the inline menu (it may
 * only make menu requests); content scripts run in a web tab and frame. Anything else is refused.
 */
export function classifySender(sender: Runtime.MessageSender, runtimeId: string, extensionOrigin: string): Sender | null {
  if (sender.id !== runtimeId) return null;
  const url = sender.url ?? '';
  const tabId = sender.tab?.id;
  const inTab = typeof tabId === 'number' && tabId >= 0 && typeof sender.frameId === 'number';
  if (url.startsWith(extensionOrigin)) {
    return inTab && sender.frameId! > 0 ? { kind: 'menu', tabId: tabId!, frameId: sender.frameId! } : { kind: 'page' };
  }
  if (inTab && /^https?:\/\//.test(url)) {
    const documentId = (sender as { documentId?: unknown }).documentId;
    return { kind: 'content', tabId: tabId!, frameId: sender.frameId!, url, ...(typeof documentId === 'string' ? { documentId } : {}) };
  }
  return null;
}

export interface Handlers {
  page(req: PageRequest): Promise<unknown>;
  content(req: ContentRequest, sender: ContentSender): Promise<unknown>;
  menu(req: MenuRequest, sender: MenuSender): Promise<unknown>;
}

export async function dispatch(raw: unknown, sender: Sender | null, handlers: Handlers): Promise<Result<unknown>> {
  if (!sender) return reject('forbidden', 'This sender may not talk to the wallet.', raw);
  if (sender.kind === 'page') {
    const parsed = v.safeParse(pageRequestSchema, raw);
    if (!parsed.success) return reject('invalid-message', 'Malformed or unknown request.', raw);
    return run(() => handlers.page(parsed.output), raw);
  }
  if (sender.kind === 'menu') {
    const parsed = v.safeParse(menuRequestSchema, raw);
    if (!parsed.success) return reject(v.safeParse(pageRequestSchema, raw).success ? 'forbidden' : 'invalid-message', 'The menu may only make menu requests.', raw);
    return run(() => handlers.menu(parsed.output, sender), raw);
  }
  const parsed = v.safeParse(contentRequestSchema, raw);
  if (!parsed.success) {
    const isPageOnly = v.safeParse(pageRequestSchema, raw).success || v.safeParse(menuRequestSchema, raw).success;
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

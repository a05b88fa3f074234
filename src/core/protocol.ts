// The one message protocol between popup, content scripts and the background worker.
// Every request is validated against these schemas at the background boundary (strict objects:
// unknown fields are rejected), so the types below are what the background can rely on.
import * as v from 'valibot';
import type { ErrorCode } from './errors';
import { LOCK_MINUTES, type ItemView, type Settings, type VaultStatus } from './types';

const password = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optText = (max: number) => v.optional(text(max));

export const cardSchema = v.strictObject({
  number: v.pipe(v.string(), v.regex(/^\d{12,19}$/, 'card number: 12 to 19 digits')),
  holder: text(200),
  expMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  expYear: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2199)),
  nickname: optText(100),
});

export const addressSchema = v.strictObject({
  name: text(200),
  organization: optText(200),
  street: text(300),
  line2: optText(300),
  city: text(200),
  region: optText(200),
  postalCode: text(32),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  phone: optText(64),
  email: optText(320),
});

export const identitySchema = v.strictObject({
  givenName: text(200),
  familyName: text(200),
  email: optText(320),
  phone: optText(64),
});

const itemInput = v.variant('kind', [
  v.strictObject({ kind: v.literal('card'), id: v.optional(id), data: cardSchema }),
  v.strictObject({ kind: v.literal('address'), id: v.optional(id), data: addressSchema }),
  v.strictObject({ kind: v.literal('identity'), id: v.optional(id), data: identitySchema }),
]);

const settingsPatch = v.strictObject({
  lockMinutes: v.optional(v.picklist(LOCK_MINUTES)),
  lockOnOsLock: v.optional(v.boolean()),
});

/** Requests only extension pages (popup, unlock page) may send. */
export const pageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('vault.status') }),
  v.strictObject({ type: v.literal('vault.create'), password }),
  v.strictObject({ type: v.literal('vault.unlock'), password }),
  v.strictObject({ type: v.literal('vault.lock') }),
  v.strictObject({ type: v.literal('vault.changePassword'), current: password, next: password }),
  v.strictObject({ type: v.literal('settings.get') }),
  v.strictObject({ type: v.literal('settings.set'), settings: settingsPatch }),
  v.strictObject({ type: v.literal('items.list') }),
  v.strictObject({ type: v.literal('items.put'), item: itemInput }),
  v.strictObject({ type: v.literal('items.delete'), id }),
]);

/** Requests a content script may send. They never name a tab or frame: the background uses the sender's. */
export const contentRequestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('content.formsFound'),
    payment: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    address: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  }),
]);

export type PageRequest = v.InferOutput<typeof pageRequestSchema>;
export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;
export type Request = PageRequest | ContentRequest;
export type ItemInput = v.InferOutput<typeof itemInput>;

export interface ResponseMap {
  'vault.status': VaultStatus;
  'vault.create': VaultStatus;
  'vault.unlock': VaultStatus;
  'vault.lock': VaultStatus;
  'vault.changePassword': null;
  'settings.get': Settings;
  'settings.set': Settings;
  'items.list': ItemView[];
  'items.put': { id: string };
  'items.delete': null;
  'content.formsFound': { state: VaultStatus['state'] };
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
export type ResponseFor<R extends Request> = Result<ResponseMap[R['type']]>;

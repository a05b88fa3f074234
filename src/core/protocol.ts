// The one message protocol between popup, content scripts and the background worker.
// Every request is validated against these schemas at the background boundary (strict objects:
// unknown fields are rejected), so the types below are what the background can rely on.
import * as v from 'valibot';
import type { ErrorCode } from './errors';
import { documentKey, submittedSection, sectionId, sectionList, token, type FillOutcome, type MenuEntry, type SectionInfo } from './fill';
import { offerChoice, offerPicks, type OfferView } from './offer';
import { itemId, itemSchemas, settingsPatchSchema } from './schemas';
import type { CsvExport, ExportedBackup, ImportStatus, ImportSummary } from './transfer';
import { ITEM_KINDS, type ItemKind, type ItemView, type Settings, type VaultStatus } from './types';

const password = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));
/** The word a page must send with `vault.reset`, after the user has typed their language's word for it. */
export const RESET_CONFIRMATION = 'ERASE';
/** One `items.putMany` is one database transaction; the cap keeps a message to a sane size. */
export const PUT_MANY_MAX = 5000;

const itemInput = v.variant(
  'kind',
  ITEM_KINDS.map((kind) => v.strictObject({ kind: v.literal(kind), id: v.optional(itemId), data: itemSchemas[kind] })) as {
    [K in ItemKind]: v.StrictObjectSchema<
      { kind: v.LiteralSchema<K, undefined>; id: v.OptionalSchema<typeof itemId, undefined>; data: (typeof itemSchemas)[K] },
      undefined
    >;
  }[ItemKind][],
);

/**
 * Files cross the boundary as text. The hard bound here is the browser's own message limit (64 MiB);
 * the handlers refuse anything over MAX_IMPORT_CHARS with a clear `too-large` error.
 */
const fileText = v.pipe(v.string(), v.maxLength(64 * 1024 * 1024));
const importMode = v.picklist(['merge', 'replace']);
const kinds = v.pipe(
  v.array(v.picklist(ITEM_KINDS)),
  v.minLength(1),
  v.check((ks) => new Set(ks).size === ks.length, 'each kind once'),
);

/** Requests only extension pages (popup, unlock page) may send. */
export const pageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('vault.status') }),
  v.strictObject({ type: v.literal('vault.create'), password }),
  v.strictObject({ type: v.literal('vault.unlock'), password }),
  v.strictObject({ type: v.literal('vault.lock') }),
  v.strictObject({ type: v.literal('vault.changePassword'), current: password, next: password }),
  v.strictObject({ type: v.literal('settings.get') }),
  v.strictObject({ type: v.literal('settings.set'), settings: settingsPatchSchema }),
  v.strictObject({ type: v.literal('vault.reset'), confirm: v.literal(RESET_CONFIRMATION) }),
  /** `kinds` narrows the list (Dexie's kind index), so the popup need not decrypt every receipt up front. */
  v.strictObject({ type: v.literal('items.list'), kinds: v.optional(v.pipe(v.array(v.picklist(ITEM_KINDS)), v.minLength(1))) }),
  v.strictObject({ type: v.literal('items.put'), item: itemInput }),
  v.strictObject({ type: v.literal('items.putMany'), items: v.pipe(v.array(itemInput), v.minLength(1), v.maxLength(PUT_MANY_MAX)) }),
  v.strictObject({ type: v.literal('items.delete'), id: itemId }),
  /** An encrypted backup of every item, or of the kinds given, under its own password. */
  v.strictObject({ type: v.literal('backup.export'), password, kinds: v.optional(kinds) }),
  /** Merge skips items already in the wallet; replace first removes every item of the kinds in the file. */
  v.strictObject({ type: v.literal('backup.import'), file: fileText, password, mode: importMode }),
  /** Progress of the running import (or the last one), for a progress bar. */
  v.strictObject({ type: v.literal('backup.importStatus') }),
  /** Bitwarden's unencrypted JSON export: cards, identities and their addresses. Replace mode
   * replaces the kinds the file holds. Security codes are imported only with includeCsc. */
  v.strictObject({ type: v.literal('import.bitwarden'), json: fileText, mode: importMode, includeCsc: v.optional(v.boolean()) }),
  /** Receipts from a CSV file with a header row; always merged. */
  v.strictObject({ type: v.literal('import.receiptsCsv'), csv: fileText }),
  v.strictObject({ type: v.literal('export.csv'), kind: v.picklist(['receipt', 'address']) }),
  /** Save/update offers waiting after a checkout was submitted (every tab's), for the popup. */
  v.strictObject({ type: v.literal('offers.list') }),
  v.strictObject({ type: v.literal('offers.answer'), id: token, choice: offerChoice, picks: offerPicks }),
]);

/** What a frame says when it asks for a menu or a shortcut fill. */
const offerFields = {
  section: sectionId,
  sections: sectionList,
  lang: v.pipe(v.string(), v.maxLength(35)),
  /** Absolute URLs of visible iframes inside the form being filled (hosted card fields). */
  frames: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2048))), v.maxLength(20)),
  doc: documentKey,
};

/** Requests a content script may send. They never name a tab or frame: the background uses the sender's. */
export const contentRequestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('content.formsFound'),
    payment: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    address: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    /** The frame is sandboxed (opaque origin): it is never filled from elsewhere. */
    sandboxed: v.optional(v.boolean()),
    /** When this frame's document started (performance.timeOrigin): a frame older than the tab's
     * top document belongs to a page the tab has left. */
    since: v.pipe(v.number(), v.minValue(0)),
  }),
  /** The user focused a field the wallet understood: open an offer and get its token for the menu frame. */
  v.strictObject({ type: v.literal('content.menuOpen'), ...offerFields }),
  v.strictObject({ type: v.literal('content.menuClosed') }),
  /** A form the wallet understood (a card or address section) was submitted: what its typed fields
   * held (never passwords or untyped fields), and label/text pairs near the order summary. */
  v.strictObject({
    type: v.literal('content.submitted'),
    sections: v.pipe(v.array(submittedSection), v.maxLength(50)),
    totals: v.pipe(v.array(v.strictObject({ label: v.pipe(v.string(), v.maxLength(200)), text: v.pipe(v.string(), v.maxLength(200)) })), v.maxLength(200)),
    lang: v.pipe(v.string(), v.maxLength(35)),
    /** The shop's name as the page gives it (og:site_name, or the title's last part). */
    siteName: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  /** The page after a recorded purchase shows this order number (asked for in the content.formsFound reply). */
  v.strictObject({ type: v.literal('content.orderNumber'), orderNumber: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  /** After the keyboard command: the focused frame asks to be filled from the default profile. */
  v.strictObject({ type: v.literal('content.fillDefault'), ...offerFields }),
]);

const entryId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
/** Requests only the inline menu frame (an extension page inside a web tab) may send. */
const frameHeight = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

export const menuRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('menu.entries'), token }),
  v.strictObject({
    type: v.literal('menu.choose'),
    token,
    entryId,
    replace: v.boolean(),
    /** The fresh master password, when card numbers are asked for. */
    password: v.optional(password),
  }),
  v.strictObject({ type: v.literal('menu.unlock'), token, password }),
  v.strictObject({ type: v.literal('menu.close'), token }),
  /** The save/update offer frame (offer.html#token), shown in the page after a checkout was submitted. */
  v.strictObject({ type: v.literal('offer.view'), token }),
  v.strictObject({ type: v.literal('offer.unlock'), token, password }),
  v.strictObject({ type: v.literal('offer.answer'), token, choice: offerChoice, picks: offerPicks }),
  /** "Never offer on this site": the background excludes the origin of the frame the offer came from. */
  v.strictObject({ type: v.literal('menu.exclude'), token }),
  /** The height the menu's (or the offer's) content wants (CSS px); the content script clamps it. */
  v.strictObject({ type: v.literal('menu.resize'), token, height: frameHeight }),
  v.strictObject({ type: v.literal('offer.resize'), token, height: frameHeight }),
]);

export type PageRequest = v.InferOutput<typeof pageRequestSchema>;
export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;
export type MenuRequest = v.InferOutput<typeof menuRequestSchema>;
export type Request = PageRequest | ContentRequest | MenuRequest;
export type { SectionInfo };
export type ItemInput = v.InferInput<typeof itemInput>;

export interface ResponseMap {
  'vault.status': VaultStatus;
  'vault.create': VaultStatus;
  'vault.unlock': VaultStatus;
  'vault.lock': VaultStatus;
  'vault.changePassword': null;
  'vault.reset': VaultStatus;
  'settings.get': Settings;
  'settings.set': Settings;
  'items.list': ItemView[];
  'items.put': { id: string };
  'items.putMany': { ids: string[] };
  'items.delete': null;
  'backup.export': ExportedBackup;
  'backup.import': ImportSummary;
  'backup.importStatus': ImportStatus;
  'import.bitwarden': ImportSummary;
  'import.receiptsCsv': ImportSummary;
  'export.csv': CsvExport;
  /** awaitOrder: this top frame is the page right after a recorded purchase; send its order number. */
  'content.formsFound': { state: VaultStatus['state']; awaitOrder?: true };
  'content.submitted': null;
  'content.orderNumber': null;
  /** token null: no menu here (excluded site, no vault). */
  'content.menuOpen': { token: string | null };
  'content.menuClosed': null;
  'content.fillDefault': FillOutcome;
  'menu.entries': { state: VaultStatus['state']; entries: MenuEntry[]; askPassword: boolean };
  'menu.choose': FillOutcome;
  'menu.unlock': VaultStatus;
  'menu.close': null;
  'offers.list': OfferView[];
  'offers.answer': null;
  'offer.view': OfferView;
  'offer.unlock': OfferView;
  'offer.answer': null;
  'menu.exclude': null;
  'menu.resize': null;
  'offer.resize': null;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
export type ResponseFor<R extends Request> = Result<ResponseMap[R['type']]>;

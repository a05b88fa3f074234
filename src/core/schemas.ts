// The shape of every item the wallet stores, as valibot schemas: validated when a page saves an item
// and again when the vault decrypts one (a record that does not match is reported as damaged).
// Types are inferred from these schemas (see types.ts), so the two cannot drift apart.
import * as v from 'valibot';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optText = (max: number) => v.optional(text(max));
export const itemId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'ISO 4217 currency code'));
/** Money in minor units of its currency (cents), so sums never suffer from floating point. */
const minorUnits = v.pipe(v.number(), v.integer(), v.minValue(-1e13), v.maxValue(1e13));

export const CARD_TYPES = ['credit', 'debit', 'prepaid'] as const;
export const CARD_STATUSES = ['active', 'blocked', 'revoked'] as const;

export const cardSchema = v.strictObject({
  number: v.pipe(v.string(), v.regex(/^\d{12,19}$/, 'card number: 12 to 19 digits')),
  holder: text(200),
  expMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  expYear: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2199)),
  /** Stored only when the user opts in. */
  csc: v.optional(v.pipe(v.string(), v.regex(/^\d{3,4}$/))),
  nickname: optText(100),
  colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))),
  cardType: v.optional(v.picklist(CARD_TYPES), 'credit'),
  /** Blocked and revoked cards are kept for the record and never offered for filling. */
  status: v.optional(v.picklist(CARD_STATUSES), 'active'),
  prepaid: v.optional(
    v.strictObject({
      balance: minorUnits,
      currency,
      codes: v.pipe(v.array(v.strictObject({ code: text(100), used: v.boolean() })), v.maxLength(1000)),
    }),
  ),
});

export const loyaltySchema = v.strictObject({
  name: text(200),
  number: text(100),
  merchant: text(200),
});

export const addressSchema = v.strictObject({
  label: optText(100),
  name: text(200),
  organization: optText(200),
  street: text(300),
  line2: optText(300),
  city: text(200),
  region: optText(200),
  postalCode: text(32),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code')),
  phone: optText(64),
  email: optText(320),
});

export const identitySchema = v.strictObject({
  givenName: text(200),
  familyName: text(200),
  organization: optText(200),
  email: optText(320),
  phone: optText(64),
});

/** A named bundle; a missing or deleted part leaves the profile visibly incomplete. */
export const profileSchema = v.strictObject({
  name: text(100),
  cardId: v.optional(itemId),
  billingId: v.optional(itemId),
  shippingId: v.optional(itemId),
  identityId: v.optional(itemId),
  loyaltyId: v.optional(itemId),
});

/** A purchase record. Card name and last four digits are copied as they were at purchase time. */
export const receiptSchema = v.strictObject({
  merchant: text(200),
  site: text(2048),
  date: v.pipe(v.string(), v.isoTimestamp()),
  amount: v.optional(minorUnits),
  currency: v.optional(currency),
  cardId: v.optional(itemId),
  cardLabel: optText(200),
  cardLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  profileId: v.optional(itemId),
  profileName: optText(100),
  orderNumber: optText(100),
  note: optText(2000),
  /** The amount could not be read from the page: the user should complete it. */
  needsReview: v.optional(v.boolean(), false),
});

export const itemSchemas = {
  card: cardSchema,
  loyalty: loyaltySchema,
  address: addressSchema,
  identity: identitySchema,
  profile: profileSchema,
  receipt: receiptSchema,
} as const;

export const LOCK_MINUTES = [1, 5, 15, 30, 60] as const;
export const UI_LANGUAGES = ['auto', 'en', 'fr', 'zh_CN'] as const;
export const CARD_VIEWS = ['pictures', 'list', 'icons'] as const;
/** An origin such as https://shop.example (scheme, host, optional port; no path). */
export const EXCLUDED_SITES_MAX = 1000;
export const origin = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s]+$/, 'an origin like https://shop.example'));

const settingFields = {
  lockMinutes: v.picklist(LOCK_MINUTES),
  lockOnOsLock: v.boolean(),
  /** Card number and CVC reach a page only after a fresh master-password prompt. */
  askBeforeFillingCards: v.boolean(),
  /** Sites where the wallet never offers to fill or save. */
  excludedSites: v.pipe(v.array(origin), v.maxLength(EXCLUDED_SITES_MAX)),
  /** 'auto' follows the browser's language. */
  language: v.picklist(UI_LANGUAGES),
  defaultProfileId: v.nullable(itemId),
  /** How the manager shows cards: pictures, a detailed list or compact icons. */
  cardView: v.picklist(CARD_VIEWS),
};

export const DEFAULT_SETTINGS = {
  lockMinutes: 5,
  lockOnOsLock: true,
  askBeforeFillingCards: true,
  excludedSites: [],
  language: 'auto',
  defaultProfileId: null,
  cardView: 'pictures',
} as const satisfies { [K in keyof typeof settingFields]: v.InferOutput<(typeof settingFields)[K]> };

/** Stored settings: each field falls back to its default on its own, so one unreadable value (say,
 * a choice a newer version added) does not reset the others. */
export const storedSettingsSchema = v.object(
  Object.fromEntries(
    Object.entries(settingFields).map(([k, schema]) => {
      const d = DEFAULT_SETTINGS[k as keyof typeof settingFields];
      return [k, v.optional(v.fallback(schema, d as never), d as never)];
    }),
  ) as { [K in keyof typeof settingFields]: v.OptionalSchema<v.SchemaWithFallback<(typeof settingFields)[K], never>, never> },
);

/** What a page may change: any subset of the fields, nothing else. */
export const settingsPatchSchema = v.strictObject(
  Object.fromEntries(Object.entries(settingFields).map(([k, schema]) => [k, v.optional(schema)])) as {
    [K in keyof typeof settingFields]: v.OptionalSchema<(typeof settingFields)[K], undefined>;
  },
);

export type Settings = { -readonly [K in keyof typeof settingFields]: v.InferOutput<(typeof settingFields)[K]> };

// What a fill moves between background, menu frame and content script: the sections a frame found
// (field types and shapes, never values), masked menu entries, and the values for one frame's fields.
import * as v from 'valibot';
import { ADDRESS_FIELD_TYPES, CARD_FIELD_TYPES, type FieldType } from './field-types';

export const SECTION_KINDS = ['payment', 'billing', 'shipping', 'contact', 'address'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

const fieldType = v.picklist([...CARD_FIELD_TYPES, ...ADDRESS_FIELD_TYPES]);
export const sectionId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/));
export const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));

const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
/**
 * One field as the page shows it (never its value): its type and what shapes the value — the kind
 * of control, maxlength, placeholder, pattern, a select's options as [value, text]. The background
 * formats from these, so the format knowledge stays out of the content script.
 */
export const fieldHint = v.strictObject({
  type: fieldType,
  /**
   * An input's type ("text", "tel", "number"…), or "select" or "textarea": a textarea keeps a value's
   * lines (an input gets them joined by ", "); a number box takes digits only.
   */
  control: v.pipe(v.string(), v.regex(/^[a-z-]{1,20}$/)),
  maxLength: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(524288)),
  placeholder: short(100),
  pattern: short(300),
  options: v.optional(v.pipe(v.array(v.tuple([short(100), short(100)])), v.maxLength(400))),
  /** Whether it looks visible (not hidden, transparent or tiny): hidden fields get no value and take no part in a split card number. The content script checks fully (covered, clipped, off-screen) before it fills. */
  visible: v.boolean(),
});
export type FieldHint = v.InferOutput<typeof fieldHint>;

/** One section of a frame's forms, as the content script describes it: its fields in order. */
export const sectionInfo = v.strictObject({
  id: sectionId,
  kind: v.picklist(SECTION_KINDS),
  fields: v.pipe(v.array(fieldHint), v.maxLength(200)),
});
export const sectionList = v.pipe(v.array(sectionInfo), v.maxLength(50));
export type SectionInfo = v.InferOutput<typeof sectionInfo>;
/** A content script's document, as it names itself (a random number drawn once per document). */
export const documentKey = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
/** A frame's answer to `fill.describe`: its document and its sections. */
export const frameDescription = v.strictObject({ doc: documentKey, sections: sectionList });
export type FrameDescription = v.InferOutput<typeof frameDescription>;

/** A submitted section: the text of each typed field (a select's chosen option text). */
export const submittedSection = v.strictObject({
  id: sectionId,
  kind: v.picklist(SECTION_KINDS),
  values: v.record(fieldType, short(300)),
});
export type SubmittedSection = v.InferOutput<typeof submittedSection>;

/** A field's value: `v` is the preferred text; `alts` other forms a select or pattern may want. */
export interface FieldValue {
  v: string;
  alts?: string[];
}
export type SectionValues = Partial<Record<FieldType, FieldValue>>;

export const ENTRY_KINDS = ['profile', 'card', 'address', 'identity'] as const;
export interface MenuEntry {
  id: string;
  kind: (typeof ENTRY_KINDS)[number];
  /** Masked: "Visa •••• 4242, exp 08/29". */
  label: string;
  /** Whether choosing it releases a card number or CVC (so the password prompt may apply). */
  hasCard: boolean;
}

export interface FillOutcome {
  filled: number;
  /** Field types whose value the page refused (it did not stick). */
  rejected: string[];
  /** Fields left alone: hidden, covered, already typed in, or refused by the frame policy. */
  skipped: number;
  /** The menu was covered, faded or had just moved when the choice reached the page: nothing was filled anywhere, and the menu may be chosen from again. */
  moved?: true;
}

/** Per section id, the text for each of its fields in order (a select's option value); null: leave it. */
export type FrameTexts = Record<string, (string | null)[]>;

/** Messages the background sends to a content script (tabs.sendMessage to one frame). */
export type ToContent =
  /** `doc`: the document the fill was planned for; any other document of the frame leaves it. */
  | { type: 'fill.apply'; doc: number; values: FrameTexts; replace: boolean }
  | { type: 'fill.focused' }
  /** A fill from another frame is about to reach this one: its document and its sections' field shapes, never values. */
  | { type: 'fill.describe' }
  | { type: 'menu.hide' }
  /** Show the save/update offer frame (offer.html#token) in the top page, or take it away. */
  | { type: 'offer.show'; token: string }
  | { type: 'offer.hide' }
  /** The menu frame's wanted height, relayed for the menu showing `token` (the page never sees it). */
  | { type: 'menu.size'; token: string; height: number }
  /** The same for the save offer's frame, to the tab's top page. */
  | { type: 'offer.size'; token: string; height: number };

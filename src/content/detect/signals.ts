// Reads what a person would look at to tell what a control is for: its labels, the text just
// before it, its placeholder, name and id, its type and size, and a select's options.
import { parseAutocomplete, type AutocompleteInfo } from './autocomplete';
import { CONTROL_TAGS, type Control } from './controls';
import { firstChild, localName, nextSibling, nodeType, parentElement, previousSibling, tagged, textData } from './dom';
import { remember, StringsMemo } from './memo';
import { classifyOptions, type OptionsKind } from './options';
import { attributeWords, normalizeText, words } from './text';

export interface Signals {
  /**
   * Text of the control's labels (<label for>, wrapping label, aria-labelledby, aria-label),
   * normalised, with numbers of two or more digits folded to 0: what the rules read (no rule reads
   * such a number).
   */
  readonly labelKey: string;
  /** Text just before the control (or just after, when nothing precedes it), for unlabelled ones. */
  readonly nearby: string;
  placeholder: string;
  /** name and id as words, numbers of two or more digits folded to 0. */
  attrs: string;
  /** input type ("email" or "tel" also for a text box whose inputmode says so), or "select" / "textarea". */
  kind: string;
  /** maxlength (or size when no maxlength), 0 when neither is set and for a select. */
  maxLength: number;
  readonly options: OptionsKind;
  ac: AutocompleteInfo;
}

const TEXT_LIMIT = 120;
// Compared by localName: tagName builds an upper-cased string on every read, and these loops are hot.
const SKIP_TEXT_OF = new Set(words('script style noscript template select option textarea button svg'));

/** Visible-ish text of a subtree, bounded; stops at a control when stopAtControl is set. */
function textOf(root: Node, stopAtControl: boolean): { text: string; hitControl: boolean } {
  let text = '';
  let hitControl = false;
  const visit = (node: Node, depth: number): void => {
    if (text.length > TEXT_LIMIT || hitControl || depth > 30) return;
    const type = nodeType.call(node);
    if (type === 3) {
      text += ` ${textData.call(node)}`;
      return;
    }
    if (type !== 1) return;
    const tag = localName.call(node);
    if (CONTROL_TAGS.has(tag) && stopAtControl) {
      hitControl = true;
      return;
    }
    if (SKIP_TEXT_OF.has(tag)) return;
    for (let c = firstChild.call(node); c; c = nextSibling.call(c)) visit(c, depth + 1);
  };
  visit(root, 0);
  return { text: text.slice(0, TEXT_LIMIT * 2), hitControl };
}

const NO_LABELS: readonly Element[] = [];

/**
 * Label lookup for one classification pass. `control.labels` walks the whole tree on every call,
 * which is quadratic on big pages, so <label for> elements are indexed once per document or
 * shadow root.
 */
export class LabelIndex {
  /** Per root: its <label for> elements by id, and whether it has a label without `for` (which may wrap a control). */
  readonly #byRoot = new Map<Node, RootLabels>();
  readonly #home: Document | ShadowRoot | null;

  /** home: the root every control of this pass lives in, when the collector knows it (getRootNode per control is then not needed). */
  constructor(home: Document | ShadowRoot | null = null) {
    this.#home = home;
  }

  rootOf(el: Control): Document | ShadowRoot {
    return this.#home ?? (el.getRootNode() as Document | ShadowRoot);
  }

  /** The control's labels: one as it is (the common case: no array per control), several as an array. */
  labelsOf(el: Control, id: string, root: Document | ShadowRoot): Element | readonly Element[] {
    let known = this.#byRoot.get(root);
    if (!known) {
      known = { byId: new Map(), wrapping: false, sharing: new Map() };
      const all = tagged<HTMLLabelElement>(root, 'label');
      for (let i = 0; i < all.length; i++) {
        const label = all[i]!;
        // htmlFor reflects `for` faster than getAttribute reads it; '' (absent or empty) and a label
        // outside the HTML namespace (no htmlFor) ask getAttribute, which tells absent from empty.
        const id = (label as HTMLLabelElement).htmlFor || label.getAttribute('for');
        if (id === null) {
          known.wrapping = true;
          continue;
        }
        const found = known.byId.get(id);
        if (!found) known.byId.set(id, label);
        else if (Array.isArray(found)) found.push(label);
        else known.byId.set(id, [found, label]);
      }
      this.#byRoot.set(root, known);
    }
    const found = id ? known.byId.get(id) : undefined;
    const out = found === undefined ? NO_LABELS : Array.isArray(found) ? ownLabels(el, id, root, found, known.sharing) : found;
    const wrapping = known.wrapping ? el.parentElement?.closest('label') : null;
    return wrapping && !wrapping.hasAttribute('for') ? [out, wrapping].flat() : out;
  }
}

interface RootLabels {
  /** An id's one label as it is (the common case: no array per label), several as an array. */
  byId: Map<string, Element | Element[]>;
  wrapping: boolean;
  /** The elements sharing an id that several labels are for, by id. */
  sharing: Map<string, Element[]>;
}

/**
 * Which of several labels for the control's id are its own. Pages repeat ids (a form copied for
 * shipping, component libraries), where a browser gives every label to the first element with the
 * id. One label serves them all (better than none: labelsOf takes it as it is); several mean the
 * n-th label for the n-th element when the counts agree, and otherwise at least not every label
 * for the first.
 */
function ownLabels(el: Control, id: string, root: Document | ShadowRoot, labels: Element[], sharing: Map<string, Element[]>): readonly Element[] {
  let same = sharing.get(id);
  if (!same) sharing.set(id, (same = [...root.querySelectorAll(`[id="${CSS.escape(id)}"]`)]));
  if (same.length === 1) return labels;
  const n = same.indexOf(el);
  const own = same.length === labels.length || n === 0 ? labels[n] : undefined;
  return own ? [own] : NO_LABELS;
}

/**
 * A label's text; most labels hold only text, read without the walk. A label holding a control says
 * what it is before it ("City <input> Please enter a city, state and ZIP"), or, with nothing before
 * it, after it (a floating label: "<input> <span>City</span>").
 */
function labelTextOf(label: Element): string {
  if (!label.childElementCount) return (label.textContent ?? '').slice(0, TEXT_LIMIT * 2);
  // A walk that met no control read the whole label: walking it again would read the same.
  const { text, hitControl } = textOf(label, true);
  return hitControl && !/\p{L}/u.test(text) ? textOf(label, false).text : text;
}

/** The labels' text as the page has it (labelKeyOf makes it the label key). */
function rawLabelText(el: Control, attrs: Attributes, index: LabelIndex): string {
  const root = index.rootOf(el);
  let text = '';
  if (typeof root.querySelectorAll === 'function') {
    const labels = index.labelsOf(el, attrs.id, root);
    if (!Array.isArray(labels)) text = labelTextOf(labels as Element);
    else for (const l of labels as readonly Element[]) text = text ? `${text} ${labelTextOf(l)}` : labelTextOf(l);
  }
  const ids = attrs['aria-labelledby'];
  if (ids && typeof root.getElementById === 'function') {
    for (const id of ids.split(/\s+/).slice(0, 5)) {
      const ref = id && root.getElementById(id);
      if (ref) text += ` ${textOf(ref, false).text}`;
    }
  }
  if (attrs['aria-label']) text += ` ${attrs['aria-label']}`;
  return text;
}

const labelText = (raw: string): string => normalizeText(raw).slice(0, TEXT_LIMIT * 2);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Numbers of two or more digits folded to 0: big pages number their fields ("Street 17", "street17").
 * Does what text.replace(/\d{2,}/g, '0') does, by a scan that hands text back as it is when no
 * such number is in it (the common case, and the regex replace was a tenth of a classification).
 */
export function foldNumbers(text: string): string {
  let out = '';
  let copied = 0; // text before this index is in out
  for (let i = 0; i < text.length; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end - i >= 2) {
      out += `${text.slice(copied, i)}0`;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const LABEL_ASCII = /^[\t\n\r\x20-\x7e]*$/;
const keyMemo = new Map<string, string>();

/**
 * The label key, memoised by the raw text with its numbers folded. Only for ASCII text of at most
 * TEXT_LIMIT * 2 characters, where folding first gives the same key (normalising it never
 * lengthens it, so the slice never cuts it); other text never folds to such a memo entry.
 */
function labelKeyOf(raw: string): string {
  if (raw.length > TEXT_LIMIT * 2) return foldNumbers(labelText(raw));
  const folded = foldNumbers(raw);
  let key = keyMemo.get(folded);
  if (key === undefined) {
    if (!LABEL_ASCII.test(raw)) return foldNumbers(labelText(raw));
    key = remember(keyMemo, folded, labelText(folded));
  }
  return key;
}

/**
 * The first text among `from` and the siblings after it in one direction (step: previousSibling or
 * nextSibling), cut to TEXT_LIMIT at the end nearest the control; '' at a sibling that holds another
 * control (text beside it is that control's label: "<label>City <input></label>"); null when the
 * siblings run out.
 */
function siblingText(from: ChildNode | null, step: typeof nextSibling, before: boolean): string | null {
  for (let s = from; s; s = step.call(s)) {
    const { text, hitControl } = textOf(s, true);
    if (hitControl) return '';
    const t = normalizeText(text);
    if (t) return before ? t.slice(-TEXT_LIMIT) : t.slice(0, TEXT_LIMIT);
  }
  return null;
}

/**
 * The closest text before the control, climbing a few levels, never past another control nor from
 * beside one. A level where the node is its parent's first child is not counted: widgets wrap their
 * input in several boxes (a combobox's container, its value box) and the label sits beside the
 * outermost. Six levels in all: more reached headings above hidden inputs (corpus: 10 levels typed
 * 4 'none' fields, 6 typed 2).
 */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let level = 0, climbed = 0; level < 4 && climbed++ < 6 && node && localName.call(node) !== 'form'; ) {
    const first = previousSibling.call(node);
    const text = siblingText(first, previousSibling, true);
    if (text !== null) return text;
    if (first) level++;
    node = parentElement.call(node);
  }
  return '';
}

/**
 * Text right after the control in its parent (floating labels placed after the input), but not
 * text that leads up to another control: that is the next box's label ("<label>Email <input>").
 */
function followingText(el: Element): string {
  return siblingText(nextSibling.call(el), nextSibling, false) ?? '';
}

function toNumber(value: string | null): number {
  if (!value) return 0;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** The attributes read by name (all but name, id and placeholder), kept as they are, null when absent. */
type ReadAttribute = 'data-placeholder' | 'maxlength' | 'size' | 'autocomplete' | 'aria-label' | 'aria-labelledby' | 'inputmode';
type Attributes = { readonly id: string } & Record<ReadAttribute, string | null>;

const TYPED_INPUTMODES = new Set(['email', 'tel']);

// Big pages number their fields ("street17", "items[17].qty"), and no rule reads a number of two or
// more digits: folding those makes the name/id words of repeated fields one memo entry.
const wordsMemo = new StringsMemo<string>();

function nameWords(name: string, id: string): string {
  // Folded apart (no number runs across the space that joins them) and looked up by name, then id.
  const n = foldNumbers(name);
  const i = foldNumbers(id);
  return wordsMemo.get(n, i) ?? wordsMemo.remember(attributeWords(`${n} ${i}`), n, i);
}

/**
 * The cheap signals at once; the label, the nearby text and a select's options (the costly ones)
 * when first read. A field with a valid autocomplete token usually never needs them: its type is
 * the token, its section mode the token's or its name's. (A class: its getters live once on the
 * prototype, where an object literal would make three closures per field.)
 */
class FieldSignals implements Signals, Attributes {
  readonly kind: string;
  readonly placeholder: string;
  readonly attrs: string;
  readonly maxLength: number;
  readonly ac: AutocompleteInfo;
  readonly id: string;
  // The attributes, null when absent; read into the signals themselves (no object per field).
  'data-placeholder': string | null = null;
  maxlength: string | null = null;
  size: string | null = null;
  autocomplete: string | null = null;
  'aria-label': string | null = null;
  'aria-labelledby': string | null = null;
  inputmode: string | null = null;
  // Private (#) where only this object's own getters read them: the classifier reads the signals of
  // a box with another label through an object whose prototype is this one (guess-field.ts
  // guessWithLabel), which overrides labelKey and nearby and inherits the rest.
  #labelKey?: string;
  #nearby?: string;
  private optionsKind?: OptionsKind;

  constructor(
    private readonly el: Control,
    kind: string,
    private readonly index: LabelIndex,
  ) {
    // name and id, mostly present, are read through their reflecting properties (about three times
    // faster than getAttribute); only a control outside the HTML namespace (<svg><input name>) has no
    // name property. The others are mostly absent: one call lists the names present, and only those
    // are read (el.attributes would build an Attr node for each). An exact name match is what
    // getAttribute does: it lower-cases the name it is asked for only where the parser lower-cased the page's.
    this.id = el.id;
    let placeholder: string | null = null;
    for (const name of el.getAttributeNames()) {
      if (name === 'placeholder') placeholder = el.getAttribute(name);
      else if (READ_BY_NAME.has(name)) this[name as ReadAttribute] = el.getAttribute(name);
    }
    // A text box for an e-mail address or a phone number often says so by the keyboard it asks for.
    const mode = kind === 'text' ? this.inputmode?.toLowerCase() : '';
    this.kind = mode && TYPED_INPUTMODES.has(mode) ? mode : kind;
    this.placeholder = normalizeText(placeholder ?? this['data-placeholder'] ?? '').slice(0, TEXT_LIMIT);
    this.attrs = nameWords(el.name ?? el.getAttribute('name') ?? '', this.id);
    // A select's size is the rows it shows, not a length (and it takes no maxlength).
    this.maxLength = this.kind === 'select' ? 0 : toNumber(this.maxlength) || toNumber(this.size);
    this.ac = parseAutocomplete(this.autocomplete);
  }

  get labelKey(): string {
    return (this.#labelKey ??= labelKeyOf(rawLabelText(this.el, this, this.index)));
  }

  get nearby(): string {
    return (this.#nearby ??= this.labelKey ? '' : precedingText(this.el) || followingText(this.el));
  }

  get options(): OptionsKind {
    if (this.optionsKind === undefined) this.optionsKind = this.kind === 'select' ? classifyOptions(this.el as HTMLSelectElement) : null;
    return this.optionsKind;
  }
}

/** The attributes read by getAttribute besides placeholder (which the signals keep normalised), by their names. */
const READ_BY_NAME = new Set(words('data-placeholder maxlength size autocomplete aria-label aria-labelledby inputmode'));

/** kind: the control's kind (controls.ts kindOf), which the collector has read already. */
export function readSignals(el: Control, kind: string, index: LabelIndex): Signals {
  return new FieldSignals(el, kind, index);
}

// Finds the controls a wallet could fill, in document order, through open shadow roots and the
// same-origin frames that run no content script of their own (srcdoc, about:blank).

import { localName, shadowRoot, tagged } from './dom';
import { words } from './text';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type DetectRoot = Document | ShadowRoot | Element;

/** Input types that never take an address or card value. */
const UNFILLABLE_INPUT_TYPES = new Set(
  words('hidden submit button reset image checkbox radio password file range color date datetime-local time week search'),
);

export const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);
const MAX_DEPTH = 20; // nested shadow roots / frames: deeper is hostile, not a checkout

/** What a control is: its input type, or "select" / "textarea" (localName: tagName builds a string). */
export function kindOf(el: Control): string {
  const tag = el.localName;
  return tag === 'input' ? (el as HTMLInputElement).type : tag;
}

/**
 * A frame's document when it is same-origin and runs no content script of its own (srcdoc,
 * about:blank): an http(s) frame runs its own, which counts and fills its fields, so walking it
 * from here would count them twice.
 */
function innerDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc && !/^https?:/.test(doc.URL) ? doc : null;
  } catch {
    return null; // cross-origin: that frame runs its own content script
  }
}

export interface Collected {
  controls: Control[];
  /** Each control's kind (kindOf), read once here. */
  kinds: string[];
  /** The document or shadow root all the controls live in, when they are all in root's own tree (else null). */
  home: Document | ShadowRoot | null;
  /** The shadow roots and frame documents walked (what the form watcher observes besides the page). */
  nested: (Document | ShadowRoot)[];
}

/** Every fillable control under root, in document order. */
export function collectControls(root: DetectRoot): Collected {
  const found: Collected = { controls: [], kinds: [], home: null, nested: [] };
  if (hasNestedRoots(root)) walk(root, found, 0);
  else {
    queryControls(root, found);
    found.home = root.getRootNode() as Document | ShadowRoot;
  }
  return found;
}

function add(el: Control, kind: string, out: Collected): void {
  if (UNFILLABLE_INPUT_TYPES.has(kind)) return;
  out.controls.push(el);
  out.kinds.push(kind);
}

const CONTROLS = 'input,select,textarea';

const NESTED = 'input,select,textarea,iframe,frame';

/** True when root holds no element of these tags (tagged: cheap on an unchanged document; a shadow root is queried per tag). */
function lacks(root: DetectRoot, ...tags: string[]): boolean {
  return tags.every((tag) => !tagged(root, tag).length);
}

/** A frame of ours (innerDocument) that holds controls (or frames). */
function frameWithControls(root: DetectRoot): boolean {
  return [...tagged<HTMLIFrameElement>(root, 'iframe'), ...tagged<HTMLFrameElement>(root, 'frame')].some((frame) => innerDocument(frame)?.querySelector(NESTED));
}

function hasNestedRoots(root: DetectRoot): boolean {
  if (frameWithControls(root)) return true;
  // A TreeWalker visits elements about three times faster than iterating querySelectorAll('*').
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (shadowRoot.call(node)) return true;
  return false;
}

/** The common case: one selector query finds every control, already in document order. */
function queryControls(root: DetectRoot, out: Collected): void {
  // A one-tag query takes the browser's fast path, a selector list the slow one (matched element by
  // element): a page with only inputs asks for those.
  const onlyInputs = lacks(root, 'select', 'textarea');
  const found = root.querySelectorAll<Control>(onlyInputs ? 'input' : CONTROLS);
  for (let i = 0; i < found.length; i++) add(found[i]!, onlyInputs ? (found[i] as HTMLInputElement).type : kindOf(found[i]!), out);
}

/** Walks a root that holds shadow roots or frames of ours (innerDocument) with controls. */
function walk(root: DetectRoot, out: Collected, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (depth > 0 && !hasNestedRoots(root)) return queryControls(root, out);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const tag = localName.call(el);
    if (CONTROL_TAGS.has(tag)) add(el as Control, kindOf(el as Control), out);
    else if (tag === 'iframe' || tag === 'frame') {
      const doc = innerDocument(el as HTMLIFrameElement);
      if (doc?.documentElement) out.nested.push(doc), walk(doc.documentElement, out, depth + 1);
    }
    const shadow = shadowRoot.call(el);
    if (shadow) out.nested.push(shadow), walk(shadow, out, depth + 1);
  }
}

// The DOM reads of the classifier's climbs and walks, through the getters the prototypes hold
// (called as getter.call(node) where they are used). A property read on nodes of many kinds (div,
// fieldset, form, label, text...) is megamorphic in V8's inline caches and several times slower
// than calling the one getter: on the 5,000-field bench page an ancestor climb from every control
// took 4.5 ms read as properties and 1.3 ms through the getters. The getters check their receiver
// natively: a same-origin frame's nodes pass in Chromium and, through Xrays, in Firefox ESR
// (e2e/firefox/frames-detect.test.mjs). A form's own getters cannot be shadowed by its controls.

type Getter<T> = (this: Node) => T;

/** The getter of key on proto or the first prototype above it that holds one; a plain read if none does. */
function getter<T>(proto: object, key: string): Getter<T> {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const get = Object.getOwnPropertyDescriptor(p, key)?.get;
    if (get) return get as Getter<T>;
  }
  return function (this: Node) {
    return (this as unknown as Record<string, T>)[key]!;
  };
}

const N = Node.prototype;
const E = Element.prototype;
export const parentElement = getter<Element | null>(N, 'parentElement');
export const firstChild = getter<ChildNode | null>(N, 'firstChild');
export const nextSibling = getter<ChildNode | null>(N, 'nextSibling');
export const previousSibling = getter<ChildNode | null>(N, 'previousSibling');
export const nodeType = getter<number>(N, 'nodeType');
/** A text node's text (Node's nodeValue getter is CharacterData's own in some DOMs, such as the tests' happy-dom). */
export const textData = getter<string>(CharacterData.prototype, 'data');
export const localName = getter<string>(E, 'localName');
export const idOf = getter<string>(E, 'id');
export const classOf = getter<string>(E, 'className');
export const previousElementSibling = getter<Element | null>(E, 'previousElementSibling');
export const shadowRoot = getter<ShadowRoot | null>(E, 'shadowRoot');

/**
 * root's elements of one tag, in document order. A document's or element's collection of a tag is
 * kept by the browser (with its length) until the tree changes, and is built faster than a
 * selector list ('iframe,frame') is matched over the page; a shadow root has none: queried.
 */
export function tagged<T extends Element>(root: Document | ShadowRoot | Element, tag: string): ArrayLike<T> & Iterable<T> {
  return 'getElementsByTagName' in root ? (root.getElementsByTagName(tag) as HTMLCollectionOf<T>) : root.querySelectorAll<T>(tag);
}

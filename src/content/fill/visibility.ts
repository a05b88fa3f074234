// Would a careful person see this element? Never fill a field the user cannot see: hidden,
// transparent, zero-size, off-screen, clipped away or covered by something else.

const MIN_OPACITY = 0.1;
const MIN_SIDE = 4;

/** Opacity of the element times that of every ancestor (through shadow hosts): what actually shows. */
export function effectiveOpacity(el: Element): number {
  let o = 1;
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    o *= Number(getComputedStyle(n).opacity) || 0;
  }
  return o;
}

/** True when what is on top at (x, y), looking through `ignore`, is `el` itself, something inside it, or one of its ancestors. */
function onTopAt(el: Element, x: number, y: number, ignore: Element | undefined): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const hit = root.elementsFromPoint(x, y).find((e) => e !== ignore);
  return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
}

/** `ignore`: the wallet's own menu, which may lie over the fields it is about to fill. */
export function isVisible(el: Element, ignore?: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < MIN_SIDE || r.height < MIN_SIDE) return false;
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  if (effectiveOpacity(el) < MIN_OPACITY) return false;
  // Off-screen: outside the scrollable page (negative coordinates cannot be scrolled to).
  const doc = el.ownerDocument.documentElement;
  if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0 || r.left + scrollX >= doc.scrollWidth || r.top + scrollY >= doc.scrollHeight) return false;
  // Clipped away by an ancestor's overflow or clip.
  for (let a = el.parentElement; a; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflow === 'visible' && s.clip === 'auto') continue;
    const c = a.getBoundingClientRect();
    if (Math.min(r.right, c.right) - Math.max(r.left, c.left) < MIN_SIDE || Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) < MIN_SIDE) return false;
  }
  // Covered: elementFromPoint needs the field in the viewport. Scrolled there and back within this
  // task, so the page never paints the jump.
  const inView = (b: DOMRect) => b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;
  const [x, y] = [scrollX, scrollY];
  if (!inView(r)) el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const b = el.getBoundingClientRect();
  const onTop = !inView(b) || (onTopAt(el, b.left + b.width / 2, b.top + b.height / 2, ignore) && onTopAt(el, b.left + Math.min(6, b.width / 4), b.top + b.height / 2, ignore));
  if (scrollX !== x || scrollY !== y) scrollTo({ left: x, top: y, behavior: 'instant' });
  return onTop;
}

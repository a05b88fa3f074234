// Would a careful person see this element? Never fill a field the user cannot see: hidden,
// transparent, zero-size, off-screen, clipped away or covered by something else (its own label
// drawn over it without a background, as floating labels are, does not hide it).

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

/**
 * A floating label: `hit` lies in one of the field's own labels, drawn with no background from
 * `hit` up to the label, so the field shows through it.
 */
function seeThroughLabel(el: Element, hit: Element): boolean {
  const label = hit.closest('label');
  if (!label || !Array.from((el as HTMLInputElement).labels ?? []).includes(label)) return false;
  for (let n: Element | null = hit; n; n = n === label ? null : n.parentElement) {
    const { backgroundColor, backgroundImage } = getComputedStyle(n);
    if (backgroundImage !== 'none' || !/^rgba\(.*, 0\)$/.test(backgroundColor)) return false;
  }
  return true;
}

/** True when what is on top at (x, y), looking through `ignore`, is `el` itself, inside it, or its floating label. */
function onTopAt(el: Element, x: number, y: number, ignore: Element | undefined): boolean {
  const hit = (el.getRootNode() as Document | ShadowRoot).elementsFromPoint(x, y).find((e) => e !== ignore);
  return !!hit && (hit === el || el.contains(hit) || seeThroughLabel(el, hit));
}

/**
 * The cheap check, for describing forms (often, on every change): not display/visibility hidden,
 * not transparent itself, not tiny. The full check below runs on each field right before it is filled.
 */
export function looksVisible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width >= MIN_SIDE && r.height >= MIN_SIDE && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** `ignore`: the wallet's own menu, which may lie over the fields it is about to fill. */
export function isVisible(el: Element, ignore?: Element): boolean {
  if (!looksVisible(el) || effectiveOpacity(el) < MIN_OPACITY) return false;
  // Hit-testing needs the field in the viewport and clear of what the page pins over it (a sticky
  // header): where it is, else scrolled to the middle and back within this task, so the page never
  // paints the jump. A field still outside it is off the page (negative coordinates); one clipped
  // by an ancestor or covered by another element is not what is on top at its centre.
  const seen = (): boolean => {
    const r = el.getBoundingClientRect();
    const cy = r.top + r.height / 2;
    const inView = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    return inView && onTopAt(el, r.left + r.width / 2, cy, ignore) && onTopAt(el, r.left + Math.min(6, r.width / 4), cy, ignore);
  };
  if (seen()) return true;
  const [x, y] = [scrollX, scrollY];
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const centred = seen();
  if (scrollX !== x || scrollY !== y) scrollTo({ left: x, top: y, behavior: 'instant' });
  return centred;
}

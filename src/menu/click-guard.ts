// Refuses clicks and keys the user may not have meant for the menu: synthetic events, anything in
// the first moments after it appeared (a page can slide the menu under a pointer that is already
// clicking), and anything while the menu is not fully visible (IntersectionObserver v2 where the
// browser has it: covered, faded or transformed frames report isVisible false).

export const MIN_SHOWN_MS = 500;

export class ClickGuard {
  private shownAt = performance.now();
  private visible = true;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `marker` carries `data-ready` while clicks are accepted by time (what tests wait for). */
  constructor(target: Element, private readonly marker: HTMLElement) {
    try {
      const io = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const v2 = (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
            this.visible = e.isIntersecting && v2 !== false;
          }
        },
        { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      io.observe(target);
    } catch {
      // no IntersectionObserver v2 here (Firefox): the content script's elementFromPoint guard remains
    }
  }

  /** Restarts the delay, e.g. when the menu shows a new view under the pointer or is resized. */
  restart(): void {
    this.shownAt = performance.now();
    this.marker.removeAttribute('data-ready');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.marker.setAttribute('data-ready', ''), MIN_SHOWN_MS);
  }

  allows(e: Event): boolean {
    return e.isTrusted && e.timeStamp - this.shownAt >= MIN_SHOWN_MS && this.visible && document.visibilityState === 'visible';
  }
}

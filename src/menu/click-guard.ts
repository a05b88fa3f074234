// Refuses clicks and keys the user may not have meant for the menu: synthetic events, anything in
// the first moments after it appeared (a page can slide the menu under a pointer that is already
// clicking), and anything while the menu is not fully visible (IntersectionObserver v2 where the
// browser has it: covered, faded or transformed frames report isVisible false).

export const MIN_SHOWN_MS = 500;

export class ClickGuard {
  private shownAt = performance.now();
  private visible = true;

  constructor(target: Element) {
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

  /** Restarts the delay, e.g. when the menu shows a new view under the pointer. */
  restart(): void {
    this.shownAt = performance.now();
  }

  allows(e: Event): boolean {
    return e.isTrusted && e.timeStamp - this.shownAt >= MIN_SHOWN_MS && this.visible && document.visibilityState === 'visible';
  }

  /** Resolves once a click would be accepted by time (for the page's ready marker). */
  ready(): Promise<void> {
    return new Promise((r) => setTimeout(r, Math.max(0, this.shownAt + MIN_SHOWN_MS - performance.now())));
  }
}

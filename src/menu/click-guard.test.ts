// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClickGuard, MIN_SHOWN_MS } from './click-guard';

/** A click now, as the browser stamps it: a user's, or a page script's (happy-dom's events carry no isTrusted). */
const click = (isTrusted = true) => ({ isTrusted, timeStamp: performance.now() }) as Event;

describe('ClickGuard', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('takes clicks and marks itself ready only 500 ms after each restart', () => {
    const root = document.createElement('div');
    const guard = new ClickGuard(root, document.body);
    guard.restart();
    vi.advanceTimersByTime(MIN_SHOWN_MS - 1);
    expect(guard.allows(click())).toBe(false);
    expect(document.body.hasAttribute('data-ready')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(guard.allows(click())).toBe(true);
    expect(document.body.hasAttribute('data-ready')).toBe(true);
    // A new view (or a resized menu) starts over: the marker goes at once, not 500 ms later.
    guard.restart();
    expect(document.body.hasAttribute('data-ready')).toBe(false);
    expect(guard.allows(click())).toBe(false);
    vi.advanceTimersByTime(MIN_SHOWN_MS);
    expect(guard.allows(click())).toBe(true);
    expect(document.body.hasAttribute('data-ready')).toBe(true);
  });

  it('never takes a synthetic click', () => {
    const guard = new ClickGuard(document.createElement('div'), document.body);
    guard.restart();
    vi.advanceTimersByTime(MIN_SHOWN_MS);
    expect(guard.allows(click(false))).toBe(false);
    expect(guard.allows(click())).toBe(true);
  });
});

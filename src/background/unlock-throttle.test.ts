import { describe, expect, it } from 'vitest';
import { delayAfterFailures, FREE_ATTEMPTS, UnlockThrottle } from './unlock-throttle';
import { MemoryStore } from './testing/memory-store';

const S = 1000;
const MIN = 60 * S;

describe('delayAfterFailures', () => {
  it('gives five free attempts', () => {
    expect(FREE_ATTEMPTS).toBe(5);
    for (const n of [0, 1, 2, 3, 4]) expect(delayAfterFailures(n)).toBe(0);
  });

  it('waits 30 s after the fifth failure, doubling each time', () => {
    expect(delayAfterFailures(5)).toBe(30 * S);
    expect(delayAfterFailures(6)).toBe(60 * S);
    expect(delayAfterFailures(7)).toBe(120 * S);
    expect(delayAfterFailures(8)).toBe(240 * S);
    expect(delayAfterFailures(9)).toBe(480 * S);
  });

  it('is capped at 15 minutes', () => {
    expect(delayAfterFailures(10)).toBe(15 * MIN); // 960 s uncapped
    expect(delayAfterFailures(11)).toBe(15 * MIN);
    expect(delayAfterFailures(1000)).toBe(15 * MIN); // 2 ** 995 is Infinity
  });
});

describe('UnlockThrottle', () => {
  function setup() {
    const clock = { now: 1_700_000_000_000 };
    const store = new MemoryStore();
    const throttle = new UnlockThrottle(store, () => clock.now);
    return { clock, store, throttle };
  }

  it('does not throttle the first four failures', async () => {
    const { throttle } = setup();
    expect(await throttle.retryAfterMs()).toBe(0);
    for (let i = 0; i < 4; i++) {
      await throttle.recordFailure();
      expect(await throttle.retryAfterMs()).toBe(0);
    }
  });

  it('asks to wait 30 s after five failures, counting down with time', async () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure();
    expect(await throttle.retryAfterMs()).toBe(30 * S);
    clock.now += 10 * S;
    expect(await throttle.retryAfterMs()).toBe(20 * S);
    clock.now += 19_999;
    expect(await throttle.retryAfterMs()).toBe(1);
    clock.now += 1;
    expect(await throttle.retryAfterMs()).toBe(0);
    clock.now += MIN;
    expect(await throttle.retryAfterMs()).toBe(0);
  });

  it('waits longer after each further failure, timed from the last one', async () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure();
    clock.now += 30 * S;
    await throttle.recordFailure();
    expect(await throttle.retryAfterMs()).toBe(60 * S);
    clock.now += 60 * S;
    await throttle.recordFailure();
    expect(await throttle.retryAfterMs()).toBe(120 * S);
  });

  it('reset clears the count and the wait', async () => {
    const { throttle } = setup();
    for (let i = 0; i < 7; i++) await throttle.recordFailure();
    expect(await throttle.retryAfterMs()).toBe(120 * S);
    await throttle.reset();
    expect(await throttle.retryAfterMs()).toBe(0);
    // The count starts again from zero: four more failures are free, the fifth waits 30 s.
    for (let i = 0; i < 4; i++) await throttle.recordFailure();
    expect(await throttle.retryAfterMs()).toBe(0);
    await throttle.recordFailure();
    expect(await throttle.retryAfterMs()).toBe(30 * S);
  });

  it('keeps the count in the store, so a restarted worker is still throttled', async () => {
    const { clock, store, throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure();
    const restarted = new UnlockThrottle(store, () => clock.now);
    expect(await restarted.retryAfterMs()).toBe(30 * S);
  });

  it('treats a malformed stored record as no failures', async () => {
    const { store, throttle } = setup();
    store.data.unlockFailures = { count: 'many', lastAt: 'yesterday' };
    expect(await throttle.retryAfterMs()).toBe(0);
    await throttle.recordFailure();
    expect(store.data.unlockFailures).toMatchObject({ count: 1 });
  });
});

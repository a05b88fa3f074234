import { describe, expect, it } from 'vitest';
import { StringsMemo } from './memo';

describe('StringsMemo', () => {
  it('finds a value by both keys, and not by either alone or swapped', () => {
    const memo = new StringsMemo<string>();
    memo.remember('first name 0 f 0', 'firstName0', 'f0');
    expect(memo.get('firstName0', 'f0')).toBe('first name 0 f 0');
    expect(memo.get('f0', 'firstName0')).toBeUndefined();
    expect(memo.get('firstName0', '')).toBeUndefined();
  });

  it('tells a third key apart from none', () => {
    const memo = new StringsMemo<string>();
    memo.remember('given-name', 'first name', 'first name', 'text');
    expect(memo.get('first name', 'first name', 'text')).toBe('given-name');
    expect(memo.get('first name', 'first name')).toBeUndefined();
    expect(memo.get('first name', 'first name', 'email')).toBeUndefined();
  });

  it('empties itself when it holds more than its limit in all', () => {
    const memo = new StringsMemo<number>(3);
    for (let k = 0; k < 4; k++) memo.remember(k, 'name', `id${k}`);
    expect(memo.get('name', 'id0')).toBe(0); // four entries: one over the limit, not emptied yet
    memo.remember(9, 'other', 'x');
    expect(memo.get('name', 'id0')).toBeUndefined();
    expect(memo.get('other', 'x')).toBe(9);
  });
});

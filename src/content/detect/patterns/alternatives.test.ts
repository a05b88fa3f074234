import { describe, expect, it } from 'vitest';
import { compactAlternatives, splitAlternatives } from './alternatives';
import { joinedPattern } from './index';
import { RULES, type PatternTable } from './rules';

describe('splitAlternatives', () => {
  it('splits only at top-level bars', () => {
    expect(splitAlternatives('a|(b|c)|[|]|d\\|e|')).toEqual(['a', '(b|c)', '[|]', 'd\\|e', '']);
  });
});

describe('compactAlternatives', () => {
  it('drops a repeated alternative and a word containing another word of the list', () => {
    expect(compactAlternatives('province|state|telephone|phone|province')).toBe('province|state|phone');
  });

  it('drops a word held to a word\'s start or end that contains a plain word of the list', () => {
    expect(compactAlternatives('mobil|\\bmobile\\b|\\bcell|cell|\\bcp\\b')).toBe('mobil|cell|\\bcp\\b');
  });

  it('joins whole words into one group where the first stood', () => {
    expect(compactAlternatives('zip|\\bcp\\b|post ?code|\\bplz\\b|\\bpin\\b')).toBe('zip|\\b(cp|plz|pin)\\b|post ?code');
  });

  it('leaves patterns with operators alone', () => {
    expect(compactAlternatives('\\bcc ?type|card ?type|\\bcc\\b')).toBe('\\bcc ?type|card ?type|\\bcc\\b');
  });

  it('matches the same labels as the joined tables, rule for rule', () => {
    const keys: (keyof PatternTable)[] = [...RULES.map(([id]) => id), 'billing', 'shipping'];
    // Every plain word of every table, alone and inside other text, is a label to try.
    const words = keys.flatMap((key) => splitAlternatives(joinedPattern(key)).filter((a) => /^[\p{L} ]+$/u.test(a)));
    const labels = words.flatMap((w) => [w, `your ${w} here`, `${w}s`]);
    for (const [id] of RULES) {
      const joined = joinedPattern(id);
      if (!joined) continue;
      const [before, after] = [new RegExp(joined), new RegExp(compactAlternatives(joined))];
      expect(after.source.length).toBeLessThanOrEqual(before.source.length);
      for (const label of labels) expect([id, label, after.test(label)]).toEqual([id, label, before.test(label)]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { foldPattern } from '../text';
import { compactAlternatives, splitAlternatives } from './alternatives';
import cjk from './cjk';
import cyrillic from './cyrillic';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import fr from './fr';
import hu from './hu';
import it_ from './it';
import misc from './misc';
import nl from './nl';
import nordic from './nordic';
import pl from './pl';
import pt from './pt';
import ro from './ro';
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

  it('joins whole words into one group where the first stood', () => {
    expect(compactAlternatives('zip|\\bcp\\b|post ?code|\\bplz\\b|\\bpin\\b')).toBe('zip|\\b(?:cp|plz|pin)\\b|post ?code');
  });

  it('leaves patterns with operators alone', () => {
    expect(compactAlternatives('\\bcc ?type|card ?type|\\bcc\\b')).toBe('\\bcc ?type|card ?type|\\bcc\\b');
  });

  it('matches the same labels as the joined tables, rule for rule', () => {
    const tables: PatternTable[] = [en, de, fr, es, it_, nl, pt, cjk, el, hu, ro, pl, nordic, cyrillic, misc];
    // Every plain word of every table, alone and inside other text, is a label to try.
    const words = tables.flatMap((t) => Object.values(t).flatMap((s) => splitAlternatives(foldPattern(s ?? '')).filter((a) => /^[\p{L} ]+$/u.test(a))));
    const labels = words.flatMap((w) => [w, `your ${w} here`, `${w}s`]);
    for (const [id] of RULES) {
      const joined = foldPattern(tables.map((t) => t[id]).filter(Boolean).join('|'));
      if (!joined) continue;
      const [before, after] = [new RegExp(joined), new RegExp(compactAlternatives(joined))];
      expect(after.source.length).toBeLessThanOrEqual(before.source.length);
      for (const label of labels) expect([id, label, after.test(label)]).toEqual([id, label, before.test(label)]);
    }
  });
});

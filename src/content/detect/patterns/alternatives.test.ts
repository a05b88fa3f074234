import { describe, expect, it } from 'vitest';
import { compactAlternatives, essentialAlternatives, splitAlternatives } from './alternatives';
import { joinedPattern } from './index';
import { RULES, type PatternTable } from './rules';

describe('splitAlternatives', () => {
  it('splits only at top-level bars', () => {
    expect(splitAlternatives('a|(b|c)|[|]|d\\|e|')).toEqual(['a', '(b|c)', '[|]', 'd\\|e', '']);
  });
});

describe('compactAlternatives', () => {
  it('drops a repeated alternative and a word containing another word of the list', () => {
    expect(compactAlternatives('province|state|telephone|phone|province')).toBe('province|phone|state');
  });

  it('writes plain words as a prefix tree where that is shorter', () => {
    expect(compactAlternatives('adresse|\\bcp\\b|adresa|address|strasse|street')).toBe('ad(res(se|a)|dress)|\\bcp\\b|str(asse|eet)');
  });

  it('moves no plain word past an alternative that may match where it does', () => {
    expect(compactAlternatives('cardnumber|credit ?card|cartnumber')).toBe('cardnumber|credit ?card|cartnumber');
    expect(compactAlternatives('cardnumber|debit ?card|cartnumber')).toBe('car(dnumber|tnumber)|debit ?card');
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

  it('matches the same labels as the joined tables, rule for rule, and where its essential alternatives match', () => {
    const keys: (keyof PatternTable)[] = [...RULES.map(([id]) => id), 'billing', 'shipping'];
    // Every plain word of every table, alone, inside other text and run into the next word (as in
    // names and ids), is a label to try.
    const words = keys.flatMap((key) => splitAlternatives(joinedPattern(key)).filter((a) => /^[\p{L} ]+$/u.test(a)));
    const labels = words.flatMap((w, i) => [w, `your ${w} here`, `${w}s`, `${w}${words[i + 1] ?? ''}`]);
    // Every match, as attributeRule finds them (guess-field.ts): where each starts and ends.
    const matches = (re: RegExp, text: string) => {
      const found: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(m.index, m.index + m[0].length);
        re.lastIndex = m.index + 1;
      }
      return found.join();
    };
    for (const id of keys) {
      const joined = joinedPattern(id);
      if (!joined) continue;
      const [before, essential, after] = [new RegExp(joined, 'g'), new RegExp(essentialAlternatives(joined).join('|'), 'g'), new RegExp(compactAlternatives(joined), 'g')];
      expect(after.source.length).toBeLessThanOrEqual(before.source.length);
      for (const label of labels) {
        const found = matches(after, label);
        before.lastIndex = 0;
        const matched = before.test(label);
        const expected = matches(essential, label);
        // One expect per difference only: a million passing ones would take a minute.
        if ((found !== '') !== matched || found !== expected) expect([id, label, found !== '', found]).toEqual([id, label, matched, expected]);
      }
    }
  }, 30_000); // thousands of labels against every rule
});

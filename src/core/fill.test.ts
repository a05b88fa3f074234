import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentRequestSchema, menuRequestSchema } from './protocol';

const hint = { type: 'cc-number', maxLength: 19, placeholder: '', pattern: '', control: 'text', visible: true };
const open = { type: 'content.menuOpen', section: 's1', sections: [{ id: 's1', kind: 'payment', fields: [hint] }], lang: 'en', frames: [], doc: 0.5 };
const ok = (schema: v.GenericSchema, x: unknown) => v.safeParse(schema, x).success;

describe('fill requests at the boundary', () => {
  it('accepts a well-formed menu offer', () => {
    expect(ok(contentRequestSchema, open)).toBe(true);
  });

  it.each([
    ['a tab id', { ...open, tabId: 3 }],
    ['a frame id', { ...open, frameId: 0 }],
    ['a value in a field hint', { ...open, sections: [{ id: 's1', kind: 'payment', fields: [{ ...hint, value: '4242' }] }] }],
    ['an unknown field type', { ...open, sections: [{ id: 's1', kind: 'payment', fields: [{ ...hint, type: 'password' }] }] }],
    ['an unknown section kind', { ...open, sections: [{ id: 's1', kind: 'login', fields: [hint] }] }],
    ['a huge placeholder', { ...open, sections: [{ id: 's1', kind: 'payment', fields: [{ ...hint, placeholder: 'x'.repeat(101) }] }] }],
    ['too many options', { ...open, sections: [{ id: 's1', kind: 'payment', fields: [{ ...hint, options: Array(401).fill(['a', 'b']) }] }] }],
    ['a bad section id', { ...open, section: '../s1' }],
  ])('rejects a menu offer with %s', (_, msg) => {
    expect(ok(contentRequestSchema, msg)).toBe(false);
  });

  it('menu requests carry a token and nothing that names a tab or frame', () => {
    expect(ok(menuRequestSchema, { type: 'menu.choose', token: 'a'.repeat(24), entryId: 'abc', replace: false })).toBe(true);
    expect(ok(menuRequestSchema, { type: 'menu.choose', token: 'short', entryId: 'abc', replace: false })).toBe(false);
    expect(ok(menuRequestSchema, { type: 'menu.choose', token: 'a'.repeat(24), entryId: 'abc', replace: false, frameId: 0 })).toBe(false);
    expect(ok(menuRequestSchema, { type: 'menu.entries', token: 'a'.repeat(24), tabId: 1 })).toBe(false);
  });
});

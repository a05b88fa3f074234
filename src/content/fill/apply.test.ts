// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyForms } from '../detect';
import type { MenuAnchor } from '../menu/anchor';
import { fillFrame } from './apply';
import { DOCUMENT_KEY } from './document-key';

// happy-dom lays nothing out, so every field here counts as unseen: a fill that reaches the fields
// skips them, one that is abandoned does not even look.
describe('a fill the background sent', () => {
  const setup = () => {
    document.body.innerHTML = '<form><label>Email <input name="email" autocomplete="email"></label></form>';
    const model = classifyForms(document);
    return { model, values: { [model.sections[0]!.id]: ['ada@example.com'] } };
  };

  it('planned for this document: reaches its fields, even after history.pushState changed the URL', () => {
    const { model, values } = setup();
    history.pushState({}, '', '?step=2');
    expect(fillFrame(model, { type: 'fill.apply', doc: DOCUMENT_KEY, values, replace: false }, null, false)).toEqual({ filled: 0, rejected: [], skipped: 1 });
  });

  it('planned for an earlier document of the frame, or while another fill runs: touches nothing', () => {
    const { model, values } = setup();
    const other = DOCUMENT_KEY === 0.5 ? 0.25 : 0.5;
    expect(fillFrame(model, { type: 'fill.apply', doc: other, values, replace: false }, null, false)).toEqual({ filled: 0, rejected: [], skipped: 0 });
    expect(fillFrame(model, { type: 'fill.apply', doc: DOCUMENT_KEY, values, replace: false }, null, true)).toEqual({ filled: 0, rejected: [], skipped: 0 });
    expect((document.querySelector('[name=email]') as HTMLInputElement).value).toBe('');
  });

  it('chosen in a menu that had just moved, or was covered: touches nothing and says so', () => {
    const { model, values } = setup();
    const menu = (intact: boolean, settled: boolean) => ({ intact: () => intact, settled: () => settled }) as MenuAnchor;
    const msg = { type: 'fill.apply', doc: DOCUMENT_KEY, values, replace: false } as const;
    expect(fillFrame(model, msg, menu(true, false), false)).toEqual({ filled: 0, rejected: [], skipped: 0, moved: true });
    expect(fillFrame(model, msg, menu(false, true), false)).toEqual({ filled: 0, rejected: [], skipped: 0, moved: true });
    expect(fillFrame(model, msg, menu(true, true), false)).toEqual({ filled: 0, rejected: [], skipped: 1 });
  });
});

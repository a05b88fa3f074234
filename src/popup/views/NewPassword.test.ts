// @vitest-environment happy-dom
// The new-password form state: a password is judged by its own strength estimate (which arrives
// after the keystroke: zxcvbn is imported on first use), never by the one of what was typed before.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { useNewPassword, type NewPasswordState } from './NewPassword';

vi.mock('../i18n', () => ({ t: (key: string) => key }));

let pw!: NewPasswordState;
function Probe() {
  pw = useNewPassword();
  return null;
}

function type(first: string, second = first) {
  act(() => {
    pw.setFirst(first);
    pw.setSecond(second);
  });
}

it('a submit right after typing waits for the estimate; a weak password typed over a strong one is never taken for strong', async () => {
  act(() => render(h(Probe, {}), document.createElement('div')));
  type('tangerine-harbor-violin-42');
  expect(pw.ready).toBe(false); // not known yet
  await act(async () => expect(await pw.check()).toBeNull());
  expect(pw.ready).toBe(true);
  expect(pw.strength).toBeGreaterThanOrEqual(3);

  type('abc123');
  expect(pw.ready).toBe(false);
  expect(pw.strength).toBe(0);
  await act(async () => expect(await pw.check()).toBe('passwordTooWeak'));
  expect(pw.ready).toBe(false); // its own estimate is in: too weak
  expect(pw.strength).toBeLessThan(3);

  type('tangerine-harbor-violin-42', 'tangerine-harbor-violin-43');
  await act(async () => expect(await pw.check()).toBe('passwordsDiffer'));
});

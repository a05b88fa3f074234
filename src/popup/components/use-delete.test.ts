// @vitest-environment happy-dom
// Deleting asks first; a second Delete clicked while the first one is still being carried out keeps
// its own question open (it once vanished when the first removal finished).
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { WalletContext, type Wallet } from '../store';
import { useDelete } from './use-delete';

vi.mock('webextension-polyfill', () => ({ default: {} })); // the store's message channel; unused here
vi.mock('../i18n', () => ({ t: (key: string, ...args: string[]) => [key, ...args].join(' ') }));

let ask!: (id: string, label: string) => void;
function Probe() {
  const del = useDelete();
  ask = del.ask;
  return del.dialog || null;
}

it('a Delete clicked while another removal runs keeps its question open', async () => {
  let finish!: () => void;
  const removed: string[] = [];
  const wallet = {
    settings: { defaultProfileId: null },
    of: () => [],
    remove: (id: string) =>
      new Promise<void>((resolve) => {
        removed.push(id);
        finish = resolve;
      }),
  } as unknown as Wallet;
  const root = document.createElement('div');
  act(() => render(h(WalletContext.Provider, { value: wallet }, h(Probe, {})), root));
  const dialog = () => root.querySelector('[role="alertdialog"]');
  const confirm = () => root.querySelector<HTMLButtonElement>('button.danger')!.click();

  act(() => ask('a', 'Katherine'));
  expect(dialog()?.getAttribute('aria-label')).toBe('confirmDelete Katherine');
  act(confirm);
  act(() => ask('b', 'Office')); // before the vault has answered the first removal
  await act(async () => finish());
  expect(removed).toEqual(['a']);
  expect(dialog()?.getAttribute('aria-label')).toBe('confirmDelete Office');

  act(confirm);
  await act(async () => finish());
  expect(removed).toEqual(['a', 'b']);
  expect(dialog()).toBeNull();
});

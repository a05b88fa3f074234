import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/types';
import { SettingsStore } from './settings';
import { MemoryStore } from './testing/memory-store';

describe('SettingsStore', () => {
  it('defaults are 5 minutes and lock with the OS', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      lockMinutes: 5,
      lockOnOsLock: true,
      askBeforeFillingCards: true,
      excludedSites: [],
      language: 'auto',
      defaultProfileId: null,
      cardView: 'pictures',
    });
  });

  it('returns the defaults when nothing is stored', async () => {
    expect(await new SettingsStore(new MemoryStore()).get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 5, lockOnOsLock: true });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['wrong field types', { lockMinutes: '15', lockOnOsLock: 'no' }],
    ['a lock time not on the list', { lockMinutes: 7 }],
    ['a negative lock time', { lockMinutes: -1 }],
  ])('returns the defaults when storage holds %s', async (_label, value) => {
    const store = new MemoryStore();
    store.data.settings = value;
    expect(await new SettingsStore(store).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills in defaults for missing fields and keeps the stored ones', async () => {
    const store = new MemoryStore();
    store.data.settings = { lockOnOsLock: false };
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 5, lockOnOsLock: false });
    store.data.settings = { lockMinutes: 30 };
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 30, lockOnOsLock: true });
  });

  it('replaces only the malformed field, keeping a valid one beside it', async () => {
    const store = new MemoryStore();
    store.data.settings = { lockMinutes: 7, lockOnOsLock: false };
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 5, lockOnOsLock: false });
  });

  it('keeps the newer settings and falls back field by field for them too', async () => {
    const store = new MemoryStore();
    store.data.settings = { excludedSites: ['https://a.example', 'javascript:alert(1)'], language: 'fr', askBeforeFillingCards: false };
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, language: 'fr', askBeforeFillingCards: false });
    store.data.settings = { excludedSites: ['https://a.example:8443'], language: 'klingon', defaultProfileId: 'p1' };
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, excludedSites: ['https://a.example:8443'], defaultProfileId: 'p1' });
  });

  it('drops unknown stored fields', async () => {
    const store = new MemoryStore();
    store.data.settings = { lockMinutes: 15, lockOnOsLock: true, extra: 'x' };
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 15, lockOnOsLock: true });
  });

  it('update merges the patch into the stored settings and persists them', async () => {
    const store = new MemoryStore();
    const settings = new SettingsStore(store);
    expect(await settings.update({ lockMinutes: 15 })).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 15, lockOnOsLock: true });
    expect(await settings.update({ lockOnOsLock: false })).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 15, lockOnOsLock: false });
    expect(await settings.update({})).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 15, lockOnOsLock: false });
    // A fresh store over the same storage (a restarted worker) reads what was saved.
    expect(await new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 15, lockOnOsLock: false });
  });

  it('update over malformed storage starts from the defaults', async () => {
    const store = new MemoryStore();
    store.data.settings = 'garbage';
    const settings = new SettingsStore(store);
    expect(await settings.update({ lockMinutes: 60 })).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 60, lockOnOsLock: true });
    expect(await settings.get()).toEqual({ ...DEFAULT_SETTINGS, lockMinutes: 60, lockOnOsLock: true });
  });
});

import { describe, expect, it } from 'vitest';
import { createSettingsStore, defaultSettings, SETTINGS_KEY } from '../../src/store/settings';
import { MemoryStorage } from '../../src/store/slot';
import { FullStorage } from './full-storage';

const make = (storage: MemoryStorage) =>
  createSettingsStore({ storage, defaults: defaultSettings(), now: () => 5 });

describe('settings store', () => {
  it('picks Korean or English from the browser language', () => {
    expect(defaultSettings({ locale: 'ko-KR' }).locale).toBe('ko');
    expect(defaultSettings({ locale: 'en-GB' }).locale).toBe('en');
    expect(defaultSettings({ reducedMotion: true }).reducedMotion).toBe(true);
  });

  it('remembers changes across visits', () => {
    const storage = new MemoryStorage();
    make(storage).getState().update({ locale: 'en', textSize: 'larger', preview: false });
    const again = make(storage).getState();
    expect(again).toMatchObject({ locale: 'en', textSize: 'larger', preview: false, problem: null });
  });

  it('rejects values that are not settings', () => {
    const store = make(new MemoryStorage());
    expect(() => store.getState().update({ textSize: 'huge' as never })).toThrow();
    expect(store.getState().textSize).toBe('normal');
  });

  it('starts from defaults and reports when saved settings are corrupt', () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, '{oops');
    const state = make(storage).getState();
    expect(state.locale).toBe('ko');
    expect(state.problem?.reason).toContain('not valid JSON');
    expect(storage.getItem(`${SETTINGS_KEY}.corrupt.5`)).toBe('{oops');
  });

  it('offers unreadable settings as a download when storage has no room to keep them aside', () => {
    const storage = new FullStorage();
    storage.items.set(SETTINGS_KEY, '{oops');
    const state = make(storage).getState();
    expect(state.problem).toEqual({ kind: 'not-kept', reason: 'the save is not valid JSON', raw: '{oops' });
  });
});

import * as z from 'zod/mini';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { LOCALES } from '../engine';
import { isSlotProblem, type KeyValueStorage, Slot, type SlotProblem, type SlotRead } from './slot';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

export const Settings = z.strictObject({
  locale: z.enum(LOCALES),
  textSize: z.enum(TEXT_SIZES),
  reducedMotion: z.boolean(),
  highContrast: z.boolean(),
  /** Whether choices show which meters they move (facilitators may hide it). */
  preview: z.boolean(),
  muted: z.boolean(),
  /** The first-play introduction was shown (or skipped) once; it is not shown again. */
  introSeen: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export interface SettingsState extends Settings {
  /** Set when saved settings could not be read: kept aside, or (no room) offered as a download. */
  readonly problem: SlotProblem | null;
  update(changes: Partial<Settings>): void;
  reset(): void;
}

export const SETTINGS_KEY = 'lab-doors.settings';

export function defaultSettings(preferred: { locale?: string; reducedMotion?: boolean } = {}): Settings {
  return {
    locale: preferred.locale?.toLowerCase().startsWith('ko') ? 'ko' : preferred.locale ? 'en' : 'ko',
    textSize: 'normal',
    reducedMotion: preferred.reducedMotion ?? false,
    highContrast: false,
    preview: true,
    muted: false,
    introSeen: false,
  };
}

/** Settings, remembered across visits; every change is written at once. */
export function createSettingsStore(options: {
  storage: KeyValueStorage;
  defaults: Settings;
  now: () => number;
}): StoreApi<SettingsState> {
  const slot = new Slot({
    key: SETTINGS_KEY,
    version: 1,
    schema: Settings,
    storage: options.storage,
    now: options.now,
  });
  const saved: SlotRead<Settings> = slot.read();
  const initial = saved.kind === 'ok' ? saved.data : options.defaults;
  const store = createStore<SettingsState>()((set) => ({
    ...initial,
    problem: isSlotProblem(saved) ? saved : null,
    update: (changes) => set(z.parse(z.partial(Settings), changes)),
    reset: () => set(options.defaults),
  }));
  store.subscribe((state) => {
    slot.write(pickSettings(state));
  });
  return store;
}

function pickSettings(state: SettingsState): Settings {
  const { locale, textSize, reducedMotion, highContrast, preview, muted, introSeen } = state;
  return { locale, textSize, reducedMotion, highContrast, preview, muted, introSeen };
}

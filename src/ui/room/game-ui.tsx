import type { shippedScenarios } from 'virtual:scenario-catalog';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { messagesFor } from '../../i18n';
import { createGameStore, type GameState } from '../../store/game';
import { createSettingsStore, defaultSettings, type SettingsState } from '../../store/settings';
import { type KeyValueStorage, MemoryStorage } from '../../store/slot';
import { Ui } from '../context';
import { ScenarioLibrary } from '../library';
import { applyMeterColours } from '../meter-colours';
import { useStore } from '../use-store';
import { useRoomUi } from './room-locale';

/** What the game's own screens need around them: the stores and the scenario library. */
export interface GameParts {
  readonly game: StoreApi<GameState>;
  readonly settings: StoreApi<SettingsState>;
  readonly library: ScenarioLibrary;
}

/**
 * The game's stores for a class room's screens. The settings are the device's own (text size, contrast,
 * the introduction seen), kept where the game keeps them; the run is kept only in memory here, so a class
 * run never replaces the player's own saved run: the server holds it, and gives it back on a reload.
 */
export function gameParts(storage: Storage | null, cards: typeof shippedScenarios): GameParts {
  const kept: KeyValueStorage = storage ?? new MemoryStorage();
  const now = () => Date.now();
  const library = new ScenarioLibrary(cards, kept);
  return {
    library,
    settings: createSettingsStore({
      storage: kept,
      now,
      defaults: defaultSettings({ locale: navigator.language }),
    }),
    game: createGameStore({
      catalog: library,
      storage: new MemoryStorage(),
      now,
      newSeed: () => 1,
    }),
  };
}

/** The game's interface context, in the room's language, so the game's screens render inside a room. */
export function GameUi(props: { readonly parts: GameParts; readonly children: ComponentChildren }) {
  const { locale } = useRoomUi();
  const { settings } = props.parts;
  const shown = useStore(settings, (s) => s);
  useEffect(() => {
    // The institute view draws its labels in the settings' language: the room's, here.
    if (settings.getState().locale !== locale) settings.getState().update({ locale });
  }, [locale, settings]);
  useEffect(() => {
    // The page as the game's App sets it up: the device's text size, contrast and motion.
    const root = document.documentElement;
    root.dataset.textSize = shown.textSize;
    root.dataset.contrast = shown.highContrast ? 'high' : 'normal';
    applyMeterColours(root, shown.highContrast);
    root.dataset.motion = shown.reducedMotion ? 'reduced' : 'full';
  }, [shown.textSize, shown.highContrast, shown.reducedMotion]);
  return (
    <Ui.Provider value={{ ...props.parts, locale, m: messagesFor(locale) }}>{props.children}</Ui.Provider>
  );
}

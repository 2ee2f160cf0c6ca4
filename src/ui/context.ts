import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { Locale, LocalText } from '../engine';
import type { Messages } from '../i18n';
import type { GameState } from '../store/game';
import type { SettingsState } from '../store/settings';
import type { ScenarioLibrary } from './library';

export interface UiContext {
  readonly locale: Locale;
  readonly m: Messages;
  readonly game: StoreApi<GameState>;
  readonly settings: StoreApi<SettingsState>;
  readonly library: ScenarioLibrary;
}

export const Ui = createContext<UiContext | null>(null);

export function useUi(): UiContext {
  const ui = useContext(Ui);
  if (ui === null) throw new Error('useUi outside <Ui.Provider>');
  return ui;
}

/** Scenario text in the player's language, falling back to the other one if a translation is missing. */
export function localize(text: LocalText | null | undefined, locale: Locale): string {
  if (text == null) return '';
  return text[locale] ?? text.en ?? text.ko ?? '';
}

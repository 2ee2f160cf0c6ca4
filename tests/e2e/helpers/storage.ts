import type { Page } from 'playwright-core';
import { reloadGame } from './game';

/** Where the game keeps the run in progress and the settings (src/store/game.ts, settings.ts). */
export const RUN_KEY = 'lab-doors.run';
export const SETTINGS_KEY = 'lab-doors.settings';

/** Everything the page's origin keeps in localStorage. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

/** The replayable part of a save: the scenario, the seed and the actions taken (src/engine/save.ts). */
export interface SavedRun {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly seed: number;
  readonly actions: readonly unknown[];
}

/**
 * The run in the game's save slot, or null when there is none. The slot's envelope is
 * `{ saveVersion, data }`; the run is `data` itself (save version 1) or `data.run` (later versions,
 * which keep a session beside it).
 */
export async function readSavedRun(page: Page): Promise<SavedRun | null> {
  const raw = (await readStorage(page))[RUN_KEY];
  return raw === undefined ? null : savedRunIn(raw);
}

export function savedRunIn(raw: string): SavedRun | null {
  const data = (JSON.parse(raw) as { data?: Record<string, unknown> }).data;
  if (data === undefined) return null;
  const run = ('actions' in data ? data : data.run) as SavedRun | undefined;
  return run !== undefined && Array.isArray(run.actions) ? run : null;
}

/**
 * Writes `entries` into localStorage and reloads, as if an earlier visit had left them (a save, the
 * settings, or something broken). The game reads storage only when it starts.
 */
export async function plantStorage(page: Page, entries: Readonly<Record<string, string>>): Promise<void> {
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, entries);
  await reloadGame(page);
}

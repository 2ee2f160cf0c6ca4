import type { StoreApi } from 'zustand/vanilla';
import { soloSession } from '../../classroom/session';
import { compile, type RunSave, type Scenario } from '../../engine';
import { createGameStore, type GameState, gameSaveSlot } from '../../store/game';
import { MemoryStorage } from '../../store/slot';

/**
 * The game store a play-test runs on: the game's own, with a catalog of the one draft and saves kept in
 * memory, so a play-test never replaces the player's saved run (even under a shipped scenario's id).
 * From the start it begins as the scenario screen does; from a card it writes the path's save into its
 * memory slot and resumes it, the way "Continue" restores a run, so the state at the card is the engine's
 * own replay of that path. Facilitator mode is the same session field either way, as for a shipped
 * scenario.
 */
export function playtestStore(
  scenario: Scenario,
  facilitator: boolean,
  from: RunSave | null,
  newSeed: () => number,
): StoreApi<GameState> {
  const compiled = compile(scenario);
  const storage = new MemoryStorage();
  const now = () => Date.now();
  const mode = facilitator ? 'facilitator' : 'solo';
  if (from !== null)
    gameSaveSlot(storage, now).write({ run: from, session: { ...soloSession(now()), mode } });
  const store = createGameStore({
    catalog: { get: (id) => (id === compiled.source.id ? compiled : undefined) },
    storage,
    now,
    newSeed,
  });
  const begun =
    from !== null
      ? store.getState().resume()
      : store.getState().begin(compiled.source.id, undefined, { mode });
  if (!begun) throw new Error('the play-test could not start its run');
  return store;
}

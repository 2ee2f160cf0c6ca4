import type { StoreApi } from 'zustand/vanilla';
import { isAvailable } from '../../src/engine/run/choices';
import type { GameState } from '../../src/store/game';

/**
 * Plays through the game store's intents, as the UI does: the `pick`-th available choice (default the
 * first), a negotiation's first options (accepting any counter-proposal), Continue after each outcome.
 * Stops after `decisions` more decisions (on the next card) or at the end.
 */
export function playStore(
  store: StoreApi<GameState>,
  decisions = Number.POSITIVE_INFINITY,
  pick: (available: readonly string[]) => string = (ids) => ids[0] as string,
): void {
  const startAt = store.getState().run?.decisions ?? 0;
  for (let steps = 0; steps < 1000; steps++) {
    const { scenario, run } = store.getState();
    if (scenario === null || run === null || run.phase.kind === 'ended') return;
    const phase = run.phase;
    if (run.decisions - startAt >= decisions && phase.kind !== 'outcome') return;
    let ok: boolean;
    if (phase.kind === 'outcome') ok = store.getState().proceed();
    else if (phase.kind === 'choosing') {
      const ctx = { run, terms: null, appeal: 0, failed: null };
      const ids = (scenario.events[phase.event]?.choices ?? [])
        .filter((c) => isAvailable(c, ctx))
        .map((c) => c.id);
      ok = store.getState().choose(pick(ids));
    } else if (phase.counter !== null) ok = store.getState().acceptCounter();
    else {
      const clauses = scenario.events[phase.event]?.negotiation?.clauses ?? [];
      ok = store.getState().propose(Object.fromEntries(clauses.map((c) => [c.id, c.options[0]?.id ?? ''])));
      if (!ok) ok = store.getState().walkAway();
    }
    if (!ok) throw new Error(`playStore: the store refused a step in ${JSON.stringify(phase)}`);
  }
  throw new Error('playStore: the run did not end');
}

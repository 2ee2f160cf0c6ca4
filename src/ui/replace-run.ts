import type { ScenarioCard } from 'virtual:scenario-catalog';
import type { LocalText } from '../engine';
import type { SavedRunSummary } from '../store/game';

/** What starting a run needs first: nothing, or the player's word that the saved run may go. */
export type StartDecision =
  | { readonly kind: 'start' }
  | {
      readonly kind: 'ask';
      /** The saved run's scenario title, or its id when that scenario is no longer listed. */
      readonly savedTitle: LocalText | string;
      readonly savedTurn: number | null;
    };

/**
 * A new run overwrites the one saved slot, so starting any scenario (the saved one included: it starts
 * again from the beginning) while a readable run is saved asks first.
 */
export function decideStart(saved: SavedRunSummary | null, cards: readonly ScenarioCard[]): StartDecision {
  if (saved === null) return { kind: 'start' };
  const card = cards.find((c) => c.id === saved.scenarioId);
  return { kind: 'ask', savedTitle: card?.title ?? saved.scenarioId, savedTurn: saved.turn };
}

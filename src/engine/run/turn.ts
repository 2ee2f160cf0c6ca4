import type { FailedMeter } from '../compile/types';
import { drawFromDeck, pickUrgent } from './deck';
import type { Draft } from './draft';
import { endRun } from './ending';
import { applyOutcome, markWarnings } from './outcome';
import type { EventSource, PendingConsequence } from './types';

/**
 * Opens the draft's current turn: due effect consequences land, then an event is shown. A turn with
 * no event to show passes quietly; past the last turn of the calendar the term is complete.
 */
export function beginTurn(d: Draft): void {
  while (d.turn <= d.scenario.turns) {
    d.drawn = 0;
    const failed = landDueEffects(d);
    if (failed !== null) {
      endRun(d, { kind: 'failed', failed });
      return;
    }
    if (drawAgain(d)) return;
    if (d.recording) d.append({ kind: 'quiet', turn: d.turn });
    d.turn += 1;
  }
  endRun(d, { kind: 'term-complete' });
}

/**
 * Shows the turn's next event if the calendar allows another draw this turn and one is eligible.
 * Returns false when the turn is over.
 */
export function drawAgain(d: Draft): boolean {
  if (d.drawn >= d.scenario.eventsPerTurn) return false;
  const urgent = pickUrgent(d);
  if (urgent !== null) {
    d.drawn += 1;
    present(d, urgent.event, urgent.source, 0, urgent.warning ?? null);
    return true;
  }
  const event = drawFromDeck(d);
  if (event < 0) return false;
  d.drawn += 1;
  present(d, event, 'deck', 0);
  return true;
}

/** Shows an event: counts the visit, lets the player see the meters (arming warnings), sets the phase. */
export function present(
  d: Draft,
  event: number,
  source: EventSource,
  depth: number,
  warning: number | null = null,
): void {
  d.ownVisits()[event] = (d.visits[event] as number) + 1;
  d.ownLastSeen()[event] = d.turn;
  if (d.recording) d.append({ kind: 'shown', turn: d.turn, event, source });
  markWarnings(d, warning);
  const negotiation = d.scenario.events[event]?.negotiation ?? null;
  d.phase =
    negotiation === null
      ? { kind: 'choosing', event, source, depth }
      : { kind: 'negotiating', event, source, depth, round: 1, counter: null, lastTerms: null };
}

function landDueEffects(d: Draft): FailedMeter | null {
  // Walks the list as it stood on entry: consequences scheduled while these land wait for their turn.
  let i = 0;
  for (let left = d.pending.length; left > 0; left--) {
    const pending = d.pending[i] as PendingConsequence;
    const schedule = pending.due > d.turn ? undefined : d.scenario.schedules.get(pending.ref);
    if (schedule === undefined || schedule.outcome === null) {
      i++;
      continue;
    }
    d.ownPending().splice(i, 1);
    const before = d.meters;
    const fires = schedule.when === null || schedule.when(d);
    const failed = fires ? applyOutcome(d, schedule.outcome, pending.cause) : null;
    if (d.recording) {
      d.append({
        kind: 'consequence',
        turn: d.turn,
        ref: pending.ref,
        cause: pending.cause,
        result: fires ? 'fired' : 'averted',
        before,
        after: d.meters,
      });
      d.flush();
    }
    if (failed !== null) return failed;
  }
  return null;
}

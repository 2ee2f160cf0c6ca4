import type { CompiledSchedule, FailedMeter } from '../compile/types';
import { pickEvent, removePending } from './deck';
import type { Draft } from './draft';
import { endRun } from './ending';
import { applyOutcome, markWarnings } from './outcome';
import type { EventSource } from './types';

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
    d.append({ kind: 'quiet', turn: d.turn });
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
  const pick = pickEvent(d);
  if (pick === null) return false;
  d.drawn += 1;
  present(d, pick.event, pick.source, 0, pick.warning ?? null);
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
  d.own('visits')[event] = (d.visits[event] as number) + 1;
  d.own('lastSeen')[event] = d.turn;
  d.append({ kind: 'shown', turn: d.turn, event, source });
  markWarnings(d, warning);
  const negotiation = d.scenario.events[event]?.negotiation ?? null;
  d.phase =
    negotiation === null
      ? { kind: 'choosing', event, source, depth }
      : { kind: 'negotiating', event, source, depth, round: 1, counter: null, lastTerms: null };
}

function landDueEffects(d: Draft): FailedMeter | null {
  if (d.pending.length === 0) return null;
  for (const pending of d.pending.slice()) {
    if (pending.due > d.turn) continue;
    const schedule = d.scenario.schedules.get(pending.ref) as CompiledSchedule | undefined;
    if (schedule === undefined || schedule.outcome === null) continue;
    removePending(d, pending);
    const before = d.meters;
    const fires = schedule.when === null || schedule.when(d);
    const failed = fires ? applyOutcome(d, schedule.outcome, pending.cause) : null;
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
    if (failed !== null) return failed;
  }
  return null;
}

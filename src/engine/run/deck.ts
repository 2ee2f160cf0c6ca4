import type { CompiledEvent, CompiledSchedule, DeckCard } from '../compile/types';
import { advance, unitOf } from '../rng';
import { hasAvailableChoice } from './choices';
import type { Draft } from './draft';
import { inWarningZone, markWarned } from './outcome';
import type { PendingConsequence } from './types';

export interface Pick {
  readonly event: number;
  readonly source: 'warning' | 'scheduled';
  /** For a warning: meter * 2 + (1 for the high side). */
  readonly warning?: number;
}

/**
 * An event that must open before any draw: a warning for a meter that entered its warning zone first,
 * then a scheduled consequence that has come due. Without one, the turn draws from the deck.
 */
export function pickUrgent(d: Draft): Pick | null {
  return pickWarning(d) ?? pickScheduled(d);
}

function pickWarning(d: Draft): Pick | null {
  while (d.warningsDue.length > 0) {
    const code = d.ownWarningsDue().shift() as number;
    const m = code >> 1;
    const side = code & 1 ? 'high' : 'low';
    const meter = d.scenario.meters[m];
    if (meter === undefined || !inWarningZone(meter, d.meters[m] as number, side)) continue;
    const event = side === 'high' ? meter.highWarningEvent : meter.lowWarningEvent;
    const compiled = d.scenario.events[event];
    if (compiled !== undefined && hasAvailableChoice(compiled, d))
      return { event, source: 'warning', warning: code };
    // No card to show: the meter on screen is the warning, so it must not stay unfailable.
    markWarned(d, m, side);
  }
  return null;
}

/** Due event consequences in order of event priority, then of when they came due. */
function pickScheduled(d: Draft): Pick | null {
  if (d.pending.length === 0) return null;
  avertStale(d);
  let best: PendingConsequence | null = null;
  let bestPriority = Number.NEGATIVE_INFINITY;
  for (const pending of d.pending) {
    const schedule = dueEventSchedule(d, pending);
    if (schedule === null) continue;
    const priority = (d.scenario.events[schedule.event] as CompiledEvent).priority;
    if (best === null || priority > bestPriority || (priority === bestPriority && pending.due < best.due)) {
      best = pending;
      bestPriority = priority;
    }
  }
  if (best === null) return null;
  removePending(d, best);
  logConsequence(d, best, 'shown');
  return { event: (d.scenario.schedules.get(best.ref) as CompiledSchedule).event, source: 'scheduled' };
}

/** Drops due event consequences whose conditions no longer hold: the player headed them off. */
function avertStale(d: Draft): void {
  let i = 0;
  while (i < d.pending.length) {
    const pending = d.pending[i] as PendingConsequence;
    const schedule = dueEventSchedule(d, pending);
    if (schedule !== null && !shouldFire(d, schedule)) {
      d.ownPending().splice(i, 1);
      logConsequence(d, pending, 'averted');
    } else i++;
  }
}

function dueEventSchedule(d: Draft, pending: PendingConsequence): CompiledSchedule | null {
  if (pending.due > d.turn) return null;
  const schedule = d.scenario.schedules.get(pending.ref);
  return schedule === undefined || schedule.event < 0 ? null : schedule;
}

export function logConsequence(d: Draft, pending: PendingConsequence, result: 'shown' | 'averted'): void {
  if (!d.recording) return;
  d.append({
    kind: 'consequence',
    turn: d.turn,
    ref: pending.ref,
    cause: pending.cause,
    result,
    before: d.meters,
    after: d.meters,
  });
}

function shouldFire(d: Draft, schedule: CompiledSchedule): boolean {
  const event = d.scenario.events[schedule.event] as CompiledEvent;
  if (schedule.when !== null && !schedule.when(d)) return false;
  // `once`/`maxTimes` hold however the event arrives: a second schedule of a once-only event is averted.
  if ((d.visits[event.index] as number) >= event.maxTimes) return false;
  if (event.when !== null && !event.when(d)) return false;
  return hasAvailableChoice(event, d);
}

export function removePending(d: Draft, pending: PendingConsequence): void {
  const list = d.ownPending();
  list.splice(list.indexOf(pending), 1);
}

function isDrawable(d: Draft, card: DeckCard): boolean {
  const e = card.index;
  if ((d.visits[e] as number) >= card.maxTimes) return false;
  const last = d.lastSeen[e] as number;
  if (last > 0 && d.turn - last <= card.cooldown) return false;
  if (card.when !== null && !card.when(d)) return false;
  return !card.checkChoices || hasAvailableChoice(card.event, d);
}

/**
 * Keeps only the eligible events of the highest priority, then draws one by weight; -1 when none is
 * eligible. Only the events whose turn bounds allow this turn are looked at (see compile/deck.ts).
 */
export function drawFromDeck(d: Draft): number {
  const cards = (d.scenario.deckByTurn[d.turn] ?? d.scenario.deckByTurn[0]) as readonly DeckCard[];
  const candidates = d.candidates;
  // While count is 0 there is no best priority yet (all integers here: no -Infinity to compare with).
  let count = 0;
  let bestPriority = 0;
  let total = 0;
  for (let k = 0; k < cards.length; k++) {
    const card = cards[k] as DeckCard;
    if ((count > 0 && card.priority < bestPriority) || !isDrawable(d, card)) continue;
    if (count === 0 || card.priority > bestPriority) {
      bestPriority = card.priority;
      count = 0;
      total = 0;
    }
    candidates[count++] = card;
    total += card.weight;
  }
  if (count === 0) return -1;
  d.rng = advance(d.rng);
  let r = unitOf(d.rng) * total;
  for (let k = 0; k < count; k++) {
    const card = candidates[k] as DeckCard;
    r -= card.weight;
    if (r < 0) return card.index;
  }
  return (candidates[count - 1] as DeckCard).index;
}

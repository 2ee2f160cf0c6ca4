import type { CompiledMeter, CompiledOutcome, FailedMeter } from '../compile/types';
import type { Draft } from './draft';

const LOW = 1;
const HIGH = 2;

/**
 * Applies an outcome's meter and flag changes and schedules its consequences (caused by decision
 * number `cause`). Returns the meter that failed, if any. Warnings and holds it causes are deferred:
 * the caller logs its own entry, then flushes them after it.
 *
 * The warning rule: a meter fails only on a side the player was already warned about (see
 * RunState.warned). A change that would fail an unwarned meter stops at the warning line, and the
 * warning is queued, so a single bad turn never ends a run without a turn to recover.
 */
export function applyOutcome(d: Draft, outcome: CompiledOutcome, cause: number): FailedMeter | null {
  let failed: FailedMeter | null = null;
  for (let k = 0; k < outcome.meterIndexes.length; k++) {
    const m = outcome.meterIndexes[k] as number;
    const result = changeMeter(d, m, outcome.amounts[k] as number);
    if (result !== null && failed === null) failed = result;
  }
  setFlags(d, outcome.setFlags, true);
  setFlags(d, outcome.clearFlags, false);
  for (const entry of outcome.schedule) {
    d.ownPending().push({ due: d.turn + entry.delay, ref: entry.ref, cause });
  }
  return failed;
}

function setFlags(d: Draft, indexes: readonly number[], value: boolean): void {
  for (const f of indexes) {
    if (d.flags[f] !== value) d.ownFlags()[f] = value;
  }
}

function changeMeter(d: Draft, m: number, amount: number): FailedMeter | null {
  const meter = d.scenario.meters[m] as CompiledMeter;
  const old = d.meters[m] as number;
  let value = Math.min(meter.max, Math.max(meter.min, old + amount));
  const warned = d.warned[m] as number;
  let failed: FailedMeter | null = null;
  // With no warning line (lint reports that) the meter cannot be held, so it fails at once.
  if (value <= meter.lowFail) {
    if (warned & LOW || meter.lowWarn === meter.lowFail) failed = { meter: m, side: 'low' };
    else value = holdAt(d, m, 'low', Math.min(old, meter.lowWarn));
  } else if (value >= meter.highFail) {
    if (warned & HIGH || meter.highWarn === meter.highFail) failed = { meter: m, side: 'high' };
    else value = holdAt(d, m, 'high', Math.max(old, meter.highWarn));
  }
  if (value === old) return failed;
  d.ownMeters()[m] = value;
  if (failed === null) queueWarnings(d, meter, m, old, value);
  return failed;
}

/** Where an unwarned meter stops: the warning line, or where it already stood if past that line. */
function holdAt(d: Draft, m: number, side: 'low' | 'high', stop: number): number {
  if (d.recording) d.defer({ kind: 'held', turn: d.turn, meter: m, side });
  return stop;
}

function queueWarnings(d: Draft, meter: CompiledMeter, m: number, old: number, value: number): void {
  if (value <= meter.lowWarn && old > meter.lowWarn) queueWarning(d, m, 'low');
  if (value >= meter.highWarn && old < meter.highWarn) queueWarning(d, m, 'high');
}

function queueWarning(d: Draft, m: number, side: 'low' | 'high'): void {
  if (d.recording) d.defer({ kind: 'warning', turn: d.turn, meter: m, side });
  const code = m * 2 + (side === 'high' ? 1 : 0);
  if (!d.warningsDue.includes(code)) d.ownWarningsDue().push(code);
}

/**
 * Called when an event is shown: updates which warning sides the player has seen. A side with its own
 * warning event counts as seen only once that event is shown (so two meters entering their zones in the
 * same turn each get their own card before either can fail); a side without one counts as seen as soon
 * as any event is shown while the meter stands in the zone. Leaving a zone clears its side.
 */
export function markWarnings(d: Draft, warningShown: number | null): void {
  const meters = d.scenario.meters;
  for (let m = 0; m < meters.length; m++) {
    const meter = meters[m] as CompiledMeter;
    const value = d.meters[m] as number;
    const before = d.warned[m] as number;
    let bits = before & ((value <= meter.lowWarn ? LOW : 0) | (value >= meter.highWarn ? HIGH : 0));
    if (value <= meter.lowWarn && (meter.lowWarningEvent < 0 || warningShown === m * 2)) bits |= LOW;
    if (value >= meter.highWarn && (meter.highWarningEvent < 0 || warningShown === m * 2 + 1)) bits |= HIGH;
    if (bits !== before) d.ownWarned()[m] = bits;
  }
}

/** Marks one side as seen without its card, when the card cannot be shown (no choice is available). */
export function markWarned(d: Draft, m: number, side: 'low' | 'high'): void {
  d.ownWarned()[m] = (d.warned[m] as number) | (side === 'low' ? LOW : HIGH);
}

/** Whether meter m's value is inside its warning zone on the given side. */
export function inWarningZone(meter: CompiledMeter, value: number, side: 'low' | 'high'): boolean {
  return side === 'low' ? value <= meter.lowWarn : value >= meter.highWarn;
}

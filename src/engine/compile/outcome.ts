import type { Effects, Scheduled } from '../format/scenario';
import { type ConditionScope, compileCondition } from './conditions';
import type { CompiledOutcome, CompiledSchedule } from './types';

/** The parts of a choice, clause option or negotiation result that change the run. */
export interface OutcomeSource {
  readonly effects?: Effects | undefined;
  readonly set?: readonly string[] | undefined;
  readonly clear?: readonly string[] | undefined;
  readonly schedule?: readonly Scheduled[] | undefined;
}

const NO_OUTCOME: CompiledOutcome = {
  meterIndexes: [],
  amounts: [],
  setFlags: [],
  clearFlags: [],
  schedule: [],
};

/**
 * Compiles effects, flag changes and scheduled consequences. `refBase` names where this outcome lives
 * ("event/choice"); each schedule entry gets `refBase#i`, a stable key that saves can store.
 */
export function compileOutcome(
  source: OutcomeSource | undefined,
  refBase: string,
  scope: ConditionScope,
  schedules: Map<string, CompiledSchedule>,
): CompiledOutcome {
  if (source === undefined) return NO_OUTCOME;
  const meterIndexes: number[] = [];
  const amounts: number[] = [];
  for (const [meterId, amount] of Object.entries(source.effects ?? {})) {
    const m = scope.meter(meterId);
    if (m >= 0 && amount !== 0) {
      meterIndexes.push(m);
      amounts.push(amount);
    }
  }
  const schedule = (source.schedule ?? []).map((entry, i) => {
    const compiled = compileSchedule(entry, `${refBase}#${i}`, scope, schedules);
    schedules.set(compiled.ref, compiled);
    return compiled;
  });
  return {
    meterIndexes,
    amounts,
    setFlags: knownFlags(source.set, scope),
    clearFlags: knownFlags(source.clear, scope),
    schedule,
  };
}

function compileSchedule(
  entry: Scheduled,
  ref: string,
  scope: ConditionScope,
  schedules: Map<string, CompiledSchedule>,
): CompiledSchedule {
  const when = entry.when === undefined ? null : compileCondition(entry.when, scope);
  if ('event' in entry) {
    return { ref, delay: entry.in, event: scope.event(entry.event), outcome: null, when, note: null };
  }
  const outcome = compileOutcome(entry, `${ref}>`, scope, schedules);
  return { ref, delay: entry.in, event: -1, outcome, when, note: entry.note };
}

function knownFlags(ids: readonly string[] | undefined, scope: ConditionScope): number[] {
  return (ids ?? []).map((id) => scope.flag(id)).filter((i) => i >= 0);
}

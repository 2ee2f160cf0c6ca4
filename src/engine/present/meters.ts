import type { CompiledMeter, CompiledScenario } from '../compile/types';
import type { RunState } from '../run/types';
import type { MeterChangeView, MeterRef, MeterView, Side } from './types';

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** The side whose warning zone `value` stands in (a meter without a warning line never does), or null. */
export function dangerOf(meter: CompiledMeter, value: number): Side | null {
  if (value <= meter.lowWarn) return 'low';
  if (value >= meter.highWarn) return 'high';
  return null;
}

export function presentMeters(scenario: CompiledScenario, run: RunState): MeterView[] {
  return scenario.meters.map((meter, m) => {
    const value = run.meters[m] as number;
    return {
      id: meter.id,
      label: meter.source.label,
      description: meter.source.description ?? null,
      value,
      min: meter.min,
      max: meter.max,
      good: meter.good,
      lowWarn: finite(meter.lowWarn),
      highWarn: finite(meter.highWarn),
      lowFail: finite(meter.lowFail),
      highFail: finite(meter.highFail),
      danger: dangerOf(meter, value),
    };
  });
}

export function meterRef(scenario: CompiledScenario, m: number): MeterRef {
  const meter = scenario.meters[m];
  return { id: meter?.id ?? '', label: meter?.source.label ?? {} };
}

/** The meters an outcome moves right away, in the author's order. */
export function meterRefs(scenario: CompiledScenario, indexes: readonly number[]): MeterRef[] {
  return indexes.map((m) => meterRef(scenario, m));
}

/** Every meter that moved between two snapshots, with whether the move is good for that meter. */
export function meterChanges(
  scenario: CompiledScenario,
  before: readonly number[],
  after: readonly number[],
): MeterChangeView[] {
  const changes: MeterChangeView[] = [];
  scenario.meters.forEach((meter, m) => {
    const from = before[m] as number;
    const to = after[m] as number;
    const delta = to - from;
    if (delta === 0) return;
    changes.push({
      meter: meter.id,
      label: meter.source.label,
      from,
      to,
      delta,
      good: delta > 0 === (meter.good === 'high'),
    });
  });
  return changes;
}

/**
 * The sound of a meter change: a warning when it took a meter into a danger zone it was not in, else
 * better or worse on balance (each change counted in its meter's good direction), else none.
 */
export function cueOf(
  scenario: CompiledScenario,
  before: readonly number[],
  after: readonly number[],
): 'better' | 'worse' | 'warning' | null {
  let balance = 0;
  let entered = false;
  scenario.meters.forEach((meter, m) => {
    const from = before[m] as number;
    const to = after[m] as number;
    if (dangerOf(meter, to) !== null && dangerOf(meter, to) !== dangerOf(meter, from)) entered = true;
    balance += meter.good === 'high' ? to - from : from - to;
  });
  if (entered) return 'warning';
  if (balance === 0) return null;
  return balance > 0 ? 'better' : 'worse';
}

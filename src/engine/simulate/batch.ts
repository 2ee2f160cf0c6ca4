import type { CompiledScenario } from '../compile/types';
import { mixSeed } from '../rng';
import { playRun } from './play';
import { type PolicyName, policyByName } from './policies';
import { countRun, emptyTally, mergeTallies, type SimulationTally } from './tally';

export interface SimulationOptions {
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
  /** Called after each tenth of the runs, for a caller that shows progress; the report does not depend on it. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface Distribution {
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
  readonly mean: number;
}

/** The balance report an author reads: what happens over many seeded runs under one play style. */
export interface SimulationReport {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly policy: PolicyName;
  readonly runs: number;
  readonly seed: number;
  readonly endings: readonly {
    readonly id: string;
    readonly tone: string;
    readonly runs: number;
    readonly share: number;
  }[];
  readonly decisions: Distribution;
  readonly turns: Distribution;
  /** Meter values at the end of the runs. */
  readonly finalMeters: Readonly<Record<string, Distribution>>;
  readonly failures: readonly {
    readonly meter: string;
    readonly side: 'low' | 'high';
    readonly runs: number;
  }[];
  /** Per event in file order: the runs that showed it at least once and, per choice, that took it. */
  readonly events: readonly EventDraws[];
  readonly eventsNeverDrawn: readonly string[];
  readonly choicesNeverTaken: readonly { readonly event: string; readonly choice: string }[];
  readonly stuckRuns: number;
}

export interface EventDraws {
  readonly id: string;
  readonly runs: number;
  readonly choices: readonly { readonly id: string; readonly runs: number }[];
}

/** Which runs of a batch to play: runs `from` to `to - 1` of the batch for `seed` under `policy`. */
export interface SliceOptions {
  readonly seed: number;
  readonly policy: PolicyName;
  readonly from: number;
  readonly to: number;
}

/**
 * Plays one slice of a batch. Run i of a batch always starts from the same seed, whichever slice
 * plays it, so a batch cut into slices (on as many threads as there are) and merged with
 * `mergeTallies` reports exactly what one pass does.
 */
export function simulateSlice(scenario: CompiledScenario, options: SliceOptions): SimulationTally {
  const policy = policyByName(options.policy);
  const tally = emptyTally(scenario, options.from);
  for (let i = options.from; i < options.to; i++) {
    const { run, stuck } = playRun(scenario, mixSeed(options.seed, i + 2), policy, { record: false });
    countRun(scenario, tally, run, stuck);
  }
  return tally;
}

/** The balance report of one batch, played here in slices of a tenth so progress can be shown. */
export function simulate(scenario: CompiledScenario, options: SimulationOptions): SimulationReport {
  const tenth = Math.max(1, Math.ceil(options.runs / 10));
  const slices: SimulationTally[] = [];
  for (let from = 0; from < options.runs; from += tenth) {
    const to = Math.min(options.runs, from + tenth);
    slices.push(simulateSlice(scenario, { seed: options.seed, policy: options.policy, from, to }));
    options.onProgress?.(to, options.runs);
  }
  return reportOf(scenario, options, mergeTallies(scenario, slices));
}

/** The report of a whole batch from its tally (see `mergeTallies` for a batch played in slices). */
export function reportOf(
  scenario: CompiledScenario,
  options: Pick<SimulationOptions, 'runs' | 'seed' | 'policy'>,
  tally: SimulationTally,
): SimulationReport {
  const runs = Math.max(1, options.runs);
  return {
    scenario: { id: scenario.source.id, version: scenario.source.version },
    policy: options.policy,
    runs: options.runs,
    seed: options.seed,
    endings: scenario.endings.map((e, i) => ({
      id: e.id,
      tone: e.source.tone,
      runs: tally.endings[i] as number,
      share: (tally.endings[i] as number) / runs,
    })),
    decisions: distribution(tally.decisions),
    turns: distribution(tally.turns),
    finalMeters: Object.fromEntries(
      scenario.meters.map((m, i) => [m.id, distribution(tally.finalMeters[i] ?? [])]),
    ),
    failures: tally.failures.map((f) => ({
      meter: scenario.meters[f.meter]?.id ?? '',
      side: f.side,
      runs: f.runs,
    })),
    events: scenario.events.map((e) => ({
      id: e.id,
      runs: tally.drawn[e.index] as number,
      choices: e.choices.map((c) => ({ id: c.id, runs: tally.taken[e.index]?.[c.index] as number })),
    })),
    eventsNeverDrawn: scenario.events.filter((e) => tally.drawn[e.index] === 0).map((e) => e.id),
    choicesNeverTaken: scenario.events.flatMap((e) =>
      e.choices
        .filter((c) => tally.taken[e.index]?.[c.index] === 0)
        .map((c) => ({ event: e.id, choice: c.id })),
    ),
    stuckRuns: tally.stuck,
  };
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { min: 0, p10: 0, median: 0, p90: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    min: at(0),
    p10: at(0.1),
    median: at(0.5),
    p90: at(0.9),
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
  };
}

import type { CompiledScenario } from '../compile/types';
import { mixSeed } from '../rng';
import type { RunState } from '../run/types';
import { playRun } from './play';
import { type PolicyName, policyByName } from './policies';

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
  readonly eventsNeverDrawn: readonly string[];
  readonly choicesNeverTaken: readonly { readonly event: string; readonly choice: string }[];
  readonly stuckRuns: number;
}

/** Counters filled run by run, so a 100,000-run report keeps no runs in memory. */
class Tally {
  readonly endings: number[];
  readonly decisions: number[] = [];
  readonly turns: number[] = [];
  readonly finalMeters: number[][];
  readonly failures = new Map<string, number>();
  readonly visited: boolean[];
  readonly chosen: number[];
  stuck = 0;

  constructor(scenario: CompiledScenario) {
    this.endings = scenario.endings.map(() => 0);
    this.finalMeters = scenario.meters.map(() => []);
    this.visited = scenario.events.map(() => false);
    this.chosen = scenario.events.map(() => 0);
  }

  add(scenario: CompiledScenario, run: RunState, stuck: boolean): void {
    if (stuck) this.stuck += 1;
    this.decisions.push(run.decisions);
    this.turns.push(Math.min(run.turn, scenario.turns));
    run.meters.forEach((value, m) => {
      this.finalMeters[m]?.push(value);
    });
    run.visits.forEach((v, e) => {
      if (v > 0) this.visited[e] = true;
    });
    run.chosen.forEach((bits, e) => {
      this.chosen[e] = (this.chosen[e] as number) | bits;
    });
    if (run.phase.kind !== 'ended') return;
    this.endings[run.phase.ending] = (this.endings[run.phase.ending] ?? 0) + 1;
    const cause = run.phase.cause;
    if (cause.kind === 'failed') {
      const key = `${cause.failed.meter}:${cause.failed.side}`;
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    }
  }
}

export function simulate(scenario: CompiledScenario, options: SimulationOptions): SimulationReport {
  const policy = policyByName(options.policy);
  const tally = new Tally(scenario);
  const tenth = Math.max(1, Math.ceil(options.runs / 10));
  for (let i = 0; i < options.runs; i++) {
    const { run, stuck } = playRun(scenario, mixSeed(options.seed, i + 2), policy, { record: false });
    tally.add(scenario, run, stuck);
    if (options.onProgress && ((i + 1) % tenth === 0 || i + 1 === options.runs))
      options.onProgress(i + 1, options.runs);
  }
  return report(scenario, options, tally);
}

function report(scenario: CompiledScenario, options: SimulationOptions, tally: Tally): SimulationReport {
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
    failures: [...tally.failures].map(([key, count]) => {
      const [meter, side] = key.split(':');
      return { meter: scenario.meters[Number(meter)]?.id ?? '', side: side as 'low' | 'high', runs: count };
    }),
    eventsNeverDrawn: scenario.events.filter((e) => !tally.visited[e.index]).map((e) => e.id),
    choicesNeverTaken: scenario.events.flatMap((e) =>
      e.choices
        .filter((c) => ((tally.chosen[e.index] as number) & (1 << c.index)) === 0)
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

import type { CompiledScenario } from '../compile/types';
import type { RunState } from '../run/types';

/**
 * What a batch of runs leaves for the report, filled run by run so no run is kept. Plain data (arrays
 * and numbers only), so a slice played on another thread or in a Web Worker can be posted back as it
 * is. Tallies of consecutive slices merge into exactly the tally of the whole batch: per-run values
 * are kept in run order and failures in order of first occurrence, as one pass would have them.
 */
export interface SimulationTally {
  /** The runs counted, and the first run's number (runs are numbered from 0 within a batch). */
  readonly from: number;
  readonly runs: number;
  /** Per ending: runs that ended there. */
  readonly endings: number[];
  /** Per run, in run order. */
  readonly decisions: number[];
  readonly turns: number[];
  /** Per meter, per run: the value at the end. */
  readonly finalMeters: number[][];
  /** Meter failures in order of first occurrence. */
  readonly failures: { meter: number; side: 'low' | 'high'; runs: number }[];
  /** Per event: the runs that showed it at least once (the studio colours its map by these). */
  readonly drawn: number[];
  /** Per event, per choice: the runs that took it at least once. */
  readonly taken: number[][];
  readonly stuck: number;
}

export function emptyTally(scenario: CompiledScenario, from: number): SimulationTally {
  return {
    from,
    runs: 0,
    endings: scenario.endings.map(() => 0),
    decisions: [],
    turns: [],
    finalMeters: scenario.meters.map(() => []),
    failures: [],
    drawn: scenario.events.map(() => 0),
    taken: scenario.events.map((e) => e.choices.map(() => 0)),
    stuck: 0,
  };
}

/** A tally with one more run counted. Mutates `tally`: it belongs to the batch being played. */
export function countRun(
  scenario: CompiledScenario,
  tally: SimulationTally,
  run: RunState,
  stuck: boolean,
): SimulationTally {
  const t = tally as Mutable<SimulationTally>;
  t.runs += 1;
  if (stuck) t.stuck += 1;
  t.decisions.push(run.decisions);
  t.turns.push(Math.min(run.turn, scenario.turns));
  for (let m = 0; m < t.finalMeters.length; m++) t.finalMeters[m]?.push(run.meters[m] as number);
  for (let e = 0; e < t.drawn.length; e++) {
    if ((run.visits[e] as number) > 0) t.drawn[e] = (t.drawn[e] as number) + 1;
    // A run's choices of an event are a bit set; most events were never shown, so most sets are 0.
    let bits = run.chosen[e] as number;
    if (bits === 0) continue;
    const taken = t.taken[e] as number[];
    for (let c = 0; bits !== 0; bits >>>= 1, c++) {
      if ((bits & 1) !== 0) taken[c] = (taken[c] as number) + 1;
    }
  }
  if (run.phase.kind !== 'ended') return t;
  t.endings[run.phase.ending] = (t.endings[run.phase.ending] ?? 0) + 1;
  const cause = run.phase.cause;
  if (cause.kind === 'failed') addFailure(t, cause.failed.meter, cause.failed.side, 1);
  return t;
}

function addFailure(t: SimulationTally, meter: number, side: 'low' | 'high', runs: number): void {
  const known = t.failures.find((f) => f.meter === meter && f.side === side);
  if (known === undefined) t.failures.push({ meter, side, runs });
  else known.runs += runs;
}

/**
 * The tally of consecutive slices taken together, whatever order they arrive in: they are put in run
 * order first. Throws when they are not consecutive (a slice missing or counted twice).
 */
export function mergeTallies(
  scenario: CompiledScenario,
  tallies: readonly SimulationTally[],
): SimulationTally {
  const ordered = [...tallies].sort((a, b) => a.from - b.from);
  const first = ordered[0]?.from ?? 0;
  const merged = emptyTally(scenario, first) as Mutable<SimulationTally>;
  for (const t of ordered) {
    if (t.from !== first + merged.runs) throw new Error(`slices are not consecutive at run ${t.from}`);
    merged.runs += t.runs;
    merged.stuck += t.stuck;
    t.endings.forEach((n, i) => {
      merged.endings[i] = (merged.endings[i] as number) + n;
    });
    append(merged.decisions, t.decisions);
    append(merged.turns, t.turns);
    t.finalMeters.forEach((values, m) => {
      append(merged.finalMeters[m] as number[], values);
    });
    for (const f of t.failures) addFailure(merged, f.meter, f.side, f.runs);
    t.drawn.forEach((runs, e) => {
      merged.drawn[e] = (merged.drawn[e] as number) + runs;
    });
    t.taken.forEach((choices, e) => {
      const into = merged.taken[e] as number[];
      choices.forEach((runs, c) => {
        into[c] = (into[c] as number) + runs;
      });
    });
  }
  return merged;
}

/** `push(...values)` would overflow the stack for a slice of a hundred thousand runs. */
function append(into: number[], values: readonly number[]): void {
  for (const v of values) into.push(v);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

import {
  compile,
  type Diagnostic,
  hasErrors,
  loadScenario,
  mergeTallies,
  POLICY_NAMES,
  type PolicyName,
  reportOf,
  type SimulationReport,
  type SimulationTally,
  simulateSlice,
  type TeachingReport,
  teachingReport,
} from '../../engine';

export interface HeatOptions {
  /** Runs per play style. */
  readonly runs: number;
  readonly seed: number;
  /** The play styles to run; all of them (as `npm run simulate` does) unless told. */
  readonly policies?: readonly PolicyName[];
  /** The name diagnostics give the file; "scenario.json" unless told. */
  readonly file?: string;
}

/** A report per play style, in the order asked, and the teaching checks (guessability, minutes) over them. */
export interface HeatResult {
  readonly reports: readonly SimulationReport[];
  readonly teaching: TeachingReport;
}

export type HeatOutcome =
  | { readonly kind: 'heat'; readonly result: HeatResult }
  | { readonly kind: 'problems'; readonly diagnostics: readonly Diagnostic[] };

export interface HeatProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Small enough that a slice of the flagship takes a few hundredths of a second, so a page that plays
 * the heat itself (the offline file) stays responsive between slices, and progress moves smoothly.
 */
export const SLICE_RUNS = 100;

/**
 * The heat of a scenario file's text: every play style's batch, played in slices, each followed by a
 * yield of the progress so the driver (the worker, or the page in the offline file) can report it, stop,
 * or give the page a turn. Slices merge into exactly one pass's tally, so the reports are what
 * `npm run simulate` prints for the same seed.
 */
export function* playHeat(text: string, options: HeatOptions): Generator<HeatProgress, HeatOutcome> {
  const file = options.file ?? 'scenario.json';
  const { scenario, diagnostics } = loadScenario(file, text);
  if (scenario === undefined || hasErrors(diagnostics)) return { kind: 'problems', diagnostics };
  const compiled = compile(scenario);
  const policies = options.policies ?? POLICY_NAMES;
  const total = options.runs * policies.length;
  const reports: SimulationReport[] = [];
  for (const [p, policy] of policies.entries()) {
    const slices: SimulationTally[] = [];
    for (let from = 0; from < options.runs; from += SLICE_RUNS) {
      const to = Math.min(options.runs, from + SLICE_RUNS);
      slices.push(simulateSlice(compiled, { seed: options.seed, policy, from, to }));
      yield { done: p * options.runs + to, total };
    }
    const batch = { runs: options.runs, seed: options.seed, policy };
    reports.push(reportOf(compiled, batch, mergeTallies(compiled, slices)));
  }
  return {
    kind: 'heat',
    result: { reports, teaching: teachingReport(file, compiled, reports, options.seed) },
  };
}

import type { Diagnostic, PolicyName, SimulationReport } from '../../engine';

/** What the heat worker is asked: simulate a scenario file's text. */
export interface HeatRequest {
  readonly id: number;
  /** The name diagnostics give the file. */
  readonly file: string;
  readonly text: string;
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
}

/** The worker's answer: the report, or the file's problems (a file with errors is never played). */
export type HeatReply =
  | { readonly id: number; readonly report: SimulationReport }
  | { readonly id: number; readonly diagnostics: readonly Diagnostic[] }
  | { readonly id: number; readonly error: string };

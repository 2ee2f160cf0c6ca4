import type { Diagnostic } from '../../engine';
import type { HeatOptions, HeatProgress, HeatResult } from './heat-job';

/** What the heat worker is asked: the heat of a scenario file's text. */
export interface HeatRequest {
  readonly id: number;
  readonly text: string;
  readonly options: HeatOptions;
}

/**
 * The worker's messages: progress while it plays, then the result, or the file's problems (a file with
 * errors is never played), or an error.
 */
export type HeatReply =
  | { readonly id: number; readonly progress: HeatProgress }
  | { readonly id: number; readonly result: HeatResult }
  | { readonly id: number; readonly diagnostics: readonly Diagnostic[] }
  | { readonly id: number; readonly error: string };

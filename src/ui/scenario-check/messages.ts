import type { LoadResult } from '../../engine';

/** What the page sends the checker worker: a scenario file's name and text. */
export interface CheckRequest {
  readonly fileName: string;
  readonly text: string;
}

/** What the worker answers: the loader's result (the scenario, when it has no errors, and the findings). */
export type CheckResponse = LoadResult;

/** The worker's first message, sent when its script has loaded: errors after it are the check's own. */
export interface WorkerNote {
  readonly ready: true;
}

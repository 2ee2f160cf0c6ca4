import type { CheckRequest, CheckResponse, WorkerNote } from './messages';

export type { ShownDiagnostic } from './messages';

import { startCheckWorker } from './start-worker';

/** Long enough for any real scenario on a slow machine (the largest shipped one takes well under a second). */
export const CHECK_TIME_LIMIT_MS = 15_000;

export type CheckOutcome =
  | { readonly kind: 'checked'; readonly result: CheckResponse }
  /** The check was stopped: it took longer than the limit, or the worker failed (out of memory). */
  | { readonly kind: 'stopped'; readonly reason: 'time' | 'error'; readonly limitMs: number };

/** The part of a Worker the check uses; tests pass their own. */
export interface CheckWorker {
  onmessage: ((event: MessageEvent<CheckResponse | WorkerNote>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: CheckRequest): void;
  terminate(): void;
}

export interface CheckOptions {
  readonly startWorker?: () => CheckWorker | null;
  readonly limitMs?: number;
  readonly checkHere?: (fileName: string, text: string) => Promise<CheckResponse>;
}

const checkOnPage = async (fileName: string, text: string) =>
  (await import('./check-here')).checkHere(fileName, text);

/**
 * Checks a scenario file with the same load and lint as `npm run validate`, in a Web Worker, so the page
 * stays responsive whatever the file holds; after `limitMs` the worker is stopped and the outcome says so.
 * Where no worker can start (the policy of a file:// page, a browser without module workers) the file is
 * checked on the page instead. Never rejects.
 */
export function checkScenarioFile(
  fileName: string,
  text: string,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const limitMs = options.limitMs ?? CHECK_TIME_LIMIT_MS;
  const here = options.checkHere ?? checkOnPage;
  const onPage = async (): Promise<CheckOutcome> => ({ kind: 'checked', result: await here(fileName, text) });
  const worker: CheckWorker | null = (options.startWorker ?? startCheckWorker)();
  if (worker === null) return onPage();
  return new Promise((resolve) => {
    let started = false;
    let settled = false;
    const finish = (outcome: CheckOutcome | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      if (outcome !== null) resolve(outcome);
      else void onPage().then(resolve);
    };
    const timer = setTimeout(() => finish({ kind: 'stopped', reason: 'time', limitMs }), limitMs);
    worker.onmessage = (event) => {
      const data = event.data;
      if ('ready' in data) started = true;
      else finish({ kind: 'checked', result: data });
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      // An error before the worker said it was ready means it could not start: check on the page.
      finish(started ? { kind: 'stopped', reason: 'error', limitMs } : null);
    };
    worker.postMessage({ fileName, text });
  });
}

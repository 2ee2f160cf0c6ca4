import type { HeatOptions, HeatProgress, HeatResult } from './heat-job';
import { playInPage } from './in-page';
import { HeatCancelled, ScenarioProblems } from './problems';
import type { HeatReply, HeatRequest } from './protocol';
import { startHeatWorker } from './start-worker';

export type { HeatOptions, HeatProgress, HeatResult } from './heat-job';
export { HeatCancelled, ScenarioProblems } from './problems';

export interface HeatClient {
  /** The heat of a scenario file's text; a run still going is stopped first (it rejects HeatCancelled). */
  run(text: string, options: HeatOptions, onProgress?: (progress: HeatProgress) => void): Promise<HeatResult>;
  /** Stops the run in flight, if any: its promise rejects with HeatCancelled. */
  cancel(): void;
}

interface Pending {
  readonly id: number;
  readonly resolve: (result: HeatResult) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: (progress: HeatProgress) => void;
}

/**
 * Plays the heat in a Web Worker, started on the first run and terminated by `cancel` (a worker busy in
 * a loop hears no message, and terminating it frees its core at once); where no worker may start (the
 * offline file), on the page in slices.
 */
export function startHeat(): HeatClient {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let nextId = 0;
  let stopInPage: (() => void) | null = null;

  const settle = (reply: HeatReply) => {
    if (pending === null || reply.id !== pending.id) return;
    if ('progress' in reply) return pending.onProgress(reply.progress);
    const done = pending;
    pending = null;
    if ('result' in reply) done.resolve(reply.result);
    else if ('diagnostics' in reply) done.reject(new ScenarioProblems(reply.diagnostics));
    else done.reject(new Error(reply.error));
  };
  const workerOrNull = (): Worker | null => {
    if (worker !== null) return worker;
    worker = startHeatWorker();
    if (worker === null) return null;
    worker.onmessage = (event: MessageEvent<HeatReply>) => settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const failed = pending;
      pending = null;
      stop();
      failed?.reject(new Error(event.message || 'the heat worker failed'));
    };
    return worker;
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const cancel = () => {
    stopInPage?.();
    stopInPage = null;
    if (pending === null) return;
    const cancelled = pending;
    pending = null;
    stop();
    cancelled.reject(new HeatCancelled());
  };

  return {
    run(text, options, onProgress = () => {}) {
      cancel();
      const running = workerOrNull();
      if (running === null) {
        let stopped = false;
        stopInPage = () => {
          stopped = true;
        };
        return playInPage(text, options, onProgress, () => stopped);
      }
      const id = nextId++;
      return new Promise<HeatResult>((resolve, reject) => {
        pending = { id, resolve, reject, onProgress };
        const request: HeatRequest = { id, text, options };
        running.postMessage(request);
      });
    },
    cancel,
  };
}

import type { Diagnostic, PolicyName, SimulationReport } from '../../engine';
import type { HeatReply, HeatRequest } from './protocol';

export interface HeatOptions {
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
  /** The name diagnostics give the file; "scenario.json" unless told. */
  readonly file?: string;
}

/** A scenario with errors: the report is refused with the file's diagnostics. */
export class ScenarioProblems extends Error {
  override readonly name = 'ScenarioProblems';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`the scenario has ${diagnostics.length} problem(s)`);
  }
}

export interface HeatClient {
  /** The balance report of a scenario file's text, computed in the worker. */
  simulate(text: string, options: HeatOptions): Promise<SimulationReport>;
  /** Stops the worker; pending requests are rejected. */
  terminate(): void;
}

/**
 * Starts the heat worker and returns a promise-based client for it. Requests carry an id, so several
 * may be in flight; the worker answers them in order.
 */
export function startHeat(): HeatClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve(r: SimulationReport): void; reject(e: Error): void }>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<HeatReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (pending === undefined) return;
    waiting.delete(reply.id);
    if ('report' in reply) pending.resolve(reply.report);
    else if ('diagnostics' in reply) pending.reject(new ScenarioProblems(reply.diagnostics));
    else pending.reject(new Error(reply.error));
  };
  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.onerror = (event) => failAll(new Error(event.message || 'the heat worker failed to start'));
  return {
    simulate(text, options) {
      const id = nextId++;
      const request: HeatRequest = {
        id,
        file: options.file ?? 'scenario.json',
        text,
        runs: options.runs,
        seed: options.seed,
        policy: options.policy,
      };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    terminate() {
      worker.terminate();
      failAll(new Error('the heat worker was stopped'));
    },
  };
}

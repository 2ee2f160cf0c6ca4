import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type CompiledScenario,
  mergeTallies,
  type PolicyName,
  reportOf,
  type Scenario,
  type SimulationReport,
  type SimulationTally,
} from '../engine';
import type { SliceReply, SliceRequest } from './protocol';

export interface PoolSimulation {
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
  readonly onProgress?: (done: number, total: number) => void;
}

/** The default worker count: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Simulation worker threads for one scenario. A batch is cut into slices (a few per worker, so
 * a worker that finishes early takes another and progress can be shown); the tallies are merged in
 * run order, so the report is the one `simulate` gives on one thread, whatever the worker count.
 */
export class SimulationPool {
  private readonly workers: Worker[];
  private nextId = 0;

  constructor(
    private readonly scenario: CompiledScenario,
    workers: number,
  ) {
    this.workers = Array.from({ length: Math.max(1, workers) }, () => startWorker(scenario.source));
  }

  get size(): number {
    return this.workers.length;
  }

  async simulate(options: PoolSimulation): Promise<SimulationReport> {
    const slices = sliceBounds(options.runs, this.workers.length * 4);
    const queue = [...slices];
    const tallies: SimulationTally[] = [];
    let done = 0;
    const drain = async (worker: Worker): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const slice = { seed: options.seed, policy: options.policy, from: next[0], to: next[1] };
        tallies.push(await this.ask(worker, { id: this.nextId++, slice }));
        done += next[1] - next[0];
        options.onProgress?.(done, options.runs);
      }
    };
    await Promise.all(this.workers.map(drain));
    return reportOf(this.scenario, options, mergeTallies(this.scenario, tallies));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private ask(worker: Worker, request: SliceRequest): Promise<SimulationTally> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: SliceReply) => {
        if (reply.id !== request.id) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.tally);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(request);
    });
  }
}

/** `runs` cut into at most `count` consecutive [from, to) ranges of nearly equal size. */
export function sliceBounds(runs: number, count: number): [number, number][] {
  const n = Math.max(1, Math.min(count, runs));
  const bounds: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const from = Math.floor((runs * k) / n);
    const to = Math.floor((runs * (k + 1)) / n);
    if (to > from) bounds.push([from, to]);
  }
  return bounds;
}

/**
 * A worker thread running worker.ts. Node cannot start a TypeScript file itself, and tsx's loader,
 * although inherited through the flags, does not reach a worker's first module (tsx issue #354); so
 * the worker starts from a two-line boot script that registers tsx, then imports the TypeScript.
 */
function startWorker(scenario: Scenario): Worker {
  const worker = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true, workerData: scenario });
}

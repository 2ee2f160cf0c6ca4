import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, loadScenario, type SimulationReport, simulate } from '../../src/engine/index';
import { SimulationPool, sliceBounds } from '../../src/simulate-node/pool';

const FILE = 'scenarios/after-the-summit.json';
const TEXT = readFileSync(FILE, 'utf8');
const scenario = compile(
  loadScenario(FILE, TEXT).scenario as NonNullable<ReturnType<typeof loadScenario>['scenario']>,
);

async function onThreads(workers: number, runs: number): Promise<SimulationReport> {
  const pool = new SimulationPool(scenario, workers);
  try {
    return await pool.simulate({ runs, seed: 42, policy: 'cautious-balanced' });
  } finally {
    await pool.close();
  }
}

describe('simulation on worker threads', () => {
  // Starting a thread loads TypeScript through tsx: slow on a busy machine, hence the long limit.
  it('reports the same for 1, 2 and 3 workers as on this thread', { timeout: 300_000 }, async () => {
    const runs = 1001;
    const here = simulate(scenario, { runs, seed: 42, policy: 'cautious-balanced' });
    const [one, two, three] = [await onThreads(1, runs), await onThreads(2, runs), await onThreads(3, runs)];
    expect(one).toEqual(here);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
  });

  it('cuts a batch into consecutive slices that cover every run once', () => {
    for (const [runs, count] of [
      [1, 8],
      [7, 3],
      [100_000, 8],
      [5, 5],
    ] as const) {
      const bounds = sliceBounds(runs, count);
      expect(bounds[0]?.[0]).toBe(0);
      expect(bounds.at(-1)?.[1]).toBe(runs);
      bounds.slice(1).forEach(([from], k) => {
        expect(from).toBe(bounds[k]?.[1]);
      });
      expect(bounds.length).toBeLessThanOrEqual(count);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { type SimulationReport, simulate } from '../../src/engine/simulate/batch';
import type { PolicyName } from '../../src/engine/simulate/policies';
import { shippedScenarios } from './shipped';

/**
 * The balance every shipped scenario must keep, measured with the simulator from a fixed seed:
 * every ending, event and choice is met in random play; neither blanket openness nor blanket
 * protection wins; careful balance clearly beats chance. (Minutes and the
 * styles that read nothing: teaching.test.ts.)
 */
const RUNS = 3000;
const SEED = 20261128;

const bestShare = (scenario: CompiledScenario, report: SimulationReport) =>
  report.endings
    .filter((e) => scenario.endings.find((x) => x.id === e.id)?.source.tone === 'best')
    .reduce((sum, e) => sum + e.share, 0);

describe.each(shippedScenarios().map((s) => [s.file, s.compiled] as const))('%s', (file, scenario) => {
  if (scenario === null) {
    it('loads', () => expect.fail(`${file} did not load`));
    return;
  }
  const run = (policy: PolicyName) => simulate(scenario, { runs: RUNS, seed: SEED, policy });
  const random = run('random');
  const shares = {
    random: bestShare(scenario, random),
    open: bestShare(scenario, run('most-open')),
    protective: bestShare(scenario, run('most-protective')),
    balanced: bestShare(scenario, run('cautious-balanced')),
  };
  const figures = `best-ending share: random ${pct(shares.random)}, most-open ${pct(shares.open)}, most-protective ${pct(shares.protective)}, cautious-balanced ${pct(shares.balanced)}; median decisions ${random.decisions.median}`;

  it('reaches every ending, draws every event and takes every choice in random play', () => {
    console.log(`${file}: ${figures}`);
    expect(random.endings.filter((e) => e.runs === 0).map((e) => e.id)).toEqual([]);
    expect(random.eventsNeverDrawn).toEqual([]);
    expect(random.choicesNeverTaken).toEqual([]);
    expect(random.stuckRuns).toBe(0);
  });

  it('lets no fixed style win: most-open and most-protective reach the best ending in at most 10% of runs', () => {
    expect(shares.open, figures).toBeLessThanOrEqual(0.1);
    expect(shares.protective, figures).toBeLessThanOrEqual(0.1);
  });

  it('rewards care: cautious-balanced reaches the best ending clearly more often than random', () => {
    expect(shares.balanced, figures).toBeGreaterThanOrEqual(
      Math.max(shares.random * 1.5, shares.random + 0.1),
    );
  });
});

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

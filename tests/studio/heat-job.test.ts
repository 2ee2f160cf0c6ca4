import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, loadScenario, POLICY_NAMES, simulate, teachingReport } from '../../src/engine';
import { type HeatOutcome, type HeatProgress, playHeat, SLICE_RUNS } from '../../src/studio/heat/heat-job';

const FILE = 'scenarios/sample-visiting-lab.json';
const TEXT = readFileSync(FILE, 'utf8');

function drive(text: string, runs: number): { progress: HeatProgress[]; outcome: HeatOutcome } {
  const job = playHeat(text, { runs, seed: 12, file: 'sample.json' });
  const progress: HeatProgress[] = [];
  for (let step = job.next(); ; step = job.next()) {
    if (step.done) return { progress, outcome: step.value };
    progress.push(step.value);
  }
}

describe('the heat, played in slices', () => {
  it('reports per play style what one pass of `simulate` reports, with the teaching checks', () => {
    const runs = SLICE_RUNS * 2 + 37;
    const { progress, outcome } = drive(TEXT, runs);
    if (outcome.kind !== 'heat') throw new Error('the sample has problems');
    const { scenario } = loadScenario('sample.json', TEXT);
    if (scenario === undefined) throw new Error('the sample does not load');
    const compiled = compile(scenario);
    const expected = POLICY_NAMES.map((policy) => simulate(compiled, { runs, seed: 12, policy }));
    expect(outcome.result.reports).toEqual(expected);
    expect(outcome.result.teaching).toEqual(teachingReport('sample.json', compiled, expected, 12));
    // Three slices per style, the count growing to the whole.
    expect(progress).toHaveLength(3 * POLICY_NAMES.length);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ done: runs * POLICY_NAMES.length, total: runs * POLICY_NAMES.length });
  });

  it('refuses a file with errors with its diagnostics, playing nothing', () => {
    const { progress, outcome } = drive(TEXT.replace('"format": 1', '"format": 2'), 100);
    expect(progress).toEqual([]);
    expect(outcome.kind).toBe('problems');
    if (outcome.kind === 'problems') expect(outcome.diagnostics.length).toBeGreaterThan(0);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, loadScenario, POLICY_NAMES, simulate, teachingReport } from '../../src/engine';
import { type HeatOutcome, type HeatProgress, playHeat, SLICE_RUNS } from '../../src/studio/heat/heat-job';
import { bucketOf, heatByNode, neverUnderAnyStyle, percent } from '../../src/studio/map/heat-shares';

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

describe('the heat on the map', () => {
  const { outcome } = drive(TEXT, 150);
  if (outcome.kind !== 'heat') throw new Error('the sample has problems');
  const result = outcome.result;

  it('counts each card and ending over the selected styles', () => {
    const all = heatByNode(result, 'all');
    const random = heatByNode(result, 'random');
    const report = result.reports.find((r) => r.policy === 'random');
    for (const event of report?.events ?? []) {
      expect(random.get(`event:${event.id}`)).toEqual({ runs: event.runs, of: 150, share: event.runs / 150 });
      const together = result.reports.reduce(
        (sum, r) => sum + (r.events.find((e) => e.id === event.id)?.runs ?? 0),
        0,
      );
      expect(all.get(`event:${event.id}`)?.runs).toBe(together);
      expect(all.get(`event:${event.id}`)?.of).toBe(150 * result.reports.length);
    }
    const endings = [...random.entries()].filter(([key]) => key.startsWith('ending:'));
    expect(endings.reduce((sum, [, heat]) => sum + heat.runs, 0)).toBe(150);
  });

  it('lists what no style did, each item never done under every style', () => {
    const never = neverUnderAnyStyle(result);
    for (const report of result.reports) {
      for (const id of never.events) expect(report.eventsNeverDrawn).toContain(id);
      for (const choice of never.choices) expect(report.choicesNeverTaken).toContainEqual(choice);
      for (const id of never.endings) expect(report.endings.find((e) => e.id === id)?.runs).toBe(0);
    }
    const everDrawn = new Set(
      result.reports.flatMap((r) => r.events.filter((e) => e.runs > 0).map((e) => e.id)),
    );
    expect(never.events).toEqual(
      result.reports[0]?.events.map((e) => e.id).filter((id) => !everDrawn.has(id)),
    );
  });

  it('steps shares into named buckets and prints small shares honestly', () => {
    expect([0, 0.01, 0.05, 0.3, 0.5, 1].map(bucketOf)).toEqual([
      'never',
      'rare',
      'some',
      'often',
      'most',
      'most',
    ]);
    expect(percent(0.0004)).toBe('<0.1%');
    expect(percent(0.4567)).toBe('45.7%');
    expect(percent(0)).toBe('0.0%');
  });
});

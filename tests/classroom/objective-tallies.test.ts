import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../src/classroom/csv';
import { tallyObjectives } from '../../src/classroom/objective-tallies';
import { buildResult } from '../../src/classroom/result-build';
import { buildDebrief, OBJECTIVE_STATUSES } from '../../src/engine';
import { loadSample } from '../engine/present/player';
import { playOut, session } from './runs';

/** The class debrief's objective counts over real runs of the sample, against each run's own debrief. */
const scenario = loadSample();
const preferences = [
  [],
  ['negotiate', 'full-plan', 'classify-first', 'ask-dean', 'join-segmented', 'follow-agreement'],
  ['accept-as-offered', 'send-file', 'carry-on', 'join-exclude-all', 'full-tour', 'post-tonight'],
  ['decline', 'later', 'decline-invite', 'decline-tour'],
];

describe('tallyObjectives', () => {
  const runs = preferences.flatMap((prefer, p) =>
    [1, 2, 3].map((seed) => playOut(scenario, seed * 10 + p, prefer)),
  );
  const results = runs.map((run) => buildResult(scenario, run, session()));

  it('counts, per objective, the runs whose own debrief shows, misses or never meets it', () => {
    const tallies = tallyObjectives(scenario, results);
    expect(tallies.map((t) => t.id)).toEqual(scenario.source.objectives.map((o) => o.id));
    for (const [o, tally] of tallies.entries()) {
      expect(tally.runs).toBe(runs.length);
      for (const status of OBJECTIVE_STATUSES) {
        const expected = runs.filter(
          (run) => buildDebrief(scenario, run).objectives[o]?.status === status,
        ).length;
        expect(tally.counts[status], `${tally.id} ${status}`).toBe(expected);
      }
    }
    // The sample's runs differ: the counts are not all in one column.
    const used = OBJECTIVE_STATUSES.filter((s) => tallies.some((t) => t.counts[s] > 0));
    expect(used.length).toBeGreaterThan(1);
  });

  it('leaves out a result whose save no longer replays, and says how many runs stand behind the counts', () => {
    const [first, ...rest] = results;
    if (first === undefined) throw new Error('no results');
    const broken = { ...first, save: { ...first.save, actions: [{ choose: 'no-such-choice' }] } };
    const tallies = tallyObjectives(scenario, [broken as typeof first, ...rest]);
    expect(tallies.every((t) => t.runs === rest.length)).toBe(true);
  });

  it('has nothing to count for no results', () => {
    expect(tallyObjectives(scenario, []).every((t) => t.runs === 0 && t.counts.shown === 0)).toBe(true);
  });
});

describe('the class CSV with the scenario', () => {
  const runs = preferences.map((prefer, p) => playOut(scenario, 40 + p, prefer));
  const results = runs.map((run) => buildResult(scenario, run, session()));

  it("ends each row with its run's judgement of every objective, as the run's own debrief says it", () => {
    const ids = scenario.source.objectives.map((o) => o.id);
    const lines = resultsCsv(results, scenario).slice(1).split('\r\n').slice(0, -1);
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(-ids.length)).toEqual(ids.map((id) => `objective_${id}`));
    let row = 1;
    for (const [r, run] of runs.entries()) {
      const expected = buildDebrief(scenario, run).objectives.map((o) => o.status);
      for (let d = 0; d < (results[r]?.decisions.length ?? 0); d++, row++)
        expect(lines[row]?.split(',').slice(-ids.length)).toEqual(expected);
    }
    expect(row).toBe(lines.length);
    // The runs were played to differ: more than one status appears in the columns.
    const statuses = new Set(lines.slice(1).flatMap((line) => line.split(',').slice(-ids.length)));
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('leaves the columns empty for a run whose save no longer replays', () => {
    const [first] = results;
    if (first === undefined) throw new Error('no results');
    const broken = { ...first, save: { ...first.save, actions: [{ choose: 'no-such-choice' }] } };
    const row = resultsCsv([broken as typeof first], scenario).split('\r\n')[1] ?? '';
    expect(row.endsWith(','.repeat(scenario.source.objectives.length))).toBe(true);
  });
});

import type Scorm12APIType from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { type CompiledScenario, judgeObjectives, OBJECTIVE_STATUSES } from '../../src/engine';
import { objectiveValues, SCORM_OBJECTIVE_STATUS } from '../../src/lms/objectives';
import { startScorm } from '../../src/lms/scorm-adapter';
import { createGameStore, type GameState } from '../../src/store/game';
import { MemoryStorage } from '../../src/store/slot';
import { playStore } from './play-store';
import { shippedScenarios } from './shipped';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12APIType };
const scenarios = shippedScenarios();
const SAMPLE = 'sample-visiting-lab';

describe('objectives as SCORM 1.2 objectives', () => {
  it('maps shown, missed and not met onto passed, failed and not attempted', () => {
    expect(OBJECTIVE_STATUSES.map((s) => SCORM_OBJECTIVE_STATUS[s])).toEqual([
      'passed',
      'failed',
      'not attempted',
    ]);
  });

  it('appends a new objective id first, and updates one the LMS already holds in its slot', () => {
    const records = [
      { id: 'a', status: 'passed' as const },
      { id: 'b', status: 'not attempted' as const },
    ];
    expect(objectiveValues(records, [])).toEqual([
      ['cmi.objectives.0.id', 'a'],
      ['cmi.objectives.0.status', 'passed'],
      ['cmi.objectives.1.id', 'b'],
      ['cmi.objectives.1.status', 'not attempted'],
    ]);
    expect(objectiveValues(records, ['x', 'b'])).toEqual([
      ['cmi.objectives.2.id', 'a'],
      ['cmi.objectives.2.status', 'passed'],
      ['cmi.objectives.1.status', 'not attempted'],
    ]);
  });

  it('reports, when a run ends, every objective with the status the debrief gives it; a new run updates them', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const storage = new MemoryStorage();
    let clock = 1_764_300_000_000;
    const now = () => (clock += 1000);
    const session = startScorm({ win: { API: api, addEventListener: () => undefined }, storage, now });
    const game = createGameStore({
      catalog: { get: (id) => scenarios.get(id) },
      storage,
      now,
      newSeed: () => 7,
    });
    session?.attach(game);
    const scenario = scenarios.get(SAMPLE) as CompiledScenario;
    const lms = () => {
      const count = Number(api.LMSGetValue('cmi.objectives._count'));
      return Array.from({ length: count }, (_, n) => [
        api.LMSGetValue(`cmi.objectives.${n}.id`),
        api.LMSGetValue(`cmi.objectives.${n}.status`),
      ]);
    };
    const seen = new Set<string>();
    let previous: string[][] = [];
    const picks = [
      (ids: readonly string[]) => ids[0] as string,
      (ids: readonly string[]) => ids.at(-1) as string,
    ];
    for (const pick of picks) {
      expect(game.getState().begin(SAMPLE)).toBe(true);
      playStore(game, 2, pick);
      // Mid-run nothing new is reported (the objectives belong with the score of a finished run): the
      // LMS still holds the previous run's.
      const before = lms();
      playStore(game, Number.POSITIVE_INFINITY, pick);
      const run = game.getState().run as NonNullable<GameState['run']>;
      expect(run.phase.kind).toBe('ended');
      const expected = judgeObjectives(scenario, run).map((j) => [j.id, SCORM_OBJECTIVE_STATUS[j.status]]);
      expect(lms()).toEqual(expected);
      expect(before).toEqual(previous);
      expect(String(api.LMSGetLastError())).toBe('0');
      previous = expected as string[][];
      for (const [, status] of expected) seen.add(status as string);
    }
    // The two runs do not judge alike, so the LMS's slots really were updated in place.
    expect(seen.size).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { start } from '../../src/engine/run/step';
import { actionsOf, type RunSave, restoreRun, saveRun } from '../../src/engine/save';
import { driver, testScenario, testScenarioInput } from './test-scenario';

const scenario = testScenario();
const { choose, next, act } = driver(scenario);

/** Offer accepted, a routine visit hosted; seed 7. */
const choicesRun = () => choose(next(choose(start(scenario, 7), 'accept')), 'host');
/** Segment, propose IP joint + 180 days, accept the counter (30 days), read the outcome. */
const negotiationRun = () => {
  let run = next(choose(start(scenario, 11), 'segment'));
  run = act(run, { type: 'propose', terms: [1, 1] });
  run = act(run, { type: 'acceptCounter' });
  return next(run);
};
const roundTrip = (save: RunSave): RunSave => JSON.parse(JSON.stringify(save));

describe('saveRun', () => {
  it('stores the scenario, the seed and the actions by author id', () => {
    expect(saveRun(scenario, choicesRun())).toEqual({
      scenario: { id: 'engine-test', version: '1.0.0' },
      seed: 7,
      actions: [{ choose: 'accept' }, 'continue', { choose: 'host' }],
    });
  });

  it('stores proposals as clause id → option id, and the other actions by name', () => {
    let walked = next(choose(start(scenario, 2), 'segment'));
    walked = act(walked, { type: 'propose', terms: [1, 1] });
    walked = act(walked, { type: 'walkAway' });
    expect(saveRun(scenario, negotiationRun()).actions).toEqual([
      { choose: 'segment' },
      'continue',
      { propose: { ip: 'joint', review: 'days180' } },
      'acceptCounter',
      'continue',
    ]);
    expect(saveRun(scenario, walked).actions).toEqual([
      { choose: 'segment' },
      'continue',
      { propose: { ip: 'joint', review: 'days180' } },
      'walkAway',
    ]);
  });

  it('is plain JSON: no indexes, no run state', () => {
    const save = saveRun(scenario, negotiationRun());
    expect(roundTrip(save)).toEqual(save);
    expect(JSON.stringify(save)).toBe(
      '{"scenario":{"id":"engine-test","version":"1.0.0"},"seed":11,"actions":[{"choose":"segment"},"continue",' +
        '{"propose":{"ip":"joint","review":"days180"}},"acceptCounter","continue"]}',
    );
  });

  it('saves a fresh run as no actions', () => {
    expect(saveRun(scenario, start(scenario, 3))).toEqual({
      scenario: { id: 'engine-test', version: '1.0.0' },
      seed: 3,
      actions: [],
    });
  });
});

describe('actionsOf', () => {
  it('lists the actions in the order they were taken', () => {
    expect(actionsOf(choicesRun())).toEqual([
      { type: 'choose', choice: 0 },
      { type: 'continue' },
      { type: 'choose', choice: 0 },
    ]);
    expect(actionsOf(start(scenario, 1))).toEqual([]);
  });
});

describe('restoreRun', () => {
  it('replays a save into the same run', () => {
    for (const run of [choicesRun(), negotiationRun(), start(scenario, 5)]) {
      expect(restoreRun(scenario, roundTrip(saveRun(scenario, run)))).toEqual({
        ok: true,
        run,
        replayedOnNewVersion: false,
      });
    }
  });

  it('refuses a save for another scenario', () => {
    const save = { ...saveRun(scenario, choicesRun()), scenario: { id: 'other', version: '1.0.0' } };
    expect(restoreRun(scenario, save)).toEqual({
      ok: false,
      reason: 'the save is for scenario "other", not "engine-test"',
    });
  });

  it('reports which action no longer fits when a saved choice id is gone', () => {
    const input = testScenarioInput();
    const accept = input.events[0]?.choices?.[0];
    if (accept === undefined) throw new Error('offer/accept exists');
    accept.id = 'agree';
    const edited = testScenario(input);
    expect(restoreRun(edited, saveRun(scenario, choicesRun()))).toEqual({
      ok: false,
      reason: 'action 1 ({"choose":"accept"}) no longer fits the scenario',
    });
  });

  it('reports an action the phase does not allow', () => {
    const save: RunSave = {
      scenario: { id: 'engine-test', version: '1.0.0' },
      seed: 1,
      actions: ['continue'],
    };
    expect(restoreRun(scenario, save)).toEqual({
      ok: false,
      reason: 'action 1 ("continue"): "continue" is not possible while choosing',
    });
    const unknownOption: RunSave = {
      ...save,
      actions: [{ choose: 'segment' }, 'continue', { propose: { ip: 'mine', review: 'days30' } }],
    };
    expect(restoreRun(scenario, unknownOption)).toEqual({
      ok: false,
      reason: 'action 3 ({"propose":{"ip":"mine","review":"days30"}}) no longer fits the scenario',
    });
  });

  it('replays a save from an older version and says so', () => {
    const run = choicesRun();
    const input = { ...testScenarioInput(), version: '1.1.0' };
    const newer = testScenario(input);
    const restored = restoreRun(newer, saveRun(scenario, run));
    expect(restored).toEqual({
      ok: true,
      run: { ...run, scenarioVersion: '1.1.0' },
      replayedOnNewVersion: true,
    });
  });
});

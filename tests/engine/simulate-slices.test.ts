import { describe, expect, it } from 'vitest';
import {
  mergeTallies,
  POLICY_NAMES,
  playRun,
  policyByName,
  reportOf,
  simulate,
  simulateSlice,
  start,
  step,
} from '../../src/engine/index';
import { mixSeed } from '../../src/engine/rng';
import { shippedScenarios } from '../scenarios/shipped';

const shipped = shippedScenarios().flatMap((s) =>
  s.compiled === null ? [] : [{ file: s.file, scenario: s.compiled }],
);

describe('a batch played in slices', () => {
  it.each(shipped)('$file: slices merged in any order report what one pass reports', ({ scenario }) => {
    for (const policy of POLICY_NAMES) {
      const options = { runs: 301, seed: 17, policy };
      const cuts = [0, 1, 90, 200, 301];
      const slices = cuts
        .slice(1)
        .map((to, k) => simulateSlice(scenario, { seed: 17, policy, from: cuts[k] as number, to }));
      const merged = mergeTallies(scenario, [...slices].reverse());
      expect(reportOf(scenario, options, merged)).toEqual(simulate(scenario, options));
    }
  });

  it('refuses slices that leave a gap', () => {
    const [{ scenario }] = shipped as [(typeof shipped)[number]];
    const a = simulateSlice(scenario, { seed: 1, policy: 'random', from: 0, to: 10 });
    const b = simulateSlice(scenario, { seed: 1, policy: 'random', from: 11, to: 20 });
    expect(() => mergeTallies(scenario, [a, b])).toThrow(/not consecutive at run 11/);
  });
});

describe('a run stepped in place', () => {
  it.each(shipped)(
    '$file: playRun gives the run that start and step give action by action',
    ({ scenario }) => {
      for (const name of POLICY_NAMES) {
        for (let i = 0; i < 20; i++) {
          const seed = mixSeed(5, i);
          const { run } = playRun(scenario, seed, policyByName(name));
          const actions = [];
          for (let node = run.actions; node !== null; node = node.prev) actions.unshift(node.action);
          let replayed = start(scenario, seed);
          for (const action of actions) replayed = step(scenario, replayed, action);
          expect(run).toEqual(replayed);
          // Without recording: the same run, less its story log and action list.
          const bare = playRun(scenario, seed, policyByName(name), { record: false }).run;
          expect(bare).toEqual({ ...replayed, log: null, actions: null });
        }
      }
    },
  );
});

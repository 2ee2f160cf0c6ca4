import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/engine/format';
import { distribution, simulate, simulateSlice } from '../../src/engine/simulate/batch';
import { playRun, stepCap } from '../../src/engine/simulate/play';
import { POLICY_NAMES, type PolicyName, policyByName } from '../../src/engine/simulate/policies';
import { t, testScenario, testScenarioInput } from './test-scenario';

const scenario = testScenario();

/** Ending counts per policy for testScenario, 500 runs from seed 3: any change to play or policies shows here. */
const PINNED: Record<
  PolicyName,
  {
    endings: Record<string, number>;
    failures: { meter: string; side: 'low' | 'high'; runs: number }[];
    decisions: { min: number; median: number; max: number; mean: number };
    turns: { min: number; median: number; max: number; mean: number };
    eventsNeverDrawn: string[];
  }
> = {
  random: {
    endings: { courtroom: 0, alone: 107, hub: 16, steady: 377 },
    failures: [{ meter: 'trust', side: 'low', runs: 107 }],
    decisions: { min: 3, median: 6, max: 7, mean: 5.358 },
    turns: { min: 3, median: 6, max: 6, mean: 4.994 },
    eventsNeverDrawn: [],
  },
  'most-open': {
    endings: { courtroom: 0, alone: 0, hub: 0, steady: 500 },
    failures: [],
    decisions: { min: 6, median: 6, max: 6, mean: 6 },
    turns: { min: 6, median: 6, max: 6, mean: 6 },
    eventsNeverDrawn: ['agreement', 'trust-warning'],
  },
  'most-protective': {
    endings: { courtroom: 0, alone: 215, hub: 0, steady: 285 },
    failures: [{ meter: 'trust', side: 'low', runs: 215 }],
    decisions: { min: 3, median: 4, max: 7, mean: 4.228 },
    turns: { min: 3, median: 3, max: 6, mean: 3.698 },
    eventsNeverDrawn: ['review'],
  },
  'cautious-balanced': {
    endings: { courtroom: 0, alone: 0, hub: 0, steady: 500 },
    failures: [],
    decisions: { min: 7, median: 7, max: 7, mean: 7 },
    turns: { min: 6, median: 6, max: 6, mean: 6 },
    eventsNeverDrawn: ['review', 'trust-warning'],
  },
  'longest-ko': {
    endings: { courtroom: 0, alone: 181, hub: 0, steady: 319 },
    failures: [{ meter: 'trust', side: 'low', runs: 181 }],
    decisions: { min: 3, median: 5, max: 6, mean: 4.308 },
    turns: { min: 3, median: 4, max: 5, mean: 3.778 },
    eventsNeverDrawn: ['review'],
  },
  'longest-en': {
    endings: { courtroom: 0, alone: 181, hub: 0, steady: 319 },
    failures: [{ meter: 'trust', side: 'low', runs: 181 }],
    decisions: { min: 3, median: 5, max: 6, mean: 4.308 },
    turns: { min: 3, median: 4, max: 5, mean: 3.778 },
    eventsNeverDrawn: ['review'],
  },
  first: {
    endings: { courtroom: 0, alone: 0, hub: 0, steady: 500 },
    failures: [],
    decisions: { min: 6, median: 6, max: 6, mean: 6 },
    turns: { min: 6, median: 6, max: 6, mean: 6 },
    eventsNeverDrawn: ['agreement', 'trust-warning'],
  },
  last: {
    endings: { courtroom: 0, alone: 0, hub: 0, steady: 500 },
    failures: [],
    decisions: { min: 3, median: 3, max: 3, mean: 3 },
    turns: { min: 3, median: 3, max: 3, mean: 3 },
    eventsNeverDrawn: ['agreement', 'review'],
  },
  'largest-gain': {
    endings: { courtroom: 0, alone: 0, hub: 235, steady: 265 },
    failures: [],
    decisions: { min: 7, median: 7, max: 7, mean: 7 },
    turns: { min: 6, median: 6, max: 6, mean: 6 },
    eventsNeverDrawn: ['review', 'trust-warning'],
  },
};

describe('simulate on the test scenario (500 runs, seed 3)', () => {
  for (const policy of POLICY_NAMES) {
    it(`gives the pinned report under "${policy}"`, () => {
      const report = simulate(scenario, { runs: 500, seed: 3, policy });
      const pinned = PINNED[policy];
      expect(report).toMatchObject({
        scenario: { id: 'engine-test', version: '1.0.0' },
        policy,
        runs: 500,
        seed: 3,
        stuckRuns: 0,
        failures: pinned.failures,
        decisions: pinned.decisions,
        turns: pinned.turns,
        eventsNeverDrawn: pinned.eventsNeverDrawn,
      });
      expect(Object.fromEntries(report.endings.map((e) => [e.id, e.runs]))).toEqual(pinned.endings);
      for (const ending of report.endings) expect(ending.share).toBe(ending.runs / 500);
      expect(report.endings.map((e) => e.tone)).toEqual(['bad', 'bad', 'best', 'mixed']);
    });
  }

  it('is deterministic for a seed and differs across seeds', () => {
    const a = simulate(scenario, { runs: 200, seed: 9, policy: 'random' });
    expect(simulate(scenario, { runs: 200, seed: 9, policy: 'random' })).toEqual(a);
    expect(simulate(scenario, { runs: 200, seed: 10, policy: 'random' }).endings).not.toEqual(a.endings);
  });

  it('counts per event the runs that drew it and per choice the runs that took it', () => {
    const report = simulate(scenario, { runs: 300, seed: 5, policy: 'random' });
    // The same batch one run at a time: each run's tally says 0 or 1 per event and choice.
    const single = Array.from({ length: 300 }, (_, i) =>
      simulateSlice(scenario, { seed: 5, policy: 'random', from: i, to: i + 1 }),
    );
    report.events.forEach((event, e) => {
      const drawnIn = single.filter((t) => t.drawn[e] === 1).length;
      expect(event.runs).toBe(drawnIn);
      expect(report.eventsNeverDrawn.includes(event.id)).toBe(drawnIn === 0);
      event.choices.forEach((choice, c) => {
        expect(choice.runs).toBe(single.filter((t) => t.taken[e]?.[c] === 1).length);
        expect(choice.runs).toBeLessThanOrEqual(event.runs);
      });
    });
    expect(report.events.some((e) => e.runs > 0 && e.runs < 300)).toBe(true);
  });

  it('lists what each policy never took', () => {
    expect(simulate(scenario, { runs: 500, seed: 3, policy: 'most-open' }).choicesNeverTaken).toEqual([
      { event: 'offer', choice: 'segment' },
      { event: 'offer', choice: 'decline' },
      { event: 'trust-warning', choice: 'visit' },
      { event: 'trust-warning', choice: 'ignore' },
      { event: 'trust-warning', choice: 'resign' },
      { event: 'routine', choice: 'refuse' },
      { event: 'routine', choice: 'snub' },
      { event: 'routine', choice: 'file' },
      { event: 'routine', choice: 'quit' },
    ]);
    expect(simulate(scenario, { runs: 500, seed: 3, policy: 'random' }).choicesNeverTaken).toEqual([]);
  });

  it('summarises final meters', () => {
    const report = simulate(scenario, { runs: 500, seed: 3, policy: 'most-open' });
    expect(report.finalMeters).toEqual({
      trust: { min: 80, p10: 80, median: 80, p90: 80, max: 80, mean: 80 },
      security: { min: 30, p10: 30, median: 30, p90: 30, max: 30, mean: 30 },
      legalRisk: { min: 65, p10: 65, median: 65, p90: 65, max: 65, mean: 65 },
    });
  });
});

describe('eventsNeverDrawn and choicesNeverTaken on a hand-checked scenario', () => {
  // Two turns: "first" (priority 1, once) on turn 1, "daily" on turn 2. "hidden" is scheduledOnly and
  // nothing schedules it; "later" needs turn 5 of a two-turn calendar.
  const input: ScenarioInput = {
    ...testScenarioInput(),
    calendar: { turns: 2, labels: [t('Turn 1'), t('Turn 2')] },
    meters: [
      { id: 'trust', label: t('Trust'), start: 50, low: { fail: 10, warn: 25 } },
      { id: 'security', label: t('Security'), start: 50 },
      { id: 'legalRisk', label: t('Legal risk'), good: 'low', start: 20 },
    ],
    events: [
      {
        id: 'first',
        title: t('First'),
        text: t('First'),
        once: true,
        priority: 1,
        choices: [
          { id: 'go', text: t('Go'), effects: { trust: 5 } },
          { id: 'later', text: t('Later'), when: { turn: { atLeast: 5 } } },
        ],
      },
      {
        id: 'hidden',
        title: t('Hidden'),
        text: t('Hidden'),
        scheduledOnly: true,
        choices: [{ id: 'look', text: t('Look') }],
      },
      {
        id: 'daily',
        title: t('Daily'),
        text: t('Daily'),
        choices: [{ id: 'work', text: t('Work'), effects: { security: 1 } }],
      },
    ],
  };
  const small = testScenario(input);

  for (const policy of POLICY_NAMES) {
    it(`finds the event never drawn and the choices never taken under "${policy}"`, () => {
      const report = simulate(small, { runs: 50, seed: 1, policy });
      expect(report.eventsNeverDrawn).toEqual(['hidden']);
      expect(report.choicesNeverTaken).toEqual([
        { event: 'first', choice: 'later' },
        { event: 'hidden', choice: 'look' },
      ]);
      expect(Object.fromEntries(report.endings.map((e) => [e.id, e.runs]))).toEqual({
        courtroom: 0,
        alone: 0,
        hub: 0,
        steady: 50,
      });
      // Every run shows "first" and "daily" once and takes their one open choice; nothing shows "hidden".
      expect(report.events).toEqual([
        {
          id: 'first',
          runs: 50,
          choices: [
            { id: 'go', runs: 50 },
            { id: 'later', runs: 0 },
          ],
        },
        { id: 'hidden', runs: 0, choices: [{ id: 'look', runs: 0 }] },
        { id: 'daily', runs: 50, choices: [{ id: 'work', runs: 50 }] },
      ]);
      expect(report.decisions).toEqual({ min: 2, p10: 2, median: 2, p90: 2, max: 2, mean: 2 });
      expect(report.finalMeters.trust).toMatchObject({ min: 55, max: 55 });
      expect(report.finalMeters.security).toMatchObject({ min: 51, max: 51 });
    });
  }
});

describe('playRun', () => {
  it('plays to the end within the step cap', () => {
    const { run, stuck } = playRun(scenario, 4, policyByName('random'));
    expect(stuck).toBe(false);
    expect(run.phase.kind).toBe('ended');
    expect(stepCap(scenario)).toBe(6 * 9 * (2 * 2 + 2) + 16);
  });
});

describe('distribution', () => {
  it('gives min, p10, median, p90, max and mean by nearest rank', () => {
    expect(distribution([5, 1, 4, 2, 3, 10, 9, 8, 7, 6])).toEqual({
      min: 1,
      p10: 2,
      median: 6,
      p90: 10,
      max: 10,
      mean: 5.5,
    });
    expect(distribution([3, 1, 2])).toEqual({ min: 1, p10: 1, median: 2, p90: 3, max: 3, mean: 2 });
  });

  it('sorts numerically, negatives included', () => {
    expect(distribution([10, -5, 2, 100, 0])).toEqual({
      min: -5,
      p10: -5,
      median: 2,
      p90: 100,
      max: 100,
      mean: 21.4,
    });
  });

  it('handles one value and none', () => {
    expect(distribution([7])).toEqual({ min: 7, p10: 7, median: 7, p90: 7, max: 7, mean: 7 });
    expect(distribution([])).toEqual({ min: 0, p10: 0, median: 0, p90: 0, max: 0, mean: 0 });
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    distribution(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

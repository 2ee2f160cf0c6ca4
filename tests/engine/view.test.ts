import { describe, expect, it } from 'vitest';
import { start } from '../../src/engine/run/step';
import type { RunState } from '../../src/engine/run/types';
import {
  clauseOptionMoves,
  currentEvent,
  doorStates,
  meterViews,
  visibleChoices,
} from '../../src/engine/view';
import { driver, t, testScenario, testScenarioInput } from './test-scenario';

const scenario = testScenario();
const { choose, next } = driver(scenario);
const summary = (run: RunState) => visibleChoices(scenario, run).map((c) => [c.id, c.locked, c.moves]);

describe('visibleChoices', () => {
  it('lists every choice of an unconditional event, with the meters each moves right away', () => {
    expect(summary(start(scenario, 1))).toEqual([
      ['accept', false, ['trust', 'legalRisk']], // its delayed legalRisk +5 is not previewed
      ['segment', false, ['trust']],
      ['decline', false, ['trust']],
    ]);
  });

  it('shows a when-failing choice with a lockedReason as locked, and hides one without', () => {
    const routine = next(choose(start(scenario, 1), 'decline')); // trust 30: "quit" needs trust <= 20
    expect(summary(routine)).toEqual([
      ['host', false, ['trust', 'security']],
      ['refuse', false, ['trust', 'security']],
      ['snub', false, ['trust']],
      ['file', true, ['legalRisk']],
    ]);
    const file = visibleChoices(scenario, routine).find((c) => c.id === 'file');
    expect(file).toMatchObject({
      index: 3,
      locked: true,
      source: { lockedReason: t('Nothing to report yet') },
    });
  });

  it('unlocks a locked choice and reveals a hidden one once their conditions hold', () => {
    // accept sets "shared", which unlocks "file".
    const shared = next(choose(start(scenario, 1), 'accept'));
    expect(visibleChoices(scenario, shared).find((c) => c.id === 'file')?.locked).toBe(false);
    // "quit" appears once trust is 20 or less.
    const routineLow = { ...next(choose(start(scenario, 1), 'decline')), meters: [20, 55, 20] };
    expect(visibleChoices(scenario, routineLow).map((c) => c.id)).toEqual([
      'host',
      'refuse',
      'snub',
      'file',
      'quit',
    ]);
  });

  it('lists only meters with non-zero immediate effects', () => {
    const input = testScenarioInput();
    const offer = input.events[0];
    if (!offer?.choices) throw new Error('offer has choices');
    offer.choices = [
      { id: 'zero', text: t('Zero'), effects: { trust: 0, security: 3, legalRisk: 0 } },
      { id: 'later', text: t('Later'), schedule: [{ in: 1, effects: { trust: 5 }, note: t('Later') }] },
      { id: 'none', text: t('None') },
    ];
    const zero = testScenario(input);
    expect(visibleChoices(zero, start(zero, 1)).map((c) => [c.id, c.moves])).toEqual([
      ['zero', ['security']],
      ['later', []],
      ['none', []],
    ]);
  });

  it('is empty outside the choosing phase', () => {
    const outcome = choose(start(scenario, 1), 'accept');
    expect(visibleChoices(scenario, outcome)).toEqual([]);
    const negotiating = next(choose(start(scenario, 1), 'segment'));
    expect(negotiating.phase.kind).toBe('negotiating');
    expect(visibleChoices(scenario, negotiating)).toEqual([]);
  });
});

describe('clauseOptionMoves', () => {
  it('previews, per clause and option, the meters each moves', () => {
    const agreement = scenario.index.event.get('agreement') as number;
    expect(clauseOptionMoves(scenario, agreement)).toEqual([
      [['security'], ['trust']],
      [[], ['legalRisk']],
    ]);
    expect(clauseOptionMoves(scenario, scenario.index.event.get('offer') as number)).toEqual([]);
  });
});

describe('meterViews', () => {
  const views = (meters: number[]) => meterViews(scenario, { ...start(scenario, 1), meters });

  it('reports values and no danger at the start', () => {
    expect(meterViews(scenario, start(scenario, 1))).toEqual([
      { id: 'trust', value: 50, danger: null },
      { id: 'security', value: 50, danger: null },
      { id: 'legalRisk', value: 20, danger: null },
    ]);
  });

  it('flags the side whose warning zone a meter stands in, the warning line included', () => {
    expect(views([25, 85, 70]).map((v) => v.danger)).toEqual(['low', 'high', 'high']);
    expect(views([26, 84, 69]).map((v) => v.danger)).toEqual([null, null, null]);
    expect(views([0, 10, 100]).map((v) => v.danger)).toEqual(['low', 'low', 'high']);
  });

  it('never flags a side without a threshold', () => {
    // trust has no high side, legalRisk no low side.
    expect(views([100, 50, 0]).map((v) => v.danger)).toEqual([null, null, null]);
  });

  it('follows the run', () => {
    let run = next(choose(start(scenario, 1), 'decline'));
    run = choose(run, 'refuse');
    expect(meterViews(scenario, run)[0]).toEqual({ id: 'trust', value: 15, danger: 'low' });
  });
});

describe('doorStates', () => {
  it('opens a door while its condition holds', () => {
    const run = start(scenario, 1);
    expect(doorStates(scenario, run)).toEqual([{ id: 'lab', open: false }]);
    expect(doorStates(scenario, choose(run, 'accept'))).toEqual([{ id: 'lab', open: true }]);
    expect(doorStates(scenario, choose(run, 'decline'))).toEqual([{ id: 'lab', open: false }]);
  });
});

describe('currentEvent', () => {
  it('is the event on screen until the run ends', () => {
    const run = start(scenario, 1);
    expect(currentEvent(scenario, run)?.id).toBe('offer');
    expect(currentEvent(scenario, choose(run, 'segment'))?.id).toBe('offer');
    expect(currentEvent(scenario, next(choose(run, 'segment')))?.id).toBe('agreement');
    let ended = next(choose(run, 'decline'));
    ended = next(choose(ended, 'refuse'));
    ended = next(choose(ended, 'resign'));
    expect(ended.phase.kind).toBe('ended');
    expect(currentEvent(scenario, ended)).toBeNull();
  });
});

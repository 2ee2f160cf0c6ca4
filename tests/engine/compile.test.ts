import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import type { CompiledScenario, EvalContext } from '../../src/engine/compile/types';
import { Scenario } from '../../src/engine/format';
import { start } from '../../src/engine/run/step';
import type { RunState } from '../../src/engine/run/types';
import { t, testScenario, testScenarioInput } from './test-scenario';

const scenario = testScenario();
const ev = (s: CompiledScenario, id: string) => {
  const event = s.events[s.index.event.get(id) as number];
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
};
const ctx = (run: RunState): EvalContext => ({ run, terms: null, appeal: 0, failed: null });

describe('compile: ids and indexes', () => {
  it('indexes meters, flags, events and endings in file order', () => {
    expect([...scenario.index.meter]).toEqual([
      ['trust', 0],
      ['security', 1],
      ['legalRisk', 2],
    ]);
    expect([...scenario.index.flag]).toEqual([
      ['shared', 0],
      ['filed', 1],
    ]);
    expect([...scenario.index.event]).toEqual([
      ['offer', 0],
      ['agreement', 1],
      ['review', 2],
      ['trust-warning', 3],
      ['routine', 4],
    ]);
    expect([...scenario.index.ending.keys()]).toEqual(['courtroom', 'alone', 'hub', 'steady']);
    expect(scenario.turns).toBe(6);
    expect(scenario.flagIds).toEqual(['shared', 'filed']);
  });

  it('resolves a choice `next` to an event index, -1 without one', () => {
    const offer = ev(scenario, 'offer');
    expect(offer.choices.map((c) => [c.id, c.index, c.next])).toEqual([
      ['accept', 0, -1],
      ['segment', 1, 1],
      ['decline', 2, -1],
    ]);
  });
});

describe('compile: the deck', () => {
  it('holds only events that are not scheduledOnly, in file order', () => {
    expect(scenario.deck).toEqual([0, 4]);
    expect(scenario.events.map((e) => [e.id, e.inDeck])).toEqual([
      ['offer', true],
      ['agreement', false],
      ['review', false],
      ['trust-warning', false],
      ['routine', true],
    ]);
  });

  it('takes maxTimes from once, else from maxTimes, else no limit', () => {
    const input = testScenarioInput();
    const routine = input.events[4];
    if (routine?.id !== 'routine') throw new Error('routine is event 4');
    routine.maxTimes = 3;
    const limited = testScenario(input);
    expect(limited.events.map((e) => [e.id, e.maxTimes])).toEqual([
      ['offer', 1],
      ['agreement', Number.POSITIVE_INFINITY],
      ['review', Number.POSITIVE_INFINITY],
      ['trust-warning', Number.POSITIVE_INFINITY],
      ['routine', 3],
    ]);
  });

  it('fills defaults: weight 1, cooldown 0, priority 0', () => {
    expect(scenario.events.map((e) => [e.weight, e.cooldown, e.priority])).toEqual([
      [1, 0, 1],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]);
  });
});

describe('compile: outcomes and schedules', () => {
  it('keys each schedule entry by "event/choice#i"', () => {
    const accept = ev(scenario, 'offer').choices[0];
    expect(accept?.outcome.schedule.map((s) => s.ref)).toEqual(['offer/accept#0', 'offer/accept#1']);
    expect([...scenario.schedules.keys()]).toEqual(['offer/accept#0', 'offer/accept#1']);
    const [eventEntry, effectsEntry] = accept?.outcome.schedule ?? [];
    expect(eventEntry).toMatchObject({ ref: 'offer/accept#0', delay: 2, event: 2, outcome: null });
    expect(eventEntry?.when).toBeTypeOf('function');
    expect(effectsEntry).toMatchObject({
      ref: 'offer/accept#1',
      delay: 1,
      event: -1,
      outcome: { meterIndexes: [2], amounts: [5], setFlags: [], clearFlags: [], schedule: [] },
      when: null,
    });
  });

  it('keys negotiation schedules by "event/clause=option#i" and "event/@agreement#i"', () => {
    const input = testScenarioInput();
    const negotiation = input.events[1]?.negotiation;
    const ours = negotiation?.clauses[0]?.options[0];
    if (negotiation === undefined || ours === undefined) throw new Error('agreement negotiates');
    ours.schedule = [
      { in: 1, event: 'review' },
      { in: 2, effects: { security: 5 }, note: t('Patent filed') },
    ];
    negotiation.onAgreement = { ...negotiation.onAgreement, schedule: [{ in: 3, event: 'review' }] };
    negotiation.onNoDeal = {
      ...negotiation.onNoDeal,
      schedule: [{ in: 1, effects: { trust: -5 }, note: t('Rumours') }],
    };
    const compiled = testScenario(input);
    expect([...compiled.schedules.keys()]).toEqual([
      'offer/accept#0',
      'offer/accept#1',
      'agreement/ip=ours#0',
      'agreement/ip=ours#1',
      'agreement/@agreement#0',
      'agreement/@no-deal#0',
    ]);
    expect(compiled.schedules.get('agreement/ip=ours#1')).toMatchObject({
      event: -1,
      outcome: { meterIndexes: [1], amounts: [5] },
    });
  });

  it('compiles effects to parallel meter/amount arrays, dropping zero amounts, and flags to indexes', () => {
    const accept = ev(scenario, 'offer').choices[0];
    expect(accept?.outcome).toMatchObject({
      meterIndexes: [0, 2],
      amounts: [10, 30],
      setFlags: [0],
      clearFlags: [],
    });
    const input = testScenarioInput();
    const decline = input.events[0]?.choices?.[2];
    if (decline === undefined) throw new Error('offer/decline exists');
    decline.effects = { trust: 0, security: -3 };
    decline.clear = ['filed', 'shared'];
    const compiled = testScenario(input);
    expect(ev(compiled, 'offer').choices[2]?.outcome).toMatchObject({
      meterIndexes: [1],
      amounts: [-3],
      setFlags: [],
      clearFlags: [1, 0],
    });
  });

  it('compiles a negotiation: options, appeal, counters by index, answers', () => {
    const negotiation = ev(scenario, 'agreement').negotiation;
    expect(negotiation?.maxRounds).toBe(2);
    expect(negotiation?.clauses.map((c) => [c.id, c.options.map((o) => [o.id, o.appeal])])).toEqual([
      [
        'ip',
        [
          ['ours', -2],
          ['joint', 1],
        ],
      ],
      [
        'review',
        [
          ['days30', 1],
          ['days180', -2],
        ],
      ],
    ]);
    expect(negotiation?.responses.map((r) => [r.answer, r.counter])).toEqual([
      ['reject', [-1, -1]],
      ['counter', [-1, 0]],
      ['reject', [-1, -1]],
    ]);
    expect(negotiation?.otherwise).toBe('accept');
    expect(negotiation?.onAgreement).toMatchObject({ meterIndexes: [0], amounts: [5], setFlags: [1] });
    expect(negotiation?.onNoDeal).toMatchObject({ meterIndexes: [0], amounts: [-10] });
  });

  it('marks choices with a lockedReason to be shown locked, and keeps endsRun', () => {
    const routine = ev(scenario, 'routine');
    expect(routine.choices.map((c) => [c.id, c.showLocked, c.when === null, c.endsRun])).toEqual([
      ['host', false, true, false],
      ['refuse', false, true, false],
      ['snub', false, true, false],
      ['file', true, false, false],
      ['quit', false, false, true],
    ]);
  });
});

describe('compile: meters', () => {
  it('turns thresholds into numbers, a missing warn falling back to fail, and missing sides to infinities', () => {
    const input = testScenarioInput();
    input.meters.push({ id: 'budget', label: t('Budget'), start: 5, min: -10, max: 10, low: { fail: -5 } });
    const compiled = testScenario(input);
    expect(compiled.meters.map((m) => [m.id, m.min, m.max, m.start, m.good])).toEqual([
      ['trust', 0, 100, 50, 'high'],
      ['security', 0, 100, 50, 'high'],
      ['legalRisk', 0, 100, 20, 'low'],
      ['budget', -10, 10, 5, 'high'],
    ]);
    expect(compiled.meters.map((m) => [m.lowFail, m.lowWarn, m.highWarn, m.highFail])).toEqual([
      [10, 25, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      [10, 25, 85, 95],
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 70, 90],
      [-5, -5, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    ]);
    expect(compiled.meters.map((m) => [m.lowWarningEvent, m.highWarningEvent])).toEqual([
      [3, -1],
      [-1, -1],
      [-1, -1],
      [-1, -1],
    ]);
  });
});

describe('compile: conditions', () => {
  it('compiles conditions to predicates over the run', () => {
    const run = start(scenario, 1);
    const file = ev(scenario, 'routine').choices[3];
    expect(file?.when?.(ctx(run))).toBe(false);
    expect(file?.when?.(ctx({ ...run, flags: [true, false] }))).toBe(true);
    const quit = ev(scenario, 'routine').choices[4];
    expect(quit?.when?.(ctx({ ...run, meters: [20, 50, 20] }))).toBe(true);
    expect(quit?.when?.(ctx({ ...run, meters: [21, 50, 20] }))).toBe(false);
    const [door] = scenario.doors;
    expect(door?.id).toBe('lab');
    expect(door?.open(ctx({ ...run, flags: [true, false] }))).toBe(true);
  });

  it('stays total on unknown ids (lint reports them): such conditions never hold', () => {
    const input = testScenarioInput();
    const decline = input.events[0]?.choices?.[2];
    if (decline === undefined) throw new Error('offer/decline exists');
    decline.when = {
      any: [{ flag: 'nope' }, { meter: 'nope', atLeast: 0 }, { chose: { event: 'offer', choice: 'nope' } }],
    };
    decline.effects = { nope: 5, trust: 1 };
    decline.next = 'nope';
    const compiled = compile(Scenario.parse(input));
    const choice = ev(compiled, 'offer').choices[2];
    expect(choice?.when?.(ctx(start(compiled, 1)))).toBe(false);
    expect(choice?.outcome.meterIndexes).toEqual([0]);
    expect(choice?.next).toBe(-1);
  });
});

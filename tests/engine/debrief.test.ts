import { describe, expect, it } from 'vitest';
import { buildDebrief, logEntries } from '../../src/engine/debrief';
import { start } from '../../src/engine/run/step';
import type { RunState } from '../../src/engine/run/types';
import { driver, testScenario } from './test-scenario';

const scenario = testScenario();
const { choose, next, act } = driver(scenario);
const meters = (trust: number, security: number, legalRisk: number) => ({ trust, security, legalRisk });

/** accept, host, answer the review, then host every routine visit to the end of the term. */
function fullTerm(): RunState {
  let run = next(choose(start(scenario, 1), 'accept'));
  run = next(choose(run, 'host'));
  run = next(choose(run, 'answer'));
  while (run.phase.kind !== 'ended') run = next(choose(run, 'host'));
  return run;
}

describe('buildDebrief: decisions', () => {
  it('lists every decision with its choice id and the meters before and after', () => {
    const debrief = buildDebrief(scenario, fullTerm());
    expect(debrief.decisions.map((d) => [d.number, d.turn, d.event, d.kind, d.choice, d.terms])).toEqual([
      [0, 1, 'offer', 'choice', 'accept', null],
      [1, 2, 'routine', 'choice', 'host', null],
      [2, 3, 'review', 'choice', 'answer', null],
      [3, 4, 'routine', 'choice', 'host', null],
      [4, 5, 'routine', 'choice', 'host', null],
      [5, 6, 'routine', 'choice', 'host', null],
    ]);
    expect(debrief.decisions[0]).toMatchObject({
      before: meters(50, 50, 20),
      after: meters(60, 50, 50),
      proposals: [],
    });
    // The delayed legalRisk +5 landed between the decisions: it is not part of either.
    expect(debrief.decisions[1]).toMatchObject({ before: meters(60, 50, 55), after: meters(65, 45, 55) });
    expect(debrief.decisions[2]).toMatchObject({ before: meters(65, 45, 55), after: meters(65, 45, 65) });
    expect(debrief.meterHistory).toEqual([
      { turn: 1, meters: meters(50, 50, 20) },
      { turn: 1, meters: meters(60, 50, 50) },
      { turn: 2, meters: meters(65, 45, 55) },
      { turn: 3, meters: meters(65, 45, 65) },
      { turn: 4, meters: meters(70, 40, 65) },
      { turn: 5, meters: meters(75, 35, 65) },
      { turn: 6, meters: meters(80, 30, 65) },
    ]);
    expect(debrief).toMatchObject({
      scenario: { id: 'engine-test', version: '1.0.0' },
      seed: 1,
      turnsPlayed: 6,
    });
  });

  it('records a negotiation as one decision with its terms and every proposal', () => {
    let run = next(choose(start(scenario, 1), 'segment'));
    run = act(run, { type: 'propose', terms: [1, 1] }); // countered: review 30 days
    run = act(run, { type: 'acceptCounter' });
    const [segment, agreement] = buildDebrief(scenario, run).decisions;
    expect(segment).toMatchObject({ number: 0, choice: 'segment', after: meters(45, 50, 20) });
    expect(agreement).toEqual({
      number: 1,
      turn: 1,
      event: 'agreement',
      title: expect.objectContaining({ en: expect.any(String) }),
      prompt: null,
      lessonNote: null,
      kind: 'agreement',
      choice: null,
      terms: { ip: 'joint', review: 'days30' },
      proposals: [{ round: 1, terms: { ip: 'joint', review: 'days180' }, answer: 'counter' }],
      before: meters(45, 50, 20),
      after: meters(55, 50, 20), // joint +5, onAgreement +5
      changes: [{ meter: 'trust', label: expect.anything(), from: 45, to: 55, delta: 10, good: true }],
      objectives: [],
      references: [],
      links: [],
      options: [
        {
          clause: { id: 'ip', label: expect.anything() },
          options: [
            { id: 'ours', text: expect.anything(), expert: null, chosen: false },
            { id: 'joint', text: expect.anything(), expert: null, chosen: true },
          ],
        },
        {
          clause: { id: 'review', label: expect.anything() },
          options: [
            { id: 'days30', text: expect.anything(), expert: null, chosen: true },
            { id: 'days180', text: expect.anything(), expert: null, chosen: false },
          ],
        },
      ],
      consequences: [],
    });
  });

  it('records a walk-away as a no-deal', () => {
    let run = next(choose(start(scenario, 1), 'segment'));
    run = act(run, { type: 'propose', terms: [1, 1] });
    run = act(run, { type: 'walkAway' });
    expect(buildDebrief(scenario, run).decisions[1]).toMatchObject({
      kind: 'no-deal',
      terms: { ip: 'joint', review: 'days180' },
      proposals: [{ round: 1, terms: { ip: 'joint', review: 'days180' }, answer: 'counter' }],
      before: meters(45, 50, 20),
      after: meters(35, 50, 20),
    });
  });
});

describe('buildDebrief: consequences', () => {
  it('attaches consequences to the decision that caused them, with the turn they fired or showed', () => {
    const [accept, ...others] = buildDebrief(scenario, fullTerm()).decisions;
    expect(accept?.consequences).toEqual([
      {
        ref: 'offer/accept#1',
        turn: 2,
        result: 'fired',
        event: null,
        text: { en: 'Auditors ask questions', ko: 'Auditors ask questions (ko)' },
        before: meters(60, 50, 50),
        after: meters(60, 50, 55),
      },
      {
        ref: 'offer/accept#0',
        turn: 3,
        result: 'shown',
        event: 'review',
        text: { en: 'Review', ko: 'Review (ko)' },
        before: meters(65, 45, 55),
        after: meters(65, 45, 55),
      },
    ]);
    for (const decision of others) expect(decision.consequences).toEqual([]);
  });

  it("marks a consequence the player headed off as 'averted'", () => {
    let run = next(choose(start(scenario, 1), 'accept'));
    run = next(choose(run, 'file')); // sets "filed": the review's condition no longer holds
    expect(
      buildDebrief(scenario, run).decisions[0]?.consequences.map((c) => [c.ref, c.turn, c.result, c.event]),
    ).toEqual([
      ['offer/accept#1', 2, 'fired', null],
      ['offer/accept#0', 3, 'averted', 'review'],
    ]);
  });

  it("lists consequences still to come as 'pending', at the turn they are due", () => {
    const run = choose(start(scenario, 1), 'accept');
    expect(buildDebrief(scenario, run).decisions[0]?.consequences).toEqual([
      {
        ref: 'offer/accept#0',
        turn: 3,
        result: 'pending',
        event: 'review',
        text: expect.anything(),
        before: {},
        after: {},
      },
      {
        ref: 'offer/accept#1',
        turn: 2,
        result: 'pending',
        event: null,
        text: expect.anything(),
        before: {},
        after: {},
      },
    ]);
  });
});

describe('buildDebrief: objectives and references', () => {
  it('collects objectives and references from the event lesson and the decision, once each', () => {
    const debrief = buildDebrief(scenario, fullTerm());
    expect(debrief.decisions[0]).toMatchObject({ objectives: ['classify'], references: ['itpa'] });
    expect(debrief.decisions[1]).toMatchObject({ objectives: [], references: [] });
    expect(debrief.objectives).toEqual([
      {
        id: 'classify',
        status: 'shown',
        shows: 1,
        against: 0,
        evidence: [{ decision: 0, turn: 1, event: 'offer', clause: null, option: 'accept', tag: 'shows' }],
      },
    ]);
    expect(debrief.references).toEqual(['itpa']);
  });

  it("touches the lesson's objective on any choice of that event, but only a tagged choice shows it", () => {
    const run = choose(start(scenario, 1), 'decline');
    const debrief = buildDebrief(scenario, run);
    expect(debrief.decisions[0]?.objectives).toEqual(['classify']);
    expect(debrief.objectives).toEqual([
      { id: 'classify', status: 'not-met', shows: 0, against: 0, evidence: [] },
    ]);
  });

  it('lists every option of a decision, the one taken marked', () => {
    const run = choose(start(scenario, 1), 'segment');
    const [group] = buildDebrief(scenario, run).decisions[0]?.options ?? [];
    expect(group?.clause).toBeNull();
    expect(group?.options.map((o) => [o.id, o.chosen, o.expert])).toEqual([
      ['accept', false, null],
      ['segment', true, null],
      ['decline', false, null],
    ]);
  });
});

describe('buildDebrief: warnings and endings', () => {
  it('has no ending while the run goes on', () => {
    expect(buildDebrief(scenario, start(scenario, 1))).toEqual({
      scenario: { id: 'engine-test', version: '1.0.0' },
      seed: 1,
      turnsPlayed: 1,
      ending: null,
      decisions: [],
      meterHistory: [{ turn: 1, meters: meters(50, 50, 20) }],
      warnings: [],
      objectives: [{ id: 'classify', status: 'not-met', shows: 0, against: 0, evidence: [] }],
      references: [],
    });
  });

  it('names the failed meter and side when a meter ends the run', () => {
    let run = next(choose(start(scenario, 1), 'decline')); // 30
    run = next(choose(run, 'refuse')); // 15: warning shown
    run = next(choose(run, 'ignore')); // 5: fails
    const debrief = buildDebrief(scenario, run);
    expect(debrief.ending).toEqual({
      id: 'alone',
      tone: 'bad',
      cause: { kind: 'failed', meter: 'trust', side: 'low' },
    });
    expect(debrief.warnings).toEqual([{ turn: 2, meter: 'trust', side: 'low', held: false }]);
    expect(debrief.turnsPlayed).toBe(3);
  });

  it('reports a change held at the warning line', () => {
    let run = next(choose(start(scenario, 1), 'decline')); // 30
    run = choose(run, 'snub'); // 0 would fail unwarned: held at 25
    expect(buildDebrief(scenario, run).warnings).toEqual([
      { turn: 2, meter: 'trust', side: 'low', held: true },
      { turn: 2, meter: 'trust', side: 'low', held: false },
    ]);
  });

  it('says the term was completed', () => {
    expect(buildDebrief(scenario, fullTerm()).ending).toEqual({
      id: 'steady',
      tone: 'mixed',
      cause: { kind: 'term-complete' },
    });
  });

  it('names the decision that ended the run by choice', () => {
    let run = next(choose(start(scenario, 1), 'decline'));
    run = next(choose(run, 'refuse'));
    run = next(choose(run, 'resign'));
    expect(buildDebrief(scenario, run).ending).toEqual({
      id: 'steady',
      tone: 'mixed',
      cause: { kind: 'chosen', decision: 2 },
    });
  });
});

describe('logEntries', () => {
  it('lists the log oldest first', () => {
    const run = next(choose(start(scenario, 1), 'accept'));
    expect(logEntries(run).map((e) => e.kind)).toEqual(['shown', 'choice', 'consequence', 'shown']);
    expect(logEntries(start(scenario, 1))).toEqual([{ kind: 'shown', turn: 1, event: 0, source: 'deck' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { lastDecision, lastMeterChange, lastProposal } from '../../src/engine/decision-view';
import { decisionTurns, meterChanges, recentNotices } from '../../src/engine/notices';
import { start, step } from '../../src/engine/run/step';
import { driver, testScenario } from './test-scenario';

const scenario = testScenario();
const { choose, next } = driver(scenario);

describe('meterChanges', () => {
  it('lists only the meters that moved, by id', () => {
    expect(meterChanges(scenario, [50, 50, 20], [60, 50, 15])).toEqual({ trust: 10, legalRisk: -5 });
  });
});

describe('recentNotices', () => {
  it('is empty at the start and right after a decision', () => {
    const run = start(scenario, 1);
    expect(recentNotices(scenario, run)).toEqual([]);
    expect(recentNotices(scenario, choose(run, 'accept'))).toEqual([]);
  });

  it('tells of an effects consequence that landed, with its note, changes and cause', () => {
    const run = next(choose(start(scenario, 1), 'accept'));
    expect(recentNotices(scenario, run)).toEqual([
      {
        kind: 'consequence',
        note: { en: 'Auditors ask questions', ko: 'Auditors ask questions (ko)' },
        event: null,
        changes: { legalRisk: 5 },
        cause: 0,
        causeTurn: 1,
      },
    ]);
  });

  it('tells of an averted consequence and of a warning', () => {
    let run = next(choose(start(scenario, 1), 'accept'));
    run = next(choose(run, 'file'));
    expect(recentNotices(scenario, run)).toContainEqual({
      kind: 'averted',
      event: 'review',
      cause: 0,
      causeTurn: 1,
    });
    let warned = next(choose(start(scenario, 1), 'decline'));
    warned = next(choose(warned, 'refuse'));
    expect(recentNotices(scenario, warned)).toEqual([{ kind: 'warning', meter: 'trust', side: 'low' }]);
  });

  it('numbers decisions by turn', () => {
    const run = next(choose(next(choose(start(scenario, 1), 'decline')), 'host'));
    expect(decisionTurns(run)).toEqual([1, 2]);
  });
});

describe('decision views', () => {
  it('describe the last choice with its feedback and changes', () => {
    const run = choose(start(scenario, 1), 'accept');
    expect(lastDecision(scenario, run)).toEqual({
      kind: 'choice',
      event: 'offer',
      choice: 'accept',
      terms: {},
      feedback: [],
      changes: { trust: 10, legalRisk: 30 },
    });
    expect(lastMeterChange(scenario, run)).toEqual({ changes: { trust: 10, legalRisk: 30 }, serial: 1 });
  });

  it('describe a counter-proposal and the agreement that followed', () => {
    let run = next(choose(start(scenario, 1), 'segment'));
    run = step(scenario, run, { type: 'propose', terms: [1, 1] });
    expect(lastProposal(scenario, run)).toEqual({
      round: 1,
      answer: 'counter',
      text: { en: 'Shorter', ko: 'Shorter (ko)' },
      terms: { ip: 'joint', review: 'days180' },
    });
    run = step(scenario, run, { type: 'acceptCounter' });
    expect(lastDecision(scenario, run)).toMatchObject({
      kind: 'agreement',
      event: 'agreement',
      terms: { ip: 'joint', review: 'days30' },
      changes: { trust: 10 },
    });
  });

  it('have nothing to say before any decision', () => {
    const run = start(scenario, 1);
    expect(lastDecision(scenario, run)).toBeNull();
    expect(lastProposal(scenario, run)).toBeNull();
    expect(lastMeterChange(scenario, run)).toEqual({ changes: {}, serial: -1 });
  });
});

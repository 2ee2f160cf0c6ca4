import { describe, expect, it } from 'vitest';
import { present, start, step } from '../../../src/engine';
import { driver, t, testScenario, testScenarioInput } from '../test-scenario';

/** Corners of `present` the sample's path does not reach, on the engine's own test scenario. */
const scenario = testScenario();
const { choose, next } = driver(scenario);
const view = (run = start(scenario, 1)) => present(scenario, run);
const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

describe('choices', () => {
  it('lists every choice with the meters each moves right away (not delayed ones)', () => {
    expect(view().choices.map((c) => [c.number, c.id, c.locked, ids(c.moves)])).toEqual([
      [1, 'accept', false, ['trust', 'legalRisk']],
      [2, 'segment', false, ['trust']],
      [3, 'decline', false, ['trust']],
    ]);
  });

  it('shows a failing choice with a lockedReason locked, hides one without, and numbers what is shown', () => {
    const routine = next(choose(start(scenario, 1), 'decline'));
    expect(view(routine).choices.map((c) => [c.number, c.id, c.locked, c.lockedReason])).toEqual([
      [1, 'host', false, null],
      [2, 'refuse', false, null],
      [3, 'snub', false, null],
      [4, 'file', true, t('Nothing to report yet')],
    ]);
    const low = { ...routine, meters: [20, 55, 20] };
    expect(view(low).choices.map((c) => [c.number, c.id])).toEqual([
      [1, 'host'],
      [2, 'refuse'],
      [3, 'snub'],
      [4, 'file'],
      [5, 'quit'],
    ]);
  });

  it('leaves out meters an effect does not move', () => {
    const input = testScenarioInput();
    const offer = input.events[0];
    if (!offer?.choices) throw new Error('offer has choices');
    offer.choices = [
      { id: 'zero', text: t('Zero'), effects: { trust: 0, security: 3, legalRisk: 0 } },
      { id: 'later', text: t('Later'), schedule: [{ in: 1, effects: { trust: 5 }, note: t('Later') }] },
    ];
    const zero = testScenario(input);
    expect(present(zero, start(zero, 1)).choices.map((c) => [c.id, ids(c.moves)])).toEqual([
      ['zero', ['security']],
      ['later', []],
    ]);
  });

  it('are empty outside the choosing phase', () => {
    expect(view(choose(start(scenario, 1), 'accept')).choices).toEqual([]);
    expect(view(next(choose(start(scenario, 1), 'segment'))).choices).toEqual([]);
  });
});

describe('meters', () => {
  const dangers = (meters: number[]) => view({ ...start(scenario, 1), meters }).meters.map((m) => m.danger);

  it('flag the side whose warning zone a meter stands in, the line included, and never a side without one', () => {
    expect(dangers([25, 85, 70])).toEqual(['low', 'high', 'high']);
    expect(dangers([26, 84, 69])).toEqual([null, null, null]);
    expect(dangers([100, 50, 0])).toEqual([null, null, null]);
  });
});

describe('notices', () => {
  it('tell of a landed effects consequence with its note, changes and the turn of its cause', () => {
    expect(view(choose(start(scenario, 1), 'accept')).notices).toEqual([]);
    expect(view(next(choose(start(scenario, 1), 'accept'))).notices).toEqual([
      {
        kind: 'consequence',
        note: t('Auditors ask questions'),
        event: null,
        changes: [{ meter: 'legalRisk', label: t('Legal risk'), from: 50, to: 55, delta: 5, good: false }],
        cause: { decision: 0, turn: 1, turnLabel: t('Month 1') },
      },
    ]);
  });

  it('tell of an averted consequence and of a warning', () => {
    const averted = next(choose(next(choose(start(scenario, 1), 'accept')), 'file'));
    expect(view(averted).notices).toContainEqual({
      kind: 'averted',
      event: 'review',
      cause: { decision: 0, turn: 1, turnLabel: t('Month 1') },
    });
    const warned = next(choose(next(choose(start(scenario, 1), 'decline')), 'refuse'));
    expect(view(warned).notices).toEqual([
      { kind: 'warning', meter: { id: 'trust', label: t('Trust') }, side: 'low' },
    ]);
  });
});

describe('negotiation and outcome', () => {
  it('a counter marks the changed clause; accepting it shows the agreed terms with no closing word', () => {
    let run = next(choose(start(scenario, 1), 'segment'));
    expect(view(run).negotiation?.clauses.map((c) => ids(c.options.flatMap((o) => o.moves)))).toEqual([
      ['security', 'trust'],
      ['legalRisk'],
    ]);
    run = step(scenario, run, { type: 'propose', terms: [1, 1] });
    expect(view(run).negotiation?.answer).toEqual({
      round: 1,
      answer: 'counter',
      text: t('Shorter'),
      terms: { ip: 'joint', review: 'days180' },
    });
    run = step(scenario, run, { type: 'acceptCounter' });
    const outcome = view(run).outcome;
    expect(outcome).toMatchObject({ kind: 'agreement', event: 'agreement', partnerText: null });
    expect(outcome?.terms.map((term) => [term.clause, term.option])).toEqual([
      ['ip', 'joint'],
      ['review', 'days30'],
    ]);
  });

  it('nothing to tell before any decision', () => {
    expect(view().outcome).toBeNull();
    expect(view().lastChange).toEqual({ serial: -1, changes: [] });
    expect(view().sound).toBeNull();
    expect(view().announcement).toBeNull();
  });
});

describe('the card and the ending', () => {
  it('the card stays on screen through its outcome and goes when the run ends', () => {
    const run = start(scenario, 1);
    expect(view(run).card?.event).toBe('offer');
    expect(view(choose(run, 'segment')).card?.event).toBe('offer');
    expect(view(next(choose(run, 'segment'))).card).toMatchObject({ event: 'agreement', arrival: 'chained' });
    const ended = next(choose(next(choose(next(choose(run, 'decline')), 'refuse')), 'resign'));
    expect(view(ended).phase).toBe('ended');
    expect(view(ended).card).toBeNull();
    expect(view(ended).ending?.cause).toEqual({ kind: 'chosen' });
  });

  it('a failed meter names the meter and the side', () => {
    const failed = {
      ...start(scenario, 1),
      phase: { kind: 'ended', ending: 0, cause: { kind: 'failed', failed: { meter: 2, side: 'high' } } },
    } as const;
    expect(view(failed).ending?.cause).toEqual({
      kind: 'failed',
      meter: { id: 'legalRisk', label: t('Legal risk') },
      side: 'high',
    });
  });
});

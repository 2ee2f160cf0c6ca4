import { describe, expect, it } from 'vitest';
import { InvalidActionError, start, step } from '../../../src/engine/run/step';
import type { RunState } from '../../../src/engine/run/types';
import { driver, testScenario } from '../test-scenario';

const scenario = testScenario();
const ev = (id: string) => scenario.index.event.get(id) as number;
const meter = (run: RunState, id: string) => run.meters[scenario.index.meter.get(id) as number];
const { choose, next } = driver(scenario);

describe('start', () => {
  it('opens turn 1 with the highest-priority eligible event and start values', () => {
    const run = start(scenario, 7);
    expect(run.turn).toBe(1);
    expect(run.phase).toMatchObject({ kind: 'choosing', event: ev('offer'), source: 'deck' });
    expect(run.meters).toEqual([50, 50, 20]);
    expect(run.visits[ev('offer')]).toBe(1);
  });

  it('is deterministic for a seed', () => {
    expect(start(scenario, 42)).toEqual(start(scenario, 42));
  });
});

describe('choosing', () => {
  it('applies effects and flags, shows the outcome, then moves to the next turn', () => {
    const chosen = choose(start(scenario, 1), 'accept');
    expect(chosen.phase).toMatchObject({ kind: 'outcome', decision: 0, failed: null });
    expect(meter(chosen, 'trust')).toBe(60);
    expect(meter(chosen, 'legalRisk')).toBe(50);
    expect(chosen.flags[scenario.index.flag.get('shared') as number]).toBe(true);
    expect(chosen.pending.map((p) => p.ref)).toEqual(['offer/accept#0', 'offer/accept#1']);
    const turn2 = next(chosen);
    expect(turn2.turn).toBe(2);
    // The effects consequence scheduled "in 1" landed at the start of turn 2.
    expect(meter(turn2, 'legalRisk')).toBe(55);
    expect(turn2.pending.map((p) => p.ref)).toEqual(['offer/accept#0']);
  });

  it('shows a scheduled event when due, ahead of the deck', () => {
    let run = next(choose(start(scenario, 1), 'accept'));
    run = next(choose(run, 'host'));
    expect(run.turn).toBe(3);
    expect(run.phase).toMatchObject({ kind: 'choosing', event: ev('review'), source: 'scheduled' });
  });

  it('averts a scheduled event whose condition no longer holds', () => {
    let run = next(choose(start(scenario, 1), 'accept'));
    run = next(choose(run, 'file'));
    expect(run.phase).toMatchObject({ kind: 'choosing', event: ev('routine') });
    expect(run.pending).toEqual([]);
  });

  it('does not change the previous run', () => {
    const first = start(scenario, 3);
    const copy = structuredClone(first);
    choose(first, 'accept');
    expect(first).toEqual(copy);
  });

  it('rejects unavailable or out-of-phase actions', () => {
    const run = start(scenario, 3);
    expect(() => step(scenario, run, { type: 'continue' })).toThrow(InvalidActionError);
    expect(() => step(scenario, run, { type: 'choose', choice: 9 })).toThrow(InvalidActionError);
    const routine = next(choose(run, 'decline'));
    expect(() => choose(routine, 'file')).toThrow(InvalidActionError);
  });
});

describe('warnings', () => {
  it('holds an unwarned meter at its warning line and shows the warning event next', () => {
    // decline: trust 50 → 30; refuse: → 15 would pass the warning line (25) without failing.
    let run = next(choose(start(scenario, 1), 'decline'));
    run = choose(run, 'refuse');
    expect(meter(run, 'trust')).toBe(15);
    run = next(run);
    expect(run.phase).toMatchObject({ kind: 'choosing', event: ev('trust-warning'), source: 'warning' });
    expect(run.warned[0]).toBe(1);
  });

  it('stops a jump past the fail line at the warning line when the player was not warned', () => {
    let run = next(choose(start(scenario, 1), 'decline')); // 30
    run = choose(run, 'snub'); // 30 - 30 = 0 would fail; unwarned, so held at 25
    expect(meter(run, 'trust')).toBe(25);
    expect(run.phase).toMatchObject({ kind: 'outcome', failed: null });
    // The hold and the warning are logged after the choice that caused them.
    expect(run.log?.prev?.prev?.entry).toMatchObject({ kind: 'choice' });
    expect(run.log?.prev?.entry).toMatchObject({ kind: 'held', side: 'low' });
    expect(run.log?.entry).toMatchObject({ kind: 'warning', side: 'low' });
    run = next(run);
    expect(run.phase).toMatchObject({ kind: 'choosing', event: ev('trust-warning') });
  });

  it('fails a warned meter and ends with the matching ending after the outcome is read', () => {
    let run = next(choose(start(scenario, 1), 'decline')); // 30
    run = next(choose(run, 'refuse')); // 15: warning shown
    const failed = choose(run, 'ignore'); // 5: the player was warned
    expect(failed.phase).toMatchObject({ kind: 'outcome', failed: { meter: 0, side: 'low' } });
    const ended = next(failed);
    expect(ended.phase).toMatchObject({ kind: 'ended', cause: { kind: 'failed' } });
    if (ended.phase.kind === 'ended') expect(scenario.endings[ended.phase.ending]?.id).toBe('alone');
  });
});

describe('negotiation', () => {
  const toNegotiation = () => next(choose(start(scenario, 1), 'segment'));

  it('chains into the negotiation in the same turn', () => {
    const run = toNegotiation();
    expect(run.turn).toBe(1);
    expect(run.phase).toMatchObject({
      kind: 'negotiating',
      event: ev('agreement'),
      source: 'chained',
      round: 1,
    });
  });

  it('accepts a proposal that no rule objects to and applies every clause', () => {
    const run = step(scenario, toNegotiation(), { type: 'propose', terms: [1, 0] });
    expect(run.phase).toMatchObject({ kind: 'outcome', decision: 1 });
    expect(meter(run, 'trust')).toBe(55); // 50 - 5 + 5 (joint) + 5 (onAgreement)
    expect(run.agreements[ev('agreement')]).toEqual([1, 0]);
    expect(run.flags[scenario.index.flag.get('filed') as number]).toBe(true);
  });

  it('counters, then concludes on the accepted counter', () => {
    const countered = step(scenario, toNegotiation(), { type: 'propose', terms: [1, 1] });
    expect(countered.phase).toMatchObject({
      kind: 'negotiating',
      counter: [1, 0],
      lastTerms: [1, 1],
      round: 1,
    });
    const agreed = step(scenario, countered, { type: 'acceptCounter' });
    expect(agreed.agreements[ev('agreement')]).toEqual([1, 0]);
  });

  it('allows another proposal only while rounds remain', () => {
    let run = step(scenario, toNegotiation(), { type: 'propose', terms: [1, 1] });
    run = step(scenario, run, { type: 'propose', terms: [1, 1] });
    expect(run.phase).toMatchObject({ kind: 'negotiating', round: 2 });
    expect(() => step(scenario, run, { type: 'propose', terms: [1, 1] })).toThrow(InvalidActionError);
    const walked = step(scenario, run, { type: 'walkAway' });
    expect(meter(walked, 'trust')).toBe(35);
    expect(walked.agreements[ev('agreement')]).toBeNull();
  });

  it('rejects a proposal the partner finds too one-sided', () => {
    const run = step(scenario, toNegotiation(), { type: 'propose', terms: [0, 0] });
    expect(run.phase).toMatchObject({ kind: 'outcome' });
    expect(run.agreements[ev('agreement')]).toBeNull();
  });

  it('refuses malformed terms', () => {
    expect(() => step(scenario, toNegotiation(), { type: 'propose', terms: [5, 0] })).toThrow(
      InvalidActionError,
    );
    expect(() => step(scenario, toNegotiation(), { type: 'propose', terms: [0] })).toThrow(
      InvalidActionError,
    );
  });
});

describe('ending', () => {
  it('ends after the last turn with the first matching ending', () => {
    let run = start(scenario, 5);
    while (run.phase.kind !== 'ended') {
      if (run.phase.kind === 'outcome') run = next(run);
      else if (run.phase.kind === 'choosing') {
        const choices = scenario.events[run.phase.event]?.choices ?? [];
        run = choose(run, choices.some((c) => c.id === 'host') ? 'host' : (choices[0]?.id as string));
      } else run = step(scenario, run, { type: 'propose', terms: [1, 0] });
    }
    expect(run.phase).toMatchObject({ kind: 'ended', cause: { kind: 'term-complete' } });
    expect(run.turn).toBe(7);
  });

  it('ends on an endsRun choice', () => {
    let run = next(choose(start(scenario, 1), 'decline'));
    run = next(choose(run, 'refuse'));
    const ended = next(choose(run, 'resign'));
    expect(ended.phase).toMatchObject({ kind: 'ended', cause: { kind: 'chosen', decision: 2 } });
    if (ended.phase.kind === 'ended') expect(scenario.endings[ended.phase.ending]?.id).toBe('steady');
  });
});

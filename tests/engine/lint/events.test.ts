import { describe, expect, it } from 'vitest';
import { at, chain, lintWith, onlyFinding, pathsOf, text } from './builder';

type Obj = Record<string, unknown>;

describe('events', () => {
  it('LD308: both choices and a negotiation', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2).choices = [{ id: 'x', text: text('X') }];
    });
    expect(onlyFinding(findings, 'LD308')).toMatchObject({
      path: ['events', 2, 'negotiation'],
      severity: 'error',
    });
  });

  it('LD308: neither choices nor a negotiation', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 3).choices = undefined;
    });
    expect(pathsOf(findings, 'LD308')).toEqual([['events', 3]]);
  });

  it('LD308: one of them is fine', () => {
    expect(pathsOf(lintWith(), 'LD308')).toEqual([]);
  });

  it('LD309: once and maxTimes together', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2).maxTimes = 2;
    });
    expect(onlyFinding(findings, 'LD309')).toMatchObject({
      path: ['events', 2, 'maxTimes'],
      severity: 'error',
    });
    const maxTimesOnly = lintWith((s) => {
      at<Obj>(s, 'events', 2).once = undefined;
      at<Obj>(s, 'events', 2).maxTimes = 2;
    });
    expect(pathsOf(maxTimesOnly, 'LD309')).toEqual([]);
  });

  it('LD310: a next cycle is listed and reported where it closes', () => {
    const findings = lintWith((s) => {
      chain(s, 1, 1, 'warning');
      chain(s, 3, 0, 'visit');
    });
    expect(onlyFinding(findings, 'LD310')).toMatchObject({
      path: ['events', 3, 'choices', 0, 'next'],
      severity: 'error',
      message: '"next" makes a cycle: "visit" → "followUp" → "warning" → "visit"; the turn would never end',
    });
  });

  it('LD310: an event chaining to itself', () => {
    const findings = lintWith((s) => {
      chain(s, 3, 0, 'warning');
    });
    expect(pathsOf(findings, 'LD310')).toEqual([['events', 3, 'choices', 0, 'next']]);
  });

  it('LD310: chains that merge without looping are fine', () => {
    const findings = lintWith((s) => {
      chain(s, 0, 0, 'warning');
      chain(s, 1, 1, 'warning');
    });
    expect(pathsOf(findings, 'LD310')).toEqual([]);
  });

  it('LD322: every choice has a condition and none is shown locked', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 1, 'choices', 0).lockedReason = undefined;
      at<Obj>(s, 'events', 1, 'choices', 1).when = { turn: { atLeast: 2 } };
    });
    expect(onlyFinding(findings, 'LD322')).toMatchObject({
      path: ['events', 1, 'choices'],
      severity: 'warning',
      message:
        'every choice of this event has a condition: when none holds, the event is skipped; add a choice without "when"',
    });
  });

  it('LD322: says when only locked choices would be shown', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 1, 'choices', 1).when = { turn: { atLeast: 2 } };
    });
    expect(onlyFinding(findings, 'LD322').message).toContain('only locked choices are shown');
  });

  it('LD322: one unconditional choice is enough', () => {
    expect(pathsOf(lintWith(), 'LD322')).toEqual([]);
  });
});

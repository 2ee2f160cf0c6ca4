import { describe, expect, it } from 'vitest';
import { at, lintWith, onlyFinding, pathsOf } from './builder';

type Obj = Record<string, unknown>;

describe('negotiations', () => {
  it('LD110: a counter names an unknown clause or option', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 1).counter = { data: 'every', price: 'low' };
    });
    expect(pathsOf(findings, 'LD110')).toEqual([
      ['events', 2, 'negotiation', 'responses', 1, 'counter', 'data'],
      ['events', 2, 'negotiation', 'responses', 1, 'counter', 'price'],
    ]);
  });

  it('LD323: no response can ever agree', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 0).response = 'reject';
    });
    expect(onlyFinding(findings, 'LD323')).toMatchObject({
      path: ['events', 2, 'negotiation', 'otherwise', 'response'],
      severity: 'warning',
    });
  });

  it('LD323: an accepting otherwise is enough', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 0).response = 'reject';
      at<Obj>(s, 'events', 2, 'negotiation', 'otherwise').response = 'accept';
    });
    expect(pathsOf(findings, 'LD323')).toEqual([]);
  });

  it('LD324: a counter without counter terms, and counter terms on an accept', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 1).counter = undefined;
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 0).counter = { data: 'all' };
    });
    expect(pathsOf(findings, 'LD324')).toEqual([
      ['events', 2, 'negotiation', 'responses', 0, 'counter'],
      ['events', 2, 'negotiation', 'responses', 1, 'response'],
    ]);
  });

  it('LD324: a counter with terms is fine', () => {
    expect(pathsOf(lintWith(), 'LD324')).toEqual([]);
  });
});

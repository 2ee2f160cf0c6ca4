import { describe, expect, it } from 'vitest';
import { at, lintWith, onlyFinding, pathsOf } from './builder';

type Obj = Record<string, unknown>;

describe('endings', () => {
  it('LD326: the last ending has a when and no ending is a fallback', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'endings', 2).when = { turn: { atLeast: 3 } };
    });
    expect(onlyFinding(findings, 'LD326')).toMatchObject({
      path: ['endings', 2, 'when'],
      severity: 'warning',
    });
    expect(onlyFinding(findings, 'LD326').message).toMatch(
      /^a run may end with no matching ending; the last ending is used/,
    );
  });

  it('LD327: endings after a fallback are never reached', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'endings', 0).when = undefined;
    });
    expect(pathsOf(findings, 'LD327')).toEqual([
      ['endings', 1],
      ['endings', 2],
    ]);
    expect(pathsOf(findings, 'LD326')).toEqual([]);
    expect(findings.find((f) => f.code === 'LD327')?.message).toBe(
      'ending "partner" is never reached: endings[0] has no "when" and always matches first',
    );
  });

  it('LD326 and LD327: a last fallback is fine', () => {
    const findings = lintWith();
    expect([...pathsOf(findings, 'LD326'), ...pathsOf(findings, 'LD327')]).toEqual([]);
  });

  it('LD328: no ending has tone best', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'endings', 1).tone = 'good';
    });
    expect(onlyFinding(findings, 'LD328')).toMatchObject({ path: ['endings'], severity: 'warning' });
    expect(pathsOf(lintWith(), 'LD328')).toEqual([]);
  });
});

describe('declared but unused', () => {
  it('LD329: an objective nothing touches', () => {
    const findings = lintWith((s) => {
      s.objectives.push({
        id: 'spare',
        title: { ko: '예비', en: 'Spare' },
        summary: { ko: '예비', en: 'Spare' },
      });
    });
    expect(onlyFinding(findings, 'LD329')).toMatchObject({
      path: ['objectives', 1, 'id'],
      severity: 'warning',
    });
  });

  it('LD330: a reference nothing cites', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'lesson').references = undefined;
    });
    expect(onlyFinding(findings, 'LD330')).toMatchObject({
      path: ['references', 0, 'id'],
      message: 'reference "law" is never used: no decision or lesson cites it',
    });
  });

  it('LD331: a character who never speaks or negotiates', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0).speaker = undefined;
      at<Obj>(s, 'events', 2, 'negotiation').partner = undefined;
    });
    expect(onlyFinding(findings, 'LD331')).toMatchObject({
      path: ['characters', 0, 'id'],
      severity: 'warning',
    });
  });

  it('objectives, references and characters in use are fine', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'lesson').objective = undefined;
      at<Obj>(s, 'events', 2, 'negotiation', 'clauses', 0, 'options', 0).objectives = ['classify'];
      at<Obj>(s, 'events', 0).speaker = undefined;
    });
    expect(findings.filter((f) => ['LD329', 'LD330', 'LD331'].includes(f.code))).toEqual([]);
  });
});

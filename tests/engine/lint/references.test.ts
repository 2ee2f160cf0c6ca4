import { describe, expect, it } from 'vitest';
import { at, chain, lintWith, onlyFinding, pathsOf, text } from './builder';

type Obj = Record<string, unknown>;

describe('duplicate ids (LD101)', () => {
  it('points at the second declaration and names the first', () => {
    const findings = lintWith((s) => {
      s.flags = [{ id: 'shared' }, { id: 'shared' }];
    });
    expect(onlyFinding(findings, 'LD101')).toMatchObject({
      path: ['flags', 1, 'id'],
      severity: 'error',
      message: 'duplicate flag id "shared" (first at flags[0])',
    });
  });

  it('checks choices, clauses and options within their event', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 1).id = 'share';
      const clause = at<{ options: Obj[] }>(s, 'events', 2, 'negotiation', 'clauses', 0);
      at<Obj>(clause, 'options', 1).id = 'all';
      at<Obj[]>(s, 'events', 2, 'negotiation', 'clauses').push({ ...clause, options: clause.options });
    });
    expect(pathsOf(findings, 'LD101')).toEqual([
      ['events', 0, 'choices', 1, 'id'],
      ['events', 2, 'negotiation', 'clauses', 0, 'options', 1, 'id'],
      ['events', 2, 'negotiation', 'clauses', 1, 'id'],
      ['events', 2, 'negotiation', 'clauses', 1, 'options', 1, 'id'],
    ]);
  });

  it('allows the same id in different lists and different events', () => {
    const findings = lintWith((s) => {
      s.flags = [{ id: 'trust' }];
      at<Obj>(s, 'events', 1, 'choices', 1).id = 'share';
    });
    expect(pathsOf(findings, 'LD101')).toEqual([]);
  });
});

describe('unknown ids (LD102–LD108)', () => {
  it('LD104: an effect on an undeclared meter suggests the closest one', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 0, 'effects').trsut = 1;
    });
    expect(onlyFinding(findings, 'LD104')).toMatchObject({
      path: ['events', 0, 'choices', 0, 'effects', 'trsut'],
      severity: 'error',
      message: 'unknown meter "trsut" (meters: trust, security, legalRisk); did you mean "trust"?',
    });
  });

  it('LD104: a meter condition and a failed condition', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2, 'when', 'all', 1).meter = 'money';
      at<Obj>(s, 'endings', 0).when = { failed: 'securty' };
    });
    expect(pathsOf(findings, 'LD104')).toEqual([
      ['events', 2, 'when', 'all', 1, 'meter'],
      ['endings', 0, 'when', 'failed'],
    ]);
    expect(findings.find((f) => f.code === 'LD104')?.message).not.toContain('did you mean');
  });

  it('LD102: set, clear and read of an undeclared flag', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 0).set = ['shard'];
      at<Obj>(s, 'events', 0, 'choices', 1).clear = ['other'];
      at<Obj>(s, 'events', 1, 'choices', 0).when = { not: { flag: 'shared' } };
    });
    expect(pathsOf(findings, 'LD102')).toEqual([
      ['events', 0, 'choices', 0, 'set', 0],
      ['events', 0, 'choices', 1, 'clear', 0],
    ]);
    expect(
      onlyFinding(
        lintWith((s) => (at<Obj>(s, 'events', 0, 'choices', 0).set = ['shard'])),
        'LD102',
      ).message,
    ).toBe('unknown flag "shard" (flags: shared); did you mean "shared"?');
  });

  it('LD103: then, schedule, warningEvent and event conditions', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 0, 'low').warningEvent = 'warn';
      chain(s, 0, 1, 'folowUp');
      at<Obj>(s, 'events', 2, 'negotiation', 'onAgreement').schedule = [{ in: 1, event: 'later' }];
      at<Obj>(s, 'events', 1).when = { visits: 'nothing', atLeast: 1 };
    });
    expect(pathsOf(findings, 'LD103')).toEqual([
      ['meters', 0, 'low', 'warningEvent'],
      ['events', 0, 'choices', 1, 'next'],
      ['events', 1, 'when', 'visits'],
      ['events', 2, 'negotiation', 'onAgreement', 'schedule', 0, 'event'],
    ]);
  });

  it('LD106, LD107, LD108: characters, objectives and references', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0).speaker = 'lee';
      at<Obj>(s, 'events', 2, 'negotiation').partner = 'kimm';
      at<Obj>(s, 'events', 0, 'lesson').objective = 'classfy';
      at<Obj>(s, 'events', 0, 'choices', 0).objectives = ['classify', 'nope'];
      at<Obj>(s, 'events', 0, 'choices', 0).references = ['laws'];
    });
    expect(pathsOf(findings, 'LD106')).toEqual([
      ['events', 0, 'speaker'],
      ['events', 2, 'negotiation', 'partner'],
    ]);
    expect(pathsOf(findings, 'LD107')).toEqual([
      ['events', 0, 'lesson', 'objective'],
      // A plain list is read as `shows`.
      ['events', 0, 'choices', 0, 'objectives', 'shows', 1],
    ]);
    expect(onlyFinding(findings, 'LD108')).toMatchObject({
      path: ['events', 0, 'choices', 0, 'references', 0],
      message: 'unknown reference "laws" (references: law); did you mean "law"?',
    });
  });

  it('LD107: every id of both objective lists, shows and against', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 1).objectives = { shows: ['classify'], against: ['nope'] };
      at<Obj>(s, 'events', 2, 'negotiation', 'clauses', 0, 'options', 0).objectives = { against: ['gone'] };
    });
    expect(pathsOf(findings, 'LD107')).toEqual([
      ['events', 0, 'choices', 1, 'objectives', 'against', 0],
      ['events', 2, 'negotiation', 'clauses', 0, 'options', 0, 'objectives', 'against', 0],
    ]);
  });

  it('summarises long lists and says when nothing is declared', () => {
    const many = lintWith((s) => {
      s.flags = Array.from({ length: 12 }, (_, i) => ({ id: `flag${i}` }));
      at<Obj>(s, 'events', 0, 'choices', 0).set = ['shared'];
    });
    expect(many.filter((f) => f.code === 'LD102').map((f) => f.message)).toEqual([
      'unknown flag "shared" (12 flags)',
      'unknown flag "shared" (12 flags)',
    ]);
    const none = lintWith((s) => {
      s.references = [];
      at<Obj>(s, 'events', 0, 'lesson').references = undefined;
      at<Obj>(s, 'events', 0, 'choices', 0).references = ['law'];
    });
    expect(onlyFinding(none, 'LD108').message).toBe('unknown reference "law" (no references are declared)');
  });

  it('accepts declared ids everywhere', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 1).effects = { trust: 1, security: 2, legalRisk: -3 };
      at<Obj>(s, 'events', 0, 'choices', 1).clear = ['shared'];
      at<Obj>(s, 'events', 3).text = text('Still fine');
    });
    expect(findings.filter((f) => /^LD1/.test(f.code))).toEqual([]);
  });
});

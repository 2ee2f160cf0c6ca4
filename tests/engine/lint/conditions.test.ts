import { describe, expect, it } from 'vitest';
import { at, lintWith, onlyFinding, pathsOf } from './builder';

type Obj = Record<string, unknown>;

/** Sets the `when` of the "followUp" event's unconditional choice, a neutral place for a condition. */
function withCondition(condition: unknown) {
  return lintWith((s) => {
    at<Obj>(s, 'events', 1, 'choices', 1).when = condition;
    at<Obj[]>(s, 'events', 1, 'choices').push({ id: 'plain', text: { ko: '기본', en: 'Plain' } });
  });
}

describe('conditions on choices and agreements', () => {
  it('LD109: chose names a choice the event does not have', () => {
    const findings = withCondition({ chose: { event: 'visit', choice: 'shar' } });
    expect(onlyFinding(findings, 'LD109')).toMatchObject({
      path: ['events', 1, 'choices', 1, 'when', 'chose', 'choice'],
      severity: 'error',
      message: 'unknown choice "shar" of event "visit" (choices: share, hold); did you mean "share"?',
    });
  });

  it('LD109: chose on a negotiation', () => {
    const findings = withCondition({ chose: { event: 'deal', choice: 'x' } });
    expect(onlyFinding(findings, 'LD109').message).toBe(
      'event "deal" has no choices (for a negotiation, use "agreed")',
    );
  });

  it('LD109: a real choice is fine, an unknown event is LD103 only', () => {
    expect(pathsOf(withCondition({ chose: { event: 'visit', choice: 'hold' } }), 'LD109')).toEqual([]);
    const unknownEvent = withCondition({ chose: { event: 'nowhere', choice: 'hold' } });
    expect(pathsOf(unknownEvent, 'LD109')).toEqual([]);
    expect(pathsOf(unknownEvent, 'LD103')).toEqual([['events', 1, 'choices', 1, 'when', 'chose', 'event']]);
  });

  it('LD110: agreed names an unknown clause, an unknown option, or an event without negotiation', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'endings', 1).when = {
        any: [
          { agreed: { event: 'deal', clause: 'dat', option: 'all' } },
          { agreed: { event: 'deal', clause: 'data', option: 'none' } },
          { agreed: { event: 'visit', clause: 'data', option: 'all' } },
        ],
      };
    });
    expect(pathsOf(findings, 'LD110')).toEqual([
      ['endings', 1, 'when', 'any', 0, 'agreed', 'clause'],
      ['endings', 1, 'when', 'any', 1, 'agreed', 'option'],
      ['endings', 1, 'when', 'any', 2, 'agreed', 'clause'],
    ]);
    expect(findings.filter((f) => f.code === 'LD110').map((f) => f.message)).toEqual([
      'unknown clause "dat" (clauses: data); did you mean "data"?',
      'unknown option "none" in clause "data" (options: all, some)',
      'event "visit" has no negotiation (for choices, use "chose")',
    ]);
  });

  it('LD110: term names a clause or option of its own negotiation only', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 1).when = { term: 'data', is: 'most' };
    });
    expect(pathsOf(findings, 'LD110')).toEqual([['events', 2, 'negotiation', 'responses', 1, 'when', 'is']]);
    expect(pathsOf(lintWith(), 'LD110')).toEqual([]);
  });
});

describe('where a condition may be used (LD311)', () => {
  it('failed outside an ending, term and appeal outside a response', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 1).when = { failed: 'security' };
      at<Obj>(s, 'endings', 0).when = { any: [{ term: 'data', is: 'all' }, { appeal: { atLeast: 1 } }] };
    });
    expect(pathsOf(findings, 'LD311')).toEqual([
      ['events', 0, 'choices', 1, 'when', 'failed'],
      ['endings', 0, 'when', 'any', 0, 'term'],
      ['endings', 0, 'when', 'any', 1, 'appeal'],
    ]);
    expect(findings.find((f) => f.code === 'LD311')?.message).toBe(
      '"failed" is allowed only in an ending\'s when (the run ended because a meter failed)',
    );
  });

  it('each in its own place is fine', () => {
    expect(pathsOf(lintWith(), 'LD311')).toEqual([]);
  });
});

describe('bounds (LD312–LD314)', () => {
  it('LD312: a bound with neither limit', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2).when = { any: [{ meter: 'trust' }, { turn: {} }] };
    });
    expect(pathsOf(findings, 'LD312')).toEqual([
      ['events', 2, 'when', 'any', 0],
      ['events', 2, 'when', 'any', 1, 'turn'],
    ]);
    expect(findings.find((f) => f.code === 'LD312')?.message).toBe(
      'the bound on meter "trust" needs "atLeast", "atMost" or both',
    );
  });

  it('LD312: one limit is enough', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2).when = { any: [{ meter: 'trust', atMost: 40 }, { turn: { atLeast: 2 } }] };
    });
    expect(pathsOf(findings, 'LD312')).toEqual([]);
  });

  it('LD313: atLeast above atMost', () => {
    const findings = withCondition({ visits: 'visit', atLeast: 3, atMost: 2 });
    expect(onlyFinding(findings, 'LD313')).toMatchObject({
      path: ['events', 1, 'choices', 1, 'when', 'atLeast'],
      severity: 'error',
    });
    expect(pathsOf(withCondition({ visits: 'visit', atLeast: 2, atMost: 2 }), 'LD313')).toEqual([]);
  });

  it('LD314: bounds no meter, turn, visit count or appeal can meet', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2).when = {
        any: [
          { meter: 'trust', atLeast: 101 },
          { meter: 'trust', atMost: -1 },
          { turn: { atLeast: 4 } },
          { turn: { atMost: 0 } },
          { visits: 'visit', atMost: -1 },
        ],
      };
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 0).when = { appeal: { atLeast: 4 } };
    });
    expect(pathsOf(findings, 'LD314')).toEqual([
      ['events', 2, 'when', 'any', 0, 'atLeast'],
      ['events', 2, 'when', 'any', 1, 'atMost'],
      ['events', 2, 'when', 'any', 2, 'turn', 'atLeast'],
      ['events', 2, 'when', 'any', 3, 'turn', 'atMost'],
      ['events', 2, 'when', 'any', 4, 'atMost'],
      ['events', 2, 'negotiation', 'responses', 0, 'when', 'appeal', 'atLeast'],
    ]);
    expect(findings.filter((f) => f.code === 'LD314').map((f) => f.message)).toContain(
      "appeal is never at least 4: a proposal's appeal is -1..3",
    );
  });

  it('LD314: bounds at the edges are possible', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 2).when = {
        any: [
          { meter: 'trust', atLeast: 100 },
          { meter: 'trust', atMost: 0 },
          { turn: { atLeast: 3, atMost: 1 } },
        ],
      };
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 0).when = { appeal: { atLeast: 3 } };
    });
    expect(pathsOf(findings, 'LD314')).toEqual([]);
    expect(pathsOf(findings, 'LD313')).toEqual([['events', 2, 'when', 'any', 2, 'turn', 'atLeast']]);
  });
});

describe('failed (LD315)', () => {
  it('names a meter that cannot fail on that side', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 1).high = { warn: 90 };
      at<Obj>(s, 'endings', 0).when = { failed: 'security', side: 'high' };
      s.meters.push({ id: 'money', label: { ko: '돈', en: 'Money' }, start: 5 });
      at<Obj>(s, 'endings', 1).when = { failed: 'money' };
    });
    expect(pathsOf(findings, 'LD315')).toEqual([
      ['endings', 0, 'when', 'failed'],
      ['endings', 1, 'when', 'failed'],
    ]);
    expect(findings.filter((f) => f.code === 'LD315').map((f) => f.message)).toEqual([
      'meter "security" cannot fail on its high side (it has no high.fail)',
      'meter "money" cannot fail on either side (it has no low.fail or high.fail)',
    ]);
  });

  it('a meter that can fail on the named side, or on either', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 1).high = { warn: 90 };
      at<Obj>(s, 'endings', 0).when = { any: [{ failed: 'security', side: 'low' }, { failed: 'security' }] };
    });
    expect(pathsOf(findings, 'LD315')).toEqual([]);
  });
});

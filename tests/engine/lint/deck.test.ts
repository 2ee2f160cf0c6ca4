import { describe, expect, it } from 'vitest';
import { at, lintWith, onlyFinding, pathsOf, text } from './builder';

type Obj = Record<string, unknown>;

describe('calendar', () => {
  it('LD316: one label per turn', () => {
    const findings = lintWith((s) => {
      s.calendar.turns = 4;
    });
    expect(onlyFinding(findings, 'LD316')).toMatchObject({
      path: ['calendar', 'labels'],
      severity: 'error',
      message: 'expected 4 labels, one per turn (calendar.turns is 4), found 3',
    });
    expect(pathsOf(lintWith(), 'LD316')).toEqual([]);
  });

  it('LD317: a consequence scheduled past the last turn', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 0).schedule = [
        { in: 2, effects: { trust: -1 }, note: text('Later') },
        { in: 3, effects: { trust: -1 }, note: text('Too late') },
      ];
    });
    expect(pathsOf(findings, 'LD317')).toEqual([['events', 0, 'choices', 0, 'schedule', 1, 'in']]);
    expect(onlyFinding(findings, 'LD317').severity).toBe('warning');
  });
});

describe('flags', () => {
  it('LD318: set but never read', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 1, 'choices', 0).when = { turn: { atLeast: 2 } };
    });
    expect(onlyFinding(findings, 'LD318')).toMatchObject({
      path: ['flags', 0, 'id'],
      severity: 'warning',
      message: 'flag "shared" is set (at events[0].choices[0].set[0]) but never read: no condition uses it',
    });
  });

  it('LD319: read but never set, even when only cleared', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0, 'choices', 0).set = undefined;
      at<Obj>(s, 'events', 0, 'choices', 0).clear = ['shared'];
    });
    expect(onlyFinding(findings, 'LD319')).toMatchObject({
      path: ['flags', 0, 'id'],
      message: 'flag "shared" is read (at events[1].choices[0].when.flag) but never set: it is never true',
    });
  });

  it('LD320: declared but unused', () => {
    const findings = lintWith((s) => {
      s.flags?.push({ id: 'spare' });
    });
    expect(onlyFinding(findings, 'LD320')).toMatchObject({ path: ['flags', 1, 'id'], severity: 'warning' });
  });

  it('a flag that is set and read is fine', () => {
    const findings = lintWith();
    expect([
      ...pathsOf(findings, 'LD318'),
      ...pathsOf(findings, 'LD319'),
      ...pathsOf(findings, 'LD320'),
    ]).toEqual([]);
  });
});

describe('events that can never be shown (LD321)', () => {
  it('a scheduledOnly event nothing leads to', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 0, 'low').warningEvent = undefined;
      at<Obj>(s, 'meters', 1, 'low').warningEvent = undefined;
      at<Obj>(s, 'meters', 2, 'low').warningEvent = undefined;
    });
    expect(onlyFinding(findings, 'LD321')).toMatchObject({
      path: ['events', 3, 'scheduledOnly'],
      severity: 'warning',
    });
  });

  it('an event whose when requires a flag nothing sets', () => {
    const findings = lintWith((s) => {
      s.flags?.push({ id: 'never' });
      at<Obj>(s, 'events', 2).when = { all: [{ turn: { atLeast: 2 } }, { all: [{ flag: 'never' }] }] };
      at<Obj>(s, 'events', 0).when = { any: [{ flag: 'never' }, { turn: { atLeast: 2 } }] };
    });
    expect(onlyFinding(findings, 'LD321')).toMatchObject({
      path: ['events', 2, 'when', 'all', 1, 'all', 0, 'flag'],
      message: 'event "deal" is never drawn: its "when" requires flag "never", which nothing sets',
    });
  });

  it('events reached by then, a schedule or a warning are fine', () => {
    expect(pathsOf(lintWith(), 'LD321')).toEqual([]);
  });
});

describe('fallback event (LD325)', () => {
  it('warns when every event has a condition, a limit or a cooldown', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0).cooldown = 1;
    });
    expect(onlyFinding(findings, 'LD325')).toMatchObject({ path: ['events'], severity: 'warning' });
    expect(onlyFinding(findings, 'LD325').message).toMatch(
      /^no fallback event: some turns may have no event/,
    );
  });

  it('one unconditional repeatable event is enough', () => {
    expect(pathsOf(lintWith(), 'LD325')).toEqual([]);
  });
});

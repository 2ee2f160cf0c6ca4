import { describe, expect, it } from 'vitest';
import { lintWith, pathsOf } from './builder';

describe('objective tags (LD507, LD508)', () => {
  it('are quiet when some option shows each objective and some option goes against it', () => {
    expect(pathsOf(lintWith(), 'LD507')).toEqual([]);
    expect(pathsOf(lintWith(), 'LD508')).toEqual([]);
  });

  it('warn when only a lesson names an objective: no decision can show it', () => {
    const findings = lintWith((s) => {
      for (const event of s.events) for (const choice of event.choices ?? []) delete choice.objectives;
    });
    expect(pathsOf(findings, 'LD507')).toEqual([['objectives', 0, 'id']]);
    expect(pathsOf(findings, 'LD508')).toEqual([]);
  });

  it('warn when options show an objective but none goes against it: no run can miss it', () => {
    const findings = lintWith((s) => {
      for (const event of s.events)
        for (const choice of event.choices ?? []) if (choice.objectives) choice.objectives = ['classify'];
    });
    expect(pathsOf(findings, 'LD507')).toEqual([]);
    expect(pathsOf(findings, 'LD508')).toEqual([['objectives', 0, 'id']]);
  });
});

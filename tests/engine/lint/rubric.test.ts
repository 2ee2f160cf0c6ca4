import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../src/engine/format';
import { lint } from '../../../src/engine/lint';
import { testScenarioInput } from '../test-scenario';

const withRubric = (endings: Record<string, number>) =>
  lint(Scenario.parse({ ...testScenarioInput(), rubric: { endings, passingScore: 70 } }));

describe('rubric', () => {
  it('is clean when it scores every ending', () => {
    const findings = withRubric({ courtroom: 10, alone: 20, hub: 100, steady: 60 });
    expect(findings.filter((f) => f.code === 'LD111' || f.code === 'LD332')).toEqual([]);
  });

  it('LD111: names an unknown ending with a suggestion; LD332: lists the unscored ones', () => {
    const findings = withRubric({ courtrom: 10, hub: 100 });
    expect(findings.find((f) => f.code === 'LD111')).toMatchObject({
      path: ['rubric', 'endings', 'courtrom'],
      severity: 'error',
    });
    expect(findings.find((f) => f.code === 'LD111')?.message).toContain('did you mean "courtroom"');
    expect(findings.find((f) => f.code === 'LD332')?.message).toBe(
      'no score for the endings "courtroom", "alone", "steady"',
    );
  });
});

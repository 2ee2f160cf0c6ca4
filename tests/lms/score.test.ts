import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { start } from '../../src/engine/run/step';
import type { RunState } from '../../src/engine/run/types';
import { scoreRun, TONE_SCORES } from '../../src/lms/score';
import { shippedScenarios } from './shipped';

const sample = shippedScenarios().get('sample-visiting-lab') as CompiledScenario;

function endedAt(scenario: CompiledScenario, endingId: string): RunState {
  const ending = scenario.index.ending.get(endingId) as number;
  return {
    ...start(scenario, 1),
    phase: { kind: 'ended', ending, cause: { kind: 'term-complete' } },
  };
}

describe('scoreRun', () => {
  it('is null while the run goes on', () => {
    expect(scoreRun(sample, start(sample, 1))).toBeNull();
  });

  it("reports the rubric's score for the ending, passed or failed against the passing score", () => {
    const rubric = sample.source.rubric;
    expect(rubric).toBeDefined();
    for (const ending of sample.endings) {
      const raw = rubric?.endings[ending.id] as number;
      expect(scoreRun(sample, endedAt(sample, ending.id))).toEqual({
        ending: ending.id,
        raw,
        status: raw >= (rubric?.passingScore ?? 0) ? 'passed' : 'failed',
      });
    }
    expect(scoreRun(sample, endedAt(sample, 'trusted-hub'))?.status).toBe('passed');
    expect(scoreRun(sample, endedAt(sample, 'courtroom'))?.status).toBe('failed');
  });

  it('every shipped scenario scores every ending from its rubric', () => {
    for (const scenario of shippedScenarios().values()) {
      expect(scenario.source.rubric, scenario.source.id).toBeDefined();
      for (const ending of scenario.endings) {
        expect(scenario.source.rubric?.endings[ending.id], `${scenario.source.id}: ${ending.id}`).toBeTypeOf(
          'number',
        );
      }
    }
  });

  it('without a rubric, the ending tone gives the score and the status is "completed"', () => {
    const bare: CompiledScenario = { ...sample, source: { ...sample.source, rubric: undefined } };
    for (const ending of bare.endings) {
      expect(scoreRun(bare, endedAt(bare, ending.id))).toEqual({
        ending: ending.id,
        raw: TONE_SCORES[ending.source.tone],
        status: 'completed',
      });
    }
  });
});

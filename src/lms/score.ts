import { type CompiledScenario, type Ending, ownValue, type RunState } from '../engine';

/** What a finished run reports to the LMS: cmi.core.score.raw (0–100) and cmi.core.lesson_status. */
export interface RunScore {
  readonly ending: string;
  readonly raw: number;
  readonly status: 'passed' | 'failed' | 'completed';
}

/** The score of an ending a rubric does not name: its tone decides (as the format's rubric says). */
export const TONE_SCORES: Readonly<Record<Ending['tone'], number>> = {
  best: 100,
  good: 80,
  mixed: 60,
  bad: 30,
};

/**
 * The score of a finished run (null while it goes on): the rubric's score for its ending, passed or
 * failed against the rubric's passing score. Without a rubric the ending's tone gives the score and the
 * status is only "completed".
 */
export function scoreRun(scenario: CompiledScenario, run: RunState): RunScore | null {
  if (run.phase.kind !== 'ended') return null;
  const ending = scenario.endings[run.phase.ending];
  if (ending === undefined) return null;
  const rubric = scenario.source.rubric;
  const ruled = ownValue(rubric?.endings, ending.id);
  const raw = Math.min(100, Math.max(0, Math.round(ruled ?? TONE_SCORES[ending.source.tone])));
  if (rubric === undefined) return { ending: ending.id, raw, status: 'completed' };
  return { ending: ending.id, raw, status: raw >= rubric.passingScore ? 'passed' : 'failed' };
}

import {
  type CompiledScenario,
  judgeObjectives,
  type ObjectiveJudgement,
  type ObjectiveStatus,
  restoreRun,
} from '../engine';
import type { RunResult } from './result-schema';

/**
 * Per learning objective, how many of the class's runs showed it, missed it or never met it: the
 * engine's judgement of each run (src/engine/objectives.ts), counted. Each result's save is replayed to
 * judge it, as reading it already did to verify it; a save that no longer replays is left out of the
 * counts, so `runs` says how many stand behind them.
 */
export interface ObjectiveTally {
  readonly id: string;
  readonly counts: Readonly<Record<ObjectiveStatus, number>>;
  /** The runs judged (the sum of the counts). */
  readonly runs: number;
}

/** The engine's judgement of one result's run, objective by objective; null when its save no longer replays. */
export function judgeResult(scenario: CompiledScenario, result: RunResult): ObjectiveJudgement[] | null {
  const restored = restoreRun(scenario, result.save);
  return restored.ok ? judgeObjectives(scenario, restored.run) : null;
}

export function tallyObjectives(scenario: CompiledScenario, results: readonly RunResult[]): ObjectiveTally[] {
  const counts = scenario.source.objectives.map(() => ({ shown: 0, missed: 0, 'not-met': 0 }));
  let runs = 0;
  for (const result of results) {
    const judged = judgeResult(scenario, result);
    if (judged === null) continue;
    runs += 1;
    judged.forEach((judgement, o) => {
      const tally = counts[o];
      if (tally !== undefined) tally[judgement.status] += 1;
    });
  }
  return scenario.source.objectives.map((objective, o) => ({
    id: objective.id,
    counts: counts[o] ?? { shown: 0, missed: 0, 'not-met': 0 },
    runs,
  }));
}

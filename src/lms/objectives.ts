import { type CompiledScenario, judgeObjectives, type ObjectiveStatus, type RunState } from '../engine';
import { toCmiIdentifier } from './interactions';

/**
 * The run's learning objectives as SCORM 1.2 objectives (cmi.objectives.n: id, status), from the
 * engine's one judgement. The score is not theirs: cmi.core.score stays the scenario's rubric for the
 * ending, and these say what the decisions showed beside it.
 *
 * How a status maps onto SCORM 1.2's vocabulary (RTE 3.4.2, CMIVocabulary "Status": passed, completed,
 * failed, incomplete, browsed, not attempted):
 * - shown → `passed`: the learner's decisions demonstrated it;
 * - missed → `failed`: they had the chance and decided against it at least as often as for it;
 * - not met → `not attempted`: no decision they took touched it. Not `failed`, which would blame the
 *   learner for a card the run never dealt, and not `completed` or `browsed`, which would claim
 *   something happened; `incomplete` would suggest a run still going.
 */
export interface ObjectiveRecord {
  /** CMIIdentifier: the scenario's objective id (the same id the interactions name). */
  readonly id: string;
  readonly status: ScormObjectiveStatus;
}

export type ScormObjectiveStatus = 'passed' | 'failed' | 'not attempted';

export const SCORM_OBJECTIVE_STATUS: Readonly<Record<ObjectiveStatus, ScormObjectiveStatus>> = {
  shown: 'passed',
  missed: 'failed',
  'not-met': 'not attempted',
};

export function objectiveRecords(scenario: CompiledScenario, run: RunState): ObjectiveRecord[] {
  return judgeObjectives(scenario, run).map((j) => ({
    id: toCmiIdentifier(j.id),
    status: SCORM_OBJECTIVE_STATUS[j.status],
  }));
}

/**
 * The cmi.objectives.n.* values to write, given the ids the LMS already holds (by index): an objective
 * already there keeps its slot and gets its new status; a new one is appended, id first (an LMS takes
 * the id of a new slot before anything else in it).
 */
export function objectiveValues(
  records: readonly ObjectiveRecord[],
  held: readonly string[],
): [string, string][] {
  const slots = [...held];
  return records.flatMap((record): [string, string][] => {
    let n = slots.indexOf(record.id);
    const fresh = n < 0;
    if (fresh) n = slots.push(record.id) - 1;
    const base = `cmi.objectives.${n}`;
    return [
      ...(fresh ? [[`${base}.id`, record.id] as [string, string]] : []),
      [`${base}.status`, record.status],
    ];
  });
}

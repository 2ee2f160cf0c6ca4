/**
 * The engine's public face: everything the store, the CLI and the game use. Pure and deterministic:
 * no Phaser, DOM, zustand, clock or Math.random anywhere under src/engine/.
 */
export { compile } from './compile';
export { turnWindow } from './compile/deck';
export type { CompiledScenario } from './compile/types';
export {
  buildDebrief,
  type Debrief,
  type DebriefConsequence,
  type DebriefDecision,
  type DebriefEnding,
  logEntries,
} from './debrief';
export {
  type Diagnostic,
  type Finding,
  formatJsonPath,
  hasErrors,
  type JsonPath,
  type Phrase,
} from './diagnostics';
export { formatDiagnostic, messageIn } from './diagnostics/messages';
export * from './format';
export { lint } from './lint';
export { sourceUrls } from './lint/cited-sources';
export { overHalf, riskSpread } from './lint/risk-balance';
export { type LoadOptions, type LoadResult, loadScenario, MAX_FILE_CHARACTERS } from './load';
export {
  judgeObjectives,
  OBJECTIVE_STATUSES,
  type ObjectiveEvidence,
  type ObjectiveJudgement,
  type ObjectiveStatus,
  statusOf,
} from './objectives';
export { ownValue } from './own-value';
export * from './present';
export { isEnded } from './run/ending';
export { InvalidActionError, start, step } from './run/step';
export type { Action, EndCause, LogEntry, Phase, Run, RunState } from './run/types';
export {
  actionsOf,
  newSave,
  type RestoreResult,
  type RunSave,
  restoreRun,
  type SavedAction,
  type SavedStep,
  savedAction,
  saveRun,
  stepSaved,
} from './save';
export { RunSaveSchema } from './save-schema';
export { scenarioCard } from './scenario-card';
export {
  distribution,
  type EventDraws,
  reportOf,
  type SimulationOptions,
  type SimulationReport,
  type SliceOptions,
  simulate,
  simulateSlice,
} from './simulate/batch';
export { measureMinutes, minutesHold, minutesOfRun } from './simulate/minutes';
export { playRun, stepCap } from './simulate/play';
export {
  POLICY_NAMES,
  type PolicyName,
  policyByName,
  READ_NOTHING_NAMES,
  type ReadNothingName,
} from './simulate/policies';
export { mergeTallies, type SimulationTally } from './simulate/tally';
export { bestShare, GUESSABLE_ABOVE, type TeachingReport, teachingReport } from './simulate/teaching';

/**
 * The engine's public face: everything the store, the CLI and the game use. Pure and deterministic:
 * no Phaser, DOM, zustand, clock or Math.random anywhere under src/engine/.
 */
export { compile } from './compile';
export type { CompiledScenario } from './compile/types';
export { buildDebrief, type Debrief, type DebriefDecision, logEntries } from './debrief';
export {
  type DecisionView,
  lastDecision,
  lastMeterChange,
  lastProposal,
  type ProposalView,
} from './decision-view';
export { type Diagnostic, type Finding, formatDiagnostic, formatJsonPath, hasErrors } from './diagnostics';
export * from './format';
export { lint } from './lint';
export { type LoadResult, loadScenario } from './load';
export { meterChanges, type Notice, recentNotices } from './notices';
export { isEnded } from './run/ending';
export { InvalidActionError, start, step } from './run/step';
export type { Action, EndCause, LogEntry, Phase, Run, RunState } from './run/types';
export {
  actionsOf,
  type RestoreResult,
  type RunSave,
  restoreRun,
  type SavedAction,
  saveRun,
} from './save';
export { RunSaveSchema } from './save-schema';
export {
  distribution,
  reportOf,
  type SimulationOptions,
  type SimulationReport,
  type SliceOptions,
  simulate,
  simulateSlice,
} from './simulate/batch';
export { playRun, stepCap } from './simulate/play';
export { POLICY_NAMES, type PolicyName, policyByName } from './simulate/policies';
export { mergeTallies, type SimulationTally } from './simulate/tally';
export * from './view';

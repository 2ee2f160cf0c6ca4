import type { CompiledScenario } from './compile/types';
import { ownValue } from './own-value';
import { InvalidActionError, start, step } from './run/step';
import type { Action, ActionNode, RunState } from './run/types';

/**
 * A saved run, keyed by author ids and never by positions: the seed and the actions taken. Restoring
 * replays them, so a save is small (it fits SCORM's suspend_data), exact (the same run comes back) and
 * survives edits to a scenario as long as the choices it names still exist.
 */
export interface RunSave {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly seed: number;
  readonly actions: readonly SavedAction[];
}

export type SavedAction =
  | { readonly choose: string }
  | { readonly propose: Readonly<Record<string, string>> }
  | 'acceptCounter'
  | 'walkAway'
  | 'continue';

export type RestoreResult =
  | { readonly ok: true; readonly run: RunState; readonly replayedOnNewVersion: boolean }
  | { readonly ok: false; readonly reason: string };

export function actionsOf(run: RunState): Action[] {
  const out: Action[] = [];
  for (let node: ActionNode | null = run.actions; node !== null; node = node.prev) out.push(node.action);
  return out.reverse();
}

/** A save with no action yet: what a new run starts from. */
export function newSave(run: RunState): RunSave {
  return { scenario: { id: run.scenarioId, version: run.scenarioVersion }, seed: run.seed, actions: [] };
}

/**
 * The save of a finished or running run, rebuilt by replaying its actions to name them by id. The game
 * store does not use this on every step: it appends each action in saved form as it is taken
 * (`savedAction`), so saving never replays; this is for a run that comes without its save.
 */
export function saveRun(scenario: CompiledScenario, run: RunState): RunSave {
  let current = start(scenario, run.seed);
  const actions = actionsOf(run).map((action) => {
    const saved = savedAction(scenario, current, action);
    current = step(scenario, current, action);
    return saved;
  });
  return { ...newSave(run), actions };
}

/** An action in saved (id-keyed) form, named against the run it is about to be taken on. */
export function savedAction(scenario: CompiledScenario, run: RunState, action: Action): SavedAction {
  const event = run.phase.kind === 'ended' ? undefined : scenario.events[run.phase.event];
  switch (action.type) {
    case 'choose':
      return { choose: event?.choices[action.choice]?.id ?? String(action.choice) };
    case 'propose': {
      const terms: Record<string, string> = {};
      event?.negotiation?.clauses.forEach((clause, c) => {
        terms[clause.id] = clause.options[action.terms[c] as number]?.id ?? '';
      });
      return { propose: terms };
    }
    default:
      return action.type;
  }
}

/** Replays a save. Any action the scenario no longer allows makes the save unusable, with the reason. */
export function restoreRun(scenario: CompiledScenario, save: RunSave): RestoreResult {
  if (save.scenario.id !== scenario.source.id) {
    return {
      ok: false,
      reason: `the save is for scenario "${save.scenario.id}", not "${scenario.source.id}"`,
    };
  }
  let run = start(scenario, save.seed);
  for (const [i, saved] of save.actions.entries()) {
    const stepped = stepSaved(scenario, run, saved);
    if (!stepped.ok)
      return { ok: false, reason: `action ${i + 1} (${JSON.stringify(saved)})${stepped.reason}` };
    run = stepped.run;
  }
  return { ok: true, run, replayedOnNewVersion: save.scenario.version !== scenario.source.version };
}

export type SavedStep =
  | { readonly ok: true; readonly run: RunState }
  | { readonly ok: false; readonly reason: string };

/**
 * One saved action taken on `run`, or why it may not be: the step `restoreRun` repeats, so a live class
 * room that checks a learner's actions one by one as they arrive judges each exactly as a replay of the
 * whole save would.
 */
export function stepSaved(scenario: CompiledScenario, run: RunState, saved: SavedAction): SavedStep {
  const action = fromSaved(scenario, run, saved);
  if (action === null) return { ok: false, reason: ' no longer fits the scenario' };
  try {
    return { ok: true, run: step(scenario, run, action) };
  } catch (error) {
    if (!(error instanceof InvalidActionError)) throw error;
    return { ok: false, reason: `: ${error.message}` };
  }
}

function fromSaved(scenario: CompiledScenario, run: RunState, saved: SavedAction): Action | null {
  if (saved === 'continue' || saved === 'acceptCounter' || saved === 'walkAway') return { type: saved };
  const event = run.phase.kind === 'ended' ? undefined : scenario.events[run.phase.event];
  if (event === undefined) return null;
  if ('choose' in saved) {
    const choice = event.choices.findIndex((c) => c.id === saved.choose);
    return choice < 0 ? null : { type: 'choose', choice };
  }
  const clauses = event.negotiation?.clauses ?? [];
  const terms = clauses.map((clause) =>
    clause.options.findIndex((o) => o.id === ownValue(saved.propose, clause.id)),
  );
  return terms.length === 0 || terms.some((t) => t < 0) ? null : { type: 'propose', terms };
}

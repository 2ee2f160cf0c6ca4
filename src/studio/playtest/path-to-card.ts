import {
  actionsOf,
  type CompiledScenario,
  newSave,
  POLICY_NAMES,
  type PolicyName,
  playRun,
  policyByName,
  type Run,
  type RunSave,
  restoreRun,
  savedAction,
  start,
  step,
} from '../../engine';

/** Where a path to a card came from, so the studio can say which one it replayed. */
export type PathSource =
  | { readonly kind: 'recorded' }
  | { readonly kind: 'simulated'; readonly policy: PolicyName; readonly seed: number };

export interface CardPath {
  /** The run up to the card, in saved form: the play-test replays it and goes on from there. */
  readonly save: RunSave;
  readonly source: PathSource;
  /** Decisions taken before the card (choices and concluded negotiations). */
  readonly decisions: number;
  /** The 1-based turn the card is shown on. */
  readonly turn: number;
}

/** Seeds tried per play style before saying no simulated run reaches a card. */
export const SIMULATED_SEEDS = 24;

/**
 * A path that reaches the card `eventId`: the recorded play-test's when it passed the card, else the
 * first simulated run that draws it (each play style in turn, seeds 1, 2, …). Replayed with the engine's
 * own start and step, so the state at the card is exactly the one that path reaches; it stops at the
 * card's first showing. Null when neither reaches it (a card no run draws is itself worth knowing).
 */
export function pathToCard(
  scenario: CompiledScenario,
  eventId: string,
  recorded: RunSave | null,
): CardPath | null {
  const target = scenario.index.event.get(eventId);
  if (target === undefined) return null;
  if (recorded !== null) {
    const restored = restoreRun(scenario, recorded);
    if (restored.ok) {
      const found = prefixTo(scenario, target, recorded.seed, actionsOf(restored.run));
      if (found !== null) return { ...found, source: { kind: 'recorded' } };
    }
  }
  for (let seed = 1; seed <= SIMULATED_SEEDS; seed++) {
    for (const policy of POLICY_NAMES) {
      const { run } = playRun(scenario, seed, policyByName(policy), { record: true });
      if (!shows(run, target)) continue;
      const found = prefixTo(scenario, target, seed, actionsOf(run));
      if (found !== null) return { ...found, source: { kind: 'simulated', policy, seed } };
    }
  }
  return null;
}

function shows(run: Run, target: number): boolean {
  for (let node = run.log; node !== null; node = node.prev) {
    if (node.entry.kind === 'shown' && node.entry.event === target) return true;
  }
  return false;
}

/** Replays `actions` from `seed` up to the first state that shows the target card for a decision. */
function prefixTo(
  scenario: CompiledScenario,
  target: number,
  seed: number,
  actions: ReturnType<typeof actionsOf>,
): Omit<CardPath, 'source'> | null {
  let run = start(scenario, seed);
  let save = newSave(run);
  for (let i = 0; ; i++) {
    const phase = run.phase;
    if ((phase.kind === 'choosing' || phase.kind === 'negotiating') && phase.event === target) {
      return { save, decisions: run.decisions, turn: run.turn };
    }
    const action = actions[i];
    if (action === undefined) return null;
    save = { ...save, actions: [...save.actions, savedAction(scenario, run, action)] };
    run = step(scenario, run, action);
  }
}

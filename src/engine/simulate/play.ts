import type { CompiledScenario } from '../compile/types';
import { mixSeed, RandomStream } from '../rng';
import { act, startDraft } from '../run/step';
import type { RunState } from '../run/types';
import type { Policy } from './policies';

/**
 * Plays one run to its end under a policy. The policy draws from its own stream so that its choices
 * never disturb the game's random state. The step cap is a guard, not a rule: runs end within the
 * calendar, and a run still going after it counts as stuck in the report.
 *
 * The run is the one `start` and `step` would give action by action, but built in one draft that it
 * steps in place (nothing the caller holds changes). `record: false` leaves out the story log and the
 * action list, for callers that only count where runs end (the simulator).
 */
export function playRun(
  scenario: CompiledScenario,
  seed: number,
  policy: Policy,
  options: { readonly record?: boolean } = {},
): { run: RunState; stuck: boolean } {
  const random = new RandomStream(mixSeed(seed, 1));
  const cap = capOf(scenario);
  const d = startDraft(scenario, seed, options.record ?? true);
  for (let steps = 0; d.phase.kind !== 'ended'; steps++) {
    if (steps >= cap) return { run: d.finish(), stuck: true };
    act(d, policy.decide(scenario, d, random));
  }
  return { run: d.finish(), stuck: false };
}

const caps = new WeakMap<CompiledScenario, number>();

/** The cap is the same for every run of a scenario: worked out once, not once per run. */
function capOf(scenario: CompiledScenario): number {
  let cap = caps.get(scenario);
  if (cap === undefined) {
    cap = stepCap(scenario);
    caps.set(scenario, cap);
  }
  return cap;
}

/** Most steps a run can take: per turn, a chain of events, each a choice or a full negotiation, each read. */
export function stepCap(scenario: CompiledScenario): number {
  const rounds = Math.max(1, ...scenario.events.map((e) => e.negotiation?.maxRounds ?? 1));
  return scenario.turns * scenario.eventsPerTurn * 9 * (rounds * 2 + 2) + 16;
}

import type { CompiledScenario } from '../compile/types';
import { mixSeed } from '../rng';
import { type RunSave, saveRun } from '../save';
import { playRun } from './play';
import { POLICY_NAMES, policyByName, readsNothing } from './policies';

/** A committed way to reach one ending: replaying `save` must end in `ending`. */
export interface PlaythroughPlan {
  readonly ending: string;
  readonly decisions: number;
  readonly save: RunSave;
}

/**
 * Searches seeded runs under every policy for the shortest run that reaches each ending, so that each
 * ending has a concrete, replayable proof. Endings no run reached are simply absent from the result.
 */
export function findPlans(
  scenario: CompiledScenario,
  options: { runs: number; seed: number },
): PlaythroughPlan[] {
  const best = new Map<number, { decisions: number; plan: () => PlaythroughPlan }>();
  // The four styles that weigh the meters, as before the read-nothing ones came: the same search, so
  // plans regenerated for an unchanged scenario stay the same.
  const policies = POLICY_NAMES.filter((name) => !readsNothing(name)).map(policyByName);
  for (let i = 0; i < options.runs; i++) {
    const policy = policies[i % policies.length] as (typeof policies)[number];
    const { run } = playRun(scenario, mixSeed(options.seed, i), policy);
    if (run.phase.kind !== 'ended') continue;
    const ending = run.phase.ending;
    const known = best.get(ending);
    if (known !== undefined && known.decisions <= run.decisions) continue;
    best.set(ending, {
      decisions: run.decisions,
      plan: () => ({
        ending: scenario.endings[ending]?.id ?? '',
        decisions: run.decisions,
        save: saveRun(scenario, run),
      }),
    });
  }
  return scenario.endings.flatMap((ending) => {
    const found = best.get(ending.index);
    return found === undefined ? [] : [found.plan()];
  });
}

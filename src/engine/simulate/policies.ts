import type {
  CompiledEvent,
  CompiledNegotiation,
  CompiledOutcome,
  CompiledScenario,
  EvalContext,
} from '../compile/types';
import type { RandomStream } from '../rng';
import { isAvailable } from '../run/choices';
import type { Action, Phase, RunState } from '../run/types';

/** A play style for the simulator: given the run, the next action. Pure apart from its random stream. */
export interface Policy {
  readonly name: PolicyName;
  readonly describe: string;
  decide(scenario: CompiledScenario, run: RunState, random: RandomStream): Action;
}

export const POLICY_NAMES = ['random', 'most-open', 'most-protective', 'cautious-balanced'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** How much a policy likes an outcome (higher is better); `appeal` is the partner's liking of a clause option. */
type Score = (scenario: CompiledScenario, run: RunState, outcome: CompiledOutcome, appeal: number) => number;

const delta = (scenario: CompiledScenario, outcome: CompiledOutcome, meterId: string): number => {
  const m = scenario.index.meter.get(meterId);
  let sum = 0;
  outcome.meterIndexes.forEach((i, k) => {
    if (i === m) sum += outcome.amounts[k] as number;
  });
  return sum;
};

/** Shares whatever builds trust: always yes to partners. */
const open: Score = (s, _run, o, appeal) => delta(s, o, 'trust') + appeal * 3;
/** Protects first: security up, legal risk down, whatever partners think. */
const protective: Score = (s, _run, o, appeal) =>
  delta(s, o, 'security') - delta(s, o, 'legalRisk') - appeal * 0.1;

/**
 * Keeps every meter as far from its warning lines as it can, counting the delayed effects the choice
 * states as well as the immediate ones: the careful director who reads the whole contract.
 */
const cautious: Score = (s, run, o, appeal) => {
  const projected = (run.meters as number[]).slice();
  const add = (outcome: CompiledOutcome) =>
    outcome.meterIndexes.forEach((i, k) => {
      projected[i] = (projected[i] as number) + (outcome.amounts[k] as number);
    });
  add(o);
  for (const entry of o.schedule) if (entry.outcome !== null) add(entry.outcome);
  let margin = Number.POSITIVE_INFINITY;
  let progress = 0;
  s.meters.forEach((meter, i) => {
    const span = meter.max - meter.min || 1;
    const value = projected[i] as number;
    if (Number.isFinite(meter.lowWarn)) margin = Math.min(margin, (value - meter.lowWarn) / span);
    if (Number.isFinite(meter.highWarn)) margin = Math.min(margin, (meter.highWarn - value) / span);
    progress += ((value - (run.meters[i] as number)) / span) * (meter.good === 'high' ? 1 : -1);
  });
  return Math.min(margin, 0.25) + progress * 0.2 + appeal * 0.002;
};

const SCORES: Record<Exclude<PolicyName, 'random'>, Score> = {
  'most-open': open,
  'most-protective': protective,
  'cautious-balanced': cautious,
};

export function policyByName(name: PolicyName): Policy {
  if (name === 'random')
    return { name, describe: 'picks uniformly among what is allowed', decide: decideRandomly };
  const score = SCORES[name];
  const describe = {
    'most-open': 'always takes the option that builds the most trust with partners',
    'most-protective': 'always takes the option that raises security and lowers legal risk the most',
    'cautious-balanced': 'keeps every meter farthest from its warning lines, reading delayed effects too',
  }[name];
  return { name, describe, decide: (scenario, run, random) => decideByScore(scenario, run, random, score) };
}

function contextOf(run: RunState): EvalContext {
  return { run, terms: null, appeal: 0, failed: null };
}

function decideRandomly(scenario: CompiledScenario, run: RunState, random: RandomStream): Action {
  const phase = run.phase;
  if (phase.kind === 'choosing') {
    const available = availableChoices(scenario.events[phase.event] as CompiledEvent, run);
    return { type: 'choose', choice: available[random.below(available.length)] as number };
  }
  if (phase.kind === 'negotiating') {
    const negotiation = scenario.events[phase.event]?.negotiation as CompiledNegotiation;
    const propose = (): Action => ({
      type: 'propose',
      terms: negotiation.clauses.map((c) => random.below(c.options.length)),
    });
    if (phase.counter === null) return propose();
    const options: (() => Action)[] = [() => ({ type: 'acceptCounter' }), () => ({ type: 'walkAway' })];
    if (phase.round < negotiation.maxRounds) options.push(propose);
    return (options[random.below(options.length)] as () => Action)();
  }
  return { type: 'continue' };
}

function availableChoices(event: CompiledEvent, run: RunState): number[] {
  const ctx = contextOf(run);
  return event.choices.filter((c) => isAvailable(c, ctx)).map((c) => c.index);
}

function decideByScore(
  scenario: CompiledScenario,
  run: RunState,
  random: RandomStream,
  score: Score,
): Action {
  const phase = run.phase;
  if (phase.kind === 'choosing') {
    const event = scenario.events[phase.event] as CompiledEvent;
    const best = bestOf(
      availableChoices(event, run),
      (i) => score(scenario, run, (event.choices[i] as CompiledEvent['choices'][number]).outcome, 0),
      random,
    );
    return { type: 'choose', choice: best };
  }
  if (phase.kind === 'negotiating') return negotiateByScore(scenario, run, phase, random, score);
  return { type: 'continue' };
}

function negotiateByScore(
  scenario: CompiledScenario,
  run: RunState,
  phase: Extract<Phase, { kind: 'negotiating' }>,
  random: RandomStream,
  score: Score,
): Action {
  const negotiation = scenario.events[phase.event]?.negotiation as CompiledNegotiation;
  const value = (terms: readonly number[]) =>
    terms.reduce((sum, option, c) => {
      const chosen = negotiation.clauses[c]?.options[option];
      return chosen ? sum + score(scenario, run, chosen.outcome, chosen.appeal) : sum;
    }, 0);
  if (phase.counter !== null) {
    const counterValue = value(phase.counter) + score(scenario, run, negotiation.onAgreement, 0);
    const walkValue = score(scenario, run, negotiation.onNoDeal, 0);
    return counterValue >= walkValue ? { type: 'acceptCounter' } : { type: 'walkAway' };
  }
  const terms = negotiation.clauses.map((clause) =>
    bestOf(
      clause.options.map((_, i) => i),
      (i) => {
        const option = clause.options[i] as (typeof clause.options)[number];
        return score(scenario, run, option.outcome, option.appeal);
      },
      random,
    ),
  );
  return { type: 'propose', terms };
}

/** The candidate with the highest score; ties broken at random so policies do not favour file order. */
function bestOf(candidates: readonly number[], scoreOf: (i: number) => number, random: RandomStream): number {
  let best: number[] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const i of candidates) {
    const s = scoreOf(i);
    if (s > bestScore + 1e-9) {
      bestScore = s;
      best = [i];
    } else if (Math.abs(s - bestScore) <= 1e-9) best.push(i);
  }
  return best.length === 1 ? (best[0] as number) : (best[random.below(best.length)] as number);
}

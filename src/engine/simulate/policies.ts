import type {
  CompiledEvent,
  CompiledMeter,
  CompiledNegotiation,
  CompiledOutcome,
  CompiledScenario,
  EvalContext,
} from '../compile/types';
import type { RandomStream } from '../rng';
import { isAvailable } from '../run/choices';
import type { Action, Phase, RunState } from '../run/types';
import {
  READ_NOTHING_DESCRIPTIONS,
  READ_NOTHING_NAMES,
  type ReadNothingName,
  readNothingDecider,
} from './read-nothing';

/** A play style for the simulator: given the run, the next action. Pure apart from its random stream. */
export interface Policy {
  readonly name: PolicyName;
  readonly describe: string;
  decide(scenario: CompiledScenario, run: RunState, random: RandomStream): Action;
}

/** Play styles that weigh the meters (they read the options' effects), then those that read nothing. */
const WEIGHING_NAMES = ['random', 'most-open', 'most-protective', 'cautious-balanced'] as const;
export const POLICY_NAMES = [...WEIGHING_NAMES, ...READ_NOTHING_NAMES] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];
export { READ_NOTHING_NAMES, type ReadNothingName };

export function readsNothing(name: PolicyName): name is ReadNothingName {
  return (READ_NOTHING_NAMES as readonly string[]).includes(name);
}

/** The meters the policies weigh, resolved once per decision rather than once per option scored. */
interface Lens {
  readonly trust: number;
  readonly security: number;
  readonly legalRisk: number;
}

function lensOf(scenario: CompiledScenario): Lens {
  const index = scenario.index.meter;
  return {
    trust: index.get('trust') ?? -1,
    security: index.get('security') ?? -1,
    legalRisk: index.get('legalRisk') ?? -1,
  };
}

/** How much a policy likes an outcome (higher is better); `appeal` is the partner's liking of a clause option. */
type Score = (
  scenario: CompiledScenario,
  run: RunState,
  outcome: CompiledOutcome,
  appeal: number,
  lens: Lens,
) => number;

function delta(outcome: CompiledOutcome, m: number): number {
  let sum = 0;
  for (let k = 0; k < outcome.meterIndexes.length; k++) {
    if (outcome.meterIndexes[k] === m) sum += outcome.amounts[k] as number;
  }
  return sum;
}

/** Shares whatever builds trust: always yes to partners. */
const open: Score = (_s, _run, o, appeal, lens) => delta(o, lens.trust) + appeal * 3;
/** Protects first: security up, legal risk down, whatever partners think. */
const protective: Score = (_s, _run, o, appeal, lens) =>
  delta(o, lens.security) - delta(o, lens.legalRisk) - appeal * 0.1;

/**
 * Keeps every meter as far from its warning lines as it can, counting the delayed effects the choice
 * states as well as the immediate ones: the careful director who reads the whole contract.
 */
const cautious: Score = (s, run, o, appeal) => {
  const projected = (run.meters as number[]).slice();
  addTo(projected, o);
  for (const entry of o.schedule) if (entry.outcome !== null) addTo(projected, entry.outcome);
  let margin = Number.POSITIVE_INFINITY;
  let progress = 0;
  for (let i = 0; i < s.meters.length; i++) {
    const meter = s.meters[i] as CompiledMeter;
    const span = meter.max - meter.min || 1;
    const value = projected[i] as number;
    if (Number.isFinite(meter.lowWarn)) margin = Math.min(margin, (value - meter.lowWarn) / span);
    if (Number.isFinite(meter.highWarn)) margin = Math.min(margin, (meter.highWarn - value) / span);
    progress += ((value - (run.meters[i] as number)) / span) * (meter.good === 'high' ? 1 : -1);
  }
  return Math.min(margin, 0.25) + progress * 0.2 + appeal * 0.002;
};

function addTo(projected: number[], outcome: CompiledOutcome): void {
  for (let k = 0; k < outcome.meterIndexes.length; k++) {
    const i = outcome.meterIndexes[k] as number;
    projected[i] = (projected[i] as number) + (outcome.amounts[k] as number);
  }
}

const SCORES: Record<Exclude<(typeof WEIGHING_NAMES)[number], 'random'>, Score> = {
  'most-open': open,
  'most-protective': protective,
  'cautious-balanced': cautious,
};

export function policyByName(name: PolicyName): Policy {
  if (name === 'random')
    return { name, describe: 'picks uniformly among what is allowed', decide: decideRandomly };
  if (readsNothing(name))
    return { name, describe: READ_NOTHING_DESCRIPTIONS[name], decide: readNothingDecider(name) };
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

// Actions without a payload are shared: they are read-only values, and half of all steps are a continue.
const CONTINUE: Action = { type: 'continue' };
const ACCEPT_COUNTER: Action = { type: 'acceptCounter' };
const WALK_AWAY: Action = { type: 'walkAway' };

function decideRandomly(scenario: CompiledScenario, run: RunState, random: RandomStream): Action {
  const phase = run.phase;
  if (phase.kind === 'choosing') {
    const event = scenario.events[phase.event] as CompiledEvent;
    const ctx = contextOf(run);
    return { type: 'choose', choice: nthAvailable(event, ctx, random.below(countAvailable(event, ctx))) };
  }
  if (phase.kind === 'negotiating') {
    const negotiation = scenario.events[phase.event]?.negotiation as CompiledNegotiation;
    if (phase.counter === null) return proposeRandomly(negotiation, random);
    // Accept, walk away, or (while rounds are left) propose again, with equal odds.
    const options = phase.round < negotiation.maxRounds ? 3 : 2;
    const pick = random.below(options);
    return pick === 0 ? ACCEPT_COUNTER : pick === 1 ? WALK_AWAY : proposeRandomly(negotiation, random);
  }
  return CONTINUE;
}

function proposeRandomly(negotiation: CompiledNegotiation, random: RandomStream): Action {
  return { type: 'propose', terms: negotiation.clauses.map((c) => random.below(c.options.length)) };
}

// Counting, then finding the n-th, instead of a filtered array per decision: conditions are pure, so
// evaluating them twice gives the same answer.
function countAvailable(event: CompiledEvent, ctx: EvalContext): number {
  let count = 0;
  for (const choice of event.choices) if (isAvailable(choice, ctx)) count++;
  return count;
}

function nthAvailable(event: CompiledEvent, ctx: EvalContext, n: number): number {
  let seen = 0;
  for (const choice of event.choices) {
    if (!isAvailable(choice, ctx)) continue;
    if (seen === n) return choice.index;
    seen++;
  }
  return -1;
}

function availableChoices(event: CompiledEvent, run: RunState): number[] {
  const ctx = contextOf(run);
  const available: number[] = [];
  for (const choice of event.choices) if (isAvailable(choice, ctx)) available.push(choice.index);
  return available;
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
    const lens = lensOf(scenario);
    const best = bestOf(
      availableChoices(event, run),
      (i) => score(scenario, run, (event.choices[i] as CompiledEvent['choices'][number]).outcome, 0, lens),
      random,
    );
    return { type: 'choose', choice: best };
  }
  if (phase.kind === 'negotiating') return negotiateByScore(scenario, run, phase, random, score);
  return CONTINUE;
}

function negotiateByScore(
  scenario: CompiledScenario,
  run: RunState,
  phase: Extract<Phase, { kind: 'negotiating' }>,
  random: RandomStream,
  score: Score,
): Action {
  const negotiation = scenario.events[phase.event]?.negotiation as CompiledNegotiation;
  const lens = lensOf(scenario);
  const value = (terms: readonly number[]) =>
    terms.reduce((sum, option, c) => {
      const chosen = negotiation.clauses[c]?.options[option];
      return chosen ? sum + score(scenario, run, chosen.outcome, chosen.appeal, lens) : sum;
    }, 0);
  if (phase.counter !== null) {
    const counterValue = value(phase.counter) + score(scenario, run, negotiation.onAgreement, 0, lens);
    const walkValue = score(scenario, run, negotiation.onNoDeal, 0, lens);
    return counterValue >= walkValue ? ACCEPT_COUNTER : WALK_AWAY;
  }
  const terms = negotiation.clauses.map((clause) =>
    bestOf(
      clause.options.map((_, i) => i),
      (i) => {
        const option = clause.options[i] as (typeof clause.options)[number];
        return score(scenario, run, option.outcome, option.appeal, lens);
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

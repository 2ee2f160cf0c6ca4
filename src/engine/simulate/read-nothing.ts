import type { CompiledEvent, CompiledOutcome, CompiledScenario, EvalContext } from '../compile/types';
import type { RandomStream } from '../rng';
import { isAvailable } from '../run/choices';
import type { Action, RunState } from '../run/types';

/**
 * Play styles that read nothing: they pick by a trait of the option that needs no understanding (its
 * length, its place on screen, the meters it moves right away). If one of them reaches a scenario's
 * best ending often, the answer is guessable (issue 8: at most 15% of runs for a shipped scenario).
 *
 * Each style is a score per option, worked out once per scenario (`buildTable`), so a decision is a scan
 * over numbers: no string lookup, and no allocation beyond the action itself. The highest score wins; ties go to the policy's random
 * stream, never to the file's order.
 */
export const READ_NOTHING_NAMES = ['longest-ko', 'longest-en', 'first', 'last', 'largest-gain'] as const;
export type ReadNothingName = (typeof READ_NOTHING_NAMES)[number];

export const READ_NOTHING_DESCRIPTIONS: Readonly<Record<ReadNothingName, string>> = {
  'longest-ko': 'reads nothing: takes the longest option text in Korean (per clause in a negotiation)',
  'longest-en': 'reads nothing: takes the longest option text in English (per clause in a negotiation)',
  first: 'reads nothing: takes the first option shown (accepts any counter-proposal)',
  last: 'reads nothing: takes the last option shown (walks away from any counter-proposal)',
  'largest-gain':
    'reads nothing: takes the largest immediate meter gain (each change by its good direction ÷ range)',
};

/** Per event, per choice (or per clause, per option): the style's score. */
interface Table {
  readonly choices: readonly Float64Array[];
  readonly clauses: readonly (readonly Float64Array[])[];
  /** Per event: the immediate gain of an agreement and of no deal (largest-gain weighs a counter by them). */
  readonly agreement: Float64Array;
  readonly noDeal: Float64Array;
}

/** The immediate gain of an outcome: each change by its meter's good direction, divided by its range. */
export function immediateGain(scenario: CompiledScenario, outcome: CompiledOutcome): number {
  let sum = 0;
  for (let k = 0; k < outcome.meterIndexes.length; k++) {
    const meter = scenario.meters[outcome.meterIndexes[k] as number];
    if (meter === undefined) continue;
    const span = meter.max - meter.min || 1;
    sum += ((outcome.amounts[k] as number) * (meter.good === 'high' ? 1 : -1)) / span;
  }
  return sum;
}

type OptionScore = (
  scenario: CompiledScenario,
  text: { readonly ko?: string; readonly en?: string },
  outcome: CompiledOutcome,
  index: number,
) => number;

const SCORES: Readonly<Record<ReadNothingName, OptionScore>> = {
  'longest-ko': (_s, text) => (text.ko ?? '').length,
  'longest-en': (_s, text) => (text.en ?? '').length,
  // Choices are shown in file order (those whose `when` fails are hidden), so the first one shown is
  // the available one with the lowest index.
  first: (_s, _t, _o, index) => -index,
  last: (_s, _t, _o, index) => index,
  'largest-gain': (s, _t, outcome) => immediateGain(s, outcome),
};

function buildTable(scenario: CompiledScenario, name: ReadNothingName): Table {
  const score = SCORES[name];
  const agreement = new Float64Array(scenario.events.length);
  const noDeal = new Float64Array(scenario.events.length);
  const choices = scenario.events.map((event) =>
    Float64Array.from(event.choices, (c) => score(scenario, c.source.text, c.outcome, c.index)),
  );
  const clauses = scenario.events.map((event) => {
    const negotiation = event.negotiation;
    if (negotiation === null) return [];
    agreement[event.index] = immediateGain(scenario, negotiation.onAgreement);
    noDeal[event.index] = immediateGain(scenario, negotiation.onNoDeal);
    const sourceClauses = event.source.negotiation?.clauses ?? [];
    return negotiation.clauses.map((clause, c) =>
      Float64Array.from(clause.options, (option, o) =>
        score(scenario, sourceClauses[c]?.options[o]?.text ?? {}, option.outcome, o),
      ),
    );
  });
  return { choices, clauses, agreement, noDeal };
}

const CONTINUE: Action = { type: 'continue' };
const ACCEPT_COUNTER: Action = { type: 'acceptCounter' };
const WALK_AWAY: Action = { type: 'walkAway' };
const EPSILON = 1e-9;

/**
 * The decision of a read-nothing style: the best-scoring available choice, or terms per clause. The
 * tables are built on the first decision in a scenario and kept for the next (a simulator plays one
 * scenario many times), so a decision costs one comparison to find them.
 */
export function readNothingDecider(
  name: ReadNothingName,
): (scenario: CompiledScenario, run: RunState, random: RandomStream) => Action {
  let scenarioOfTables: CompiledScenario | null = null;
  let table = null as unknown as Table;
  let gains = null as unknown as Table;
  return (scenario, run, random) => {
    if (scenario !== scenarioOfTables) {
      table = buildTable(scenario, name);
      gains = name === 'largest-gain' ? table : buildTable(scenario, 'largest-gain');
      scenarioOfTables = scenario;
    }
    return decide(name, table, gains, scenario, run, random);
  };
}

function decide(
  name: ReadNothingName,
  table: Table,
  gains: Table,
  scenario: CompiledScenario,
  run: RunState,
  random: RandomStream,
): Action {
  const phase = run.phase;
  if (phase.kind === 'choosing') {
    const event = scenario.events[phase.event] as CompiledEvent;
    const scores = table.choices[phase.event] as Float64Array;
    return {
      type: 'choose',
      choice: bestAvailable(event, scores, { run, terms: null, appeal: 0, failed: null }, random),
    };
  }
  if (phase.kind !== 'negotiating') return CONTINUE;
  if (phase.counter === null) {
    const clauses = table.clauses[phase.event] as readonly Float64Array[];
    const terms = new Array<number>(clauses.length);
    for (let c = 0; c < clauses.length; c++) terms[c] = bestOf(clauses[c] as Float64Array, random);
    return { type: 'propose', terms };
  }
  if (name === 'last') return WALK_AWAY;
  if (name !== 'largest-gain') return ACCEPT_COUNTER;
  // The counter's clauses and the agreement's own effects, against what walking away does right away.
  const clauseGains = gains.clauses[phase.event] as readonly Float64Array[];
  let counter = gains.agreement[phase.event] as number;
  for (let c = 0; c < phase.counter.length; c++) {
    counter += (clauseGains[c] as Float64Array)[phase.counter[c] as number] ?? 0;
  }
  const walk = gains.noDeal[phase.event] as number;
  if (Math.abs(counter - walk) <= EPSILON) return random.below(2) === 0 ? ACCEPT_COUNTER : WALK_AWAY;
  return counter > walk ? ACCEPT_COUNTER : WALK_AWAY;
}

/**
 * The available choice with the highest score, a tie drawn uniformly: two passes (the best score, then
 * the k-th tied choice) rather than a list of candidates. Conditions are pure, so evaluating them twice
 * gives the same answer.
 */
function bestAvailable(
  event: CompiledEvent,
  scores: Float64Array,
  ctx: EvalContext,
  random: RandomStream,
): number {
  let best = Number.NEGATIVE_INFINITY;
  let tied = 0;
  for (const choice of event.choices) {
    if (!isAvailable(choice, ctx)) continue;
    const s = scores[choice.index] as number;
    if (s > best + EPSILON) {
      best = s;
      tied = 1;
    } else if (s >= best - EPSILON) tied++;
  }
  let k = tied > 1 ? random.below(tied) : 0;
  for (const choice of event.choices) {
    if (!isAvailable(choice, ctx) || (scores[choice.index] as number) < best - EPSILON) continue;
    if (k === 0) return choice.index;
    k--;
  }
  return -1;
}

/** The option with the highest score, a tie drawn uniformly (every option of a clause is on offer). */
function bestOf(scores: Float64Array, random: RandomStream): number {
  let best = Number.NEGATIVE_INFINITY;
  let tied = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (s > best + EPSILON) {
      best = s;
      tied = 1;
    } else if (s >= best - EPSILON) tied++;
  }
  let k = tied > 1 ? random.below(tied) : 0;
  for (let i = 0; i < scores.length; i++) {
    if ((scores[i] as number) < best - EPSILON) continue;
    if (k === 0) return i;
    k--;
  }
  return 0;
}

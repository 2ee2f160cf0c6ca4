import type { CompiledChoice, CompiledNegotiation, CompiledScenario } from '../compile/types';
import { mixSeed } from '../rng';
import { hasAvailableChoice, isAvailable } from './choices';
import { Draft } from './draft';
import { endRun } from './ending';
import { conclude, isValidTerms, propose } from './negotiation';
import { applyOutcome } from './outcome';
import { beginTurn, drawAgain, present } from './turn';
import type { Action, Phase, RunState } from './types';

/** Chained events (`next`) beyond this depth in one turn are ignored: a guard against cycles lint missed. */
export const MAX_CHAIN_DEPTH = 8;

/** Thrown for an action the current phase does not allow: a caller's mistake, never bad scenario input. */
export class InvalidActionError extends Error {
  override readonly name = 'InvalidActionError';
}

/** A new run of `scenario` from `seed`, already showing its first event. */
export function start(scenario: CompiledScenario, seed: number): RunState {
  return startDraft(scenario, seed, true).finish();
}

/** The draft of a new run, already showing its first event; `playRun` goes on stepping it in place. */
export function startDraft(scenario: CompiledScenario, seed: number, recording: boolean): Draft {
  const blank = blankOf(scenario);
  const d = new Draft(
    scenario,
    {
      scenarioId: scenario.source.id,
      scenarioVersion: scenario.source.version,
      seed: seed | 0,
      rng: mixSeed(seed | 0, 0),
      turn: 1,
      drawn: 0,
      meters: blank.meters.slice(),
      flags: blank.flags.slice(),
      visits: blank.perEvent.slice(),
      lastSeen: blank.perEvent.slice(),
      chosen: blank.perEvent.slice(),
      agreements: blank.agreements.slice(),
      warned: blank.warned.slice(),
      warningsDue: [],
      pending: [],
      phase: { kind: 'ended', ending: -1, cause: { kind: 'term-complete' } },
      decisions: 0,
      log: null,
      actions: null,
    },
    recording,
  );
  d.adopt();
  beginTurn(d);
  return d;
}

interface Blank {
  readonly meters: readonly number[];
  readonly flags: readonly boolean[];
  readonly perEvent: readonly number[];
  readonly agreements: readonly null[];
  readonly warned: readonly number[];
}

const blanks = new WeakMap<CompiledScenario, Blank>();

/** A new run's arrays, built once per scenario and copied per run (a copy of a packed array is a memcpy). */
function blankOf(scenario: CompiledScenario): Blank {
  let blank = blanks.get(scenario);
  if (blank === undefined) {
    const events = scenario.events.length;
    blank = {
      meters: scenario.meters.map((m) => m.start),
      flags: packed(scenario.flagIds.length, false),
      perEvent: packed(events, 0),
      agreements: packed(events, null),
      warned: packed(scenario.meters.length, 0),
    };
    blanks.set(scenario, blank);
  }
  return blank;
}

/** The run after one action. Pure: `run` is not changed; unchanged parts are shared with the result. */
export function step(scenario: CompiledScenario, run: RunState, action: Action): RunState {
  const d = new Draft(scenario, run);
  act(d, action);
  return d.finish();
}

/** Applies one action to a draft in place: the whole of a step but the copy at either end. */
export function act(d: Draft, action: Action): void {
  const phase = d.phase;
  if (phase.kind === 'choosing' && action.type === 'choose') choose(d, phase, action.choice);
  else if (phase.kind === 'negotiating') negotiate(d, phase, action);
  else if (phase.kind === 'outcome' && action.type === 'continue') proceed(d, phase);
  else throw new InvalidActionError(`"${action.type}" is not possible while ${phase.kind}`);
  d.record(action);
}

function choose(d: Draft, phase: Extract<Phase, { kind: 'choosing' }>, index: number): void {
  const choice = d.scenario.events[phase.event]?.choices[index] as CompiledChoice | undefined;
  if (choice === undefined || !isAvailable(choice, d))
    throw new InvalidActionError(`choice ${index} is not available`);
  const before = d.meters;
  const decision = d.decisions;
  const failed = applyOutcome(d, choice.outcome, decision);
  d.ownChosen()[phase.event] = (d.chosen[phase.event] as number) | (1 << index);
  d.decisions += 1;
  if (d.recording) {
    d.append({ kind: 'choice', turn: d.turn, event: phase.event, choice: index, before, after: d.meters });
    d.flush();
  }
  const next = phase.depth + 1 < MAX_CHAIN_DEPTH ? choice.next : -1;
  d.phase = {
    kind: 'outcome',
    event: phase.event,
    decision,
    next,
    depth: phase.depth,
    endsRun: choice.endsRun,
    failed,
  };
}

function negotiate(d: Draft, phase: Extract<Phase, { kind: 'negotiating' }>, action: Action): void {
  const negotiation = d.scenario.events[phase.event]?.negotiation as CompiledNegotiation;
  if (action.type === 'propose' && isValidTerms(negotiation, action.terms)) {
    const mayPropose = phase.counter === null || phase.round < negotiation.maxRounds;
    if (!mayPropose) throw new InvalidActionError('no rounds left: accept the counter-proposal or walk away');
    const next = phase.counter === null ? phase : { ...phase, round: phase.round + 1, counter: null };
    propose(d, next, negotiation, action.terms.slice());
  } else if (action.type === 'acceptCounter' && phase.counter !== null) {
    conclude(d, phase, negotiation, 'agreement', phase.counter);
  } else if (action.type === 'walkAway') {
    conclude(d, phase, negotiation, 'no-deal', phase.lastTerms ?? []);
  } else {
    throw new InvalidActionError(`"${action.type}" is not possible in this negotiation now`);
  }
}

function proceed(d: Draft, phase: Extract<Phase, { kind: 'outcome' }>): void {
  if (phase.failed !== null) endRun(d, { kind: 'failed', failed: phase.failed });
  else if (phase.endsRun) endRun(d, { kind: 'chosen', decision: phase.decision });
  else if (phase.next >= 0 && canShow(d, phase.next)) present(d, phase.next, 'chained', phase.depth + 1);
  else if (!drawAgain(d)) {
    d.turn += 1;
    beginTurn(d);
  }
}

/** A chained event obeys its own condition and needs a choice to offer; otherwise the chain is skipped. */
function canShow(d: Draft, event: number): boolean {
  const compiled = d.scenario.events[event];
  return (
    compiled !== undefined && (compiled.when === null || compiled.when(d)) && hasAvailableChoice(compiled, d)
  );
}

/** A packed array (no holes, unlike `new Array(n).fill(v)`): reads of the run's arrays then skip hole checks. */
function packed<T>(length: number, value: T): T[] {
  const array: T[] = [];
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

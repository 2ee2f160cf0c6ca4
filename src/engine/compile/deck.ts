import type { Condition } from '../format/conditions';
import { type ConditionScope, compileCondition } from './conditions';
import type { CompiledEvent, DeckCard } from './types';

/** The turns a condition can hold in, as far as its `turn` parts tell: [first, last], inclusive. */
interface TurnWindow {
  readonly first: number;
  readonly last: number;
}

/** Stands for "no limit" on a card: the largest small integer (smi) V8 keeps unboxed. */
const UNLIMITED = 0x3fffffff;

const ALWAYS: TurnWindow = { first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY };

/**
 * A window outside which the condition is surely false (it may be false inside it too). `all` takes
 * the overlap of its parts, `any` their span; `not` and every other kind say nothing about the turn.
 */
export function turnWindow(condition: Condition): TurnWindow {
  if ('turn' in condition) {
    return { first: condition.turn.atLeast ?? ALWAYS.first, last: condition.turn.atMost ?? ALWAYS.last };
  }
  if ('all' in condition) {
    let first = ALWAYS.first;
    let last = ALWAYS.last;
    for (const part of condition.all) {
      const w = turnWindow(part);
      first = Math.max(first, w.first);
      last = Math.min(last, w.last);
    }
    return { first, last };
  }
  if ('any' in condition && condition.any.length > 0) {
    let first = ALWAYS.last;
    let last = ALWAYS.first;
    for (const part of condition.any) {
      const w = turnWindow(part);
      first = Math.min(first, w.first);
      last = Math.max(last, w.last);
    }
    return { first, last };
  }
  return ALWAYS;
}

/**
 * The deck as the draw reads it, per turn: index t (1 to `turns`) lists the cards of the deck events
 * whose condition may hold in turn t, in file order (the order the draw weighs them in); index 0 lists
 * every deck event with its whole condition. Most deck events are bounded in time, so a draw skips
 * them without a look outside their turns, and inside them a card leaves out the condition's `turn`
 * parts (the whole condition, or the `turn` parts of a top-level `all`), which hold there by
 * construction.
 */
export function buildDeck(
  events: readonly CompiledEvent[],
  scope: ConditionScope,
  turns: number,
): DeckCard[][] {
  const deck = events.filter((e) => e.inDeck);
  const windows = deck.map((e) => (e.source.when === undefined ? ALWAYS : turnWindow(e.source.when)));
  const whole = deck.map((event) => card(event, event.when));
  const bounded = deck.map((event) => card(event, withoutTurnParts(event, scope)));
  const byTurn: DeckCard[][] = [whole];
  for (let turn = 1; turn <= turns; turn++) {
    byTurn.push(
      bounded.filter(
        (_, k) => turn >= (windows[k] as TurnWindow).first && turn <= (windows[k] as TurnWindow).last,
      ),
    );
  }
  return byTurn;
}

function card(event: CompiledEvent, when: CompiledEvent['when']): DeckCard {
  const alwaysOffers = event.negotiation !== null || event.choices.some((c) => c.when === null);
  return {
    event,
    index: event.index,
    priority: event.priority,
    weight: event.weight,
    // A small integer rather than Infinity, so the check is an integer comparison; no run comes near it.
    maxTimes: Math.min(event.maxTimes, UNLIMITED),
    cooldown: event.cooldown,
    when,
    checkChoices: !alwaysOffers,
  };
}

/** The event's condition less the `turn` parts that the per-turn lists already apply. */
function withoutTurnParts(event: CompiledEvent, scope: ConditionScope): CompiledEvent['when'] {
  const when = event.source.when;
  if (when === undefined || 'turn' in when) return null;
  if (!('all' in when)) return event.when;
  const rest = when.all.filter((part) => !('turn' in part));
  if (rest.length === when.all.length) return event.when;
  return rest.length === 0 ? null : compileCondition({ all: rest }, scope);
}

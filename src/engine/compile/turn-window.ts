import type { Condition } from '../format/conditions';

/** The turns a condition can hold in, as far as its `turn` parts tell: [first, last], inclusive. */
export interface TurnWindow {
  readonly first: number;
  readonly last: number;
}

const ALWAYS: TurnWindow = { first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY };

/**
 * A window outside which the condition is surely false (it may be false inside it too). Most deck
 * events are bounded in time, so the deck can skip, turn by turn, the events that cannot be drawn
 * without evaluating their conditions. `any` takes the span of its parts; `not` and every other kind
 * say nothing about the turn.
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
 * Per turn (index 0 unused, then 1 to `turns`): the deck events whose condition may hold that turn,
 * in file order, which is the order the draw weighs them in.
 */
export function deckByTurn(
  deck: readonly number[],
  conditions: readonly (Condition | undefined)[],
  turns: number,
): number[][] {
  const windows = deck.map((e) => {
    const when = conditions[e];
    return when === undefined ? ALWAYS : turnWindow(when);
  });
  const byTurn: number[][] = [[]];
  for (let turn = 1; turn <= turns; turn++) {
    byTurn.push(
      deck.filter(
        (_, k) => turn >= (windows[k] as TurnWindow).first && turn <= (windows[k] as TurnWindow).last,
      ),
    );
  }
  return byTurn;
}

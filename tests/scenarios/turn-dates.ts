import type { Condition, Scenario } from '../../src/engine';

/** The first and last day a turn covers, as ISO dates (YYYY-MM-DD). */
export interface TurnSpan {
  readonly first: string;
  readonly last: string;
}

/** The days each turn of the calendar spans, from `calendar.start` and `calendar.monthsPerTurn`. */
export function turnSpans(scenario: Scenario): TurnSpan[] | null {
  const { start, monthsPerTurn = 1, turns } = scenario.calendar;
  if (start === undefined) return null;
  const [year, month] = start.split('-').map(Number) as [number, number];
  return Array.from({ length: turns }, (_, i) => {
    const firstMonth = month - 1 + i * monthsPerTurn;
    const first = new Date(Date.UTC(year, firstMonth, 1));
    const last = new Date(Date.UTC(year, firstMonth + monthsPerTurn, 0));
    return { first: iso(first), last: iso(last) };
  });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The turns on which a condition can hold, as far as its `turn` parts say: every other kind of
 * condition is taken as possibly true. `all` narrows to the overlap, `any` widens to the hull of its
 * parts, and `not` is taken as possibly true on every turn (a bound is never inverted), so the range
 * can only be too wide, never too narrow.
 */
export function turnRange(when: Condition | undefined, turns: number): { from: number; to: number } {
  const whole = { from: 1, to: turns };
  if (when === undefined) return whole;
  if ('turn' in when) return { from: when.turn.atLeast ?? 1, to: when.turn.atMost ?? turns };
  if ('all' in when) {
    return when.all
      .map((part) => turnRange(part, turns))
      .reduce((a, b) => ({ from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) }), whole);
  }
  if ('any' in when) {
    const parts = when.any.map((part) => turnRange(part, turns));
    return { from: Math.min(...parts.map((p) => p.from)), to: Math.max(...parts.map((p) => p.to)) };
  }
  return whole;
}

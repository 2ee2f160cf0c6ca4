import { type Scenario, turnWindow } from '../../engine';

/** The turns an event can be shown in, inclusive (1 = the first turn). */
export interface TurnRange {
  readonly first: number;
  readonly last: number;
}

/** A way one event leads to another in time: a schedule `in` turns later, or a chain in the same turn. */
export interface TimedLink {
  readonly from: string;
  readonly to: string;
  readonly after: number;
}

/**
 * The turns each event can be shown in, as far as the file tells: a deck event within its condition's
 * `turn` bounds, a warning event on any turn, and a scheduled or chained event `after` turns from the
 * turns its source can be shown in, until nothing widens (loops converge: a range only grows, inside
 * the calendar). An event no way reaches has no range. Other conditions (meters, flags) may make the
 * real range narrower; the map says "can be", never "will be".
 */
export function turnRanges(
  scenario: Scenario,
  links: readonly TimedLink[],
  warnings: ReadonlySet<string>,
): Map<string, TurnRange> {
  const turns = scenario.calendar.turns;
  const ranges = new Map<string, TurnRange>();
  const widen = (id: string, first: number, last: number): boolean => {
    const from = Math.max(1, first);
    const to = Math.min(turns, last);
    if (from > to) return false;
    const known = ranges.get(id);
    if (known !== undefined && known.first <= from && known.last >= to) return false;
    ranges.set(id, {
      first: Math.min(known?.first ?? from, from),
      last: Math.max(known?.last ?? to, to),
    });
    return true;
  };
  for (const event of scenario.events) {
    if (warnings.has(event.id)) widen(event.id, 1, turns);
    if (event.scheduledOnly === true) continue;
    const window = event.when === undefined ? { first: 1, last: turns } : turnWindow(event.when);
    widen(event.id, window.first, window.last);
  }
  for (let changed = true, rounds = 0; changed && rounds <= scenario.events.length; rounds++) {
    changed = false;
    for (const link of links) {
      const source = ranges.get(link.from);
      if (source !== undefined && widen(link.to, source.first + link.after, source.last + link.after)) {
        changed = true;
      }
    }
  }
  return ranges;
}

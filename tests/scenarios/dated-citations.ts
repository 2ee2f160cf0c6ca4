import type { Event, Scenario } from '../../src/engine';
import type { SourceEntry } from './sources';
import { turnRange, turnSpans } from './turn-dates';

/**
 * Every case of a card citing a dated source on a turn outside that source's window, as readable lines.
 *
 * The turns a card can be drawn on come from its own `when`: the engine shows a deck draw, a scheduled
 * event and a chained (`next`) event only while that `when` holds, so its `turn` bounds limit every way
 * the card can arrive. The one exception is a meter's warning card, shown whatever its `when` says, which
 * counts as drawable on every turn. Conditions other than `turn` are taken as possibly true, so the turns
 * checked are never fewer than the turns on which the card can really appear. A turn is inside a window
 * only when every day of it is: a two-month turn that straddles the end of a suspension is outside.
 * A scenario without `calendar.start` has no dates to check against and yields nothing here.
 */
export function datedCitationsOutsideWindow(
  scenario: Scenario,
  entryByUrl: ReadonlyMap<string, SourceEntry>,
): string[] {
  const spans = turnSpans(scenario) ?? [];
  const turns = scenario.calendar.turns;
  const warnings = new Set(scenario.meters.flatMap((m) => [m.low?.warningEvent, m.high?.warningEvent]));
  const outside: string[] = [];
  for (const event of scenario.events) {
    const range = warnings.has(event.id) ? { from: 1, to: turns } : turnRange(event.when, turns);
    for (const entry of datedSourcesCited(scenario, event, entryByUrl)) {
      const { from, until } = entry.window;
      for (let turn = range.from; turn <= range.to; turn++) {
        const span = spans[turn - 1];
        if (span === undefined) continue;
        if ((from !== null && span.first < from) || (until !== null && span.last > until)) {
          outside.push(
            `${event.id} cites ${entry.id} (true ${from ?? '…'} to ${until ?? '…'}) but can be drawn in turn ${turn} (${span.first} to ${span.last})`,
          );
        }
      }
    }
  }
  return outside;
}

/** The sources with a bounded window that an event cites, in its lesson or in any of its decisions. */
function datedSourcesCited(
  scenario: Scenario,
  event: Event,
  entryByUrl: ReadonlyMap<string, SourceEntry>,
): SourceEntry[] {
  const decisions = [
    ...(event.choices ?? []),
    ...(event.negotiation?.clauses.flatMap((c) => c.options) ?? []),
    event.negotiation?.onAgreement,
    event.negotiation?.onNoDeal,
  ];
  const ids = new Set([
    ...(event.lesson?.references ?? []),
    ...decisions.flatMap((d) => d?.references ?? []),
  ]);
  return scenario.references
    .filter((r) => ids.has(r.id))
    .map((r) => (r.url === undefined ? undefined : entryByUrl.get(r.url)))
    .filter((e): e is SourceEntry => e !== undefined && (e.window.from !== null || e.window.until !== null));
}

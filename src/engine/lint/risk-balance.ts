import type { Event, Scenario } from '../format/scenario';
import type { LintContext } from './context';

/**
 * Below this many events that move meters, a file is a draft: LD504 (no risk tags at all) waits until
 * the scenario has enough cards for the spread of its risks to mean something.
 */
export const UNTAGGED_DRAFT_EVENTS = 3;

/** Per risk source and per country: how many risk-bearing events name it, and out of how many. */
export interface RiskSpread {
  readonly tagged: number;
  readonly bySource: ReadonlyMap<string, number>;
  readonly byCountry: ReadonlyMap<string, number>;
}

export function riskSpread(scenario: Pick<Scenario, 'events'>): RiskSpread {
  const bySource = new Map<string, number>();
  const byCountry = new Map<string, number>();
  let tagged = 0;
  for (const event of scenario.events) {
    if (event.risk === undefined) continue;
    tagged++;
    bySource.set(event.risk.source, (bySource.get(event.risk.source) ?? 0) + 1);
    if (event.risk.country !== undefined)
      byCountry.set(event.risk.country, (byCountry.get(event.risk.country) ?? 0) + 1);
  }
  return { tagged, bySource, byCountry };
}

/** The sources and countries that carry more than half of the risk-bearing events (issue 8's bar). */
export function overHalf(
  spread: RiskSpread,
): { kind: 'source' | 'country'; value: string; events: number }[] {
  const over: { kind: 'source' | 'country'; value: string; events: number }[] = [];
  for (const [kind, counts] of [
    ['source', spread.bySource],
    ['country', spread.byCountry],
  ] as const) {
    for (const [value, events] of counts) if (events * 2 > spread.tagged) over.push({ kind, value, events });
  }
  return over;
}

function movesMeters(event: Event): boolean {
  if (event.negotiation !== undefined) return true;
  return (event.choices ?? []).some((c) => c.effects !== undefined && Object.keys(c.effects).length > 0);
}

/**
 * LD503: one source or country carries more than half of the risk-bearing events (a scenario that
 * teaches "the risk is that country" teaches the wrong lesson). LD504: a scenario that moves meters on
 * enough cards but tags no risk at all. It is a warning rather than silence because untagged risk makes
 * LD503 pass vacuously: an author who never tags would never hear that all the risk comes from one place.
 */
export function checkRiskBalance(context: LintContext): void {
  const scenario = context.scenario;
  const spread = riskSpread(scenario);
  if (spread.tagged === 0) {
    const moving = scenario.events.filter(movesMeters).length;
    if (moving >= UNTAGGED_DRAFT_EVENTS) context.report('LD504', ['events'], { events: moving });
    return;
  }
  for (const o of overHalf(spread)) context.report('LD503', ['events'], { ...o, of: spread.tagged });
}

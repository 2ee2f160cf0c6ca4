import type { Condition, Consequences, Event, JsonPath, Scenario } from '../../engine';

/**
 * One place in an event where the player's decision has consequences: a choice, a negotiation clause
 * option, or a negotiation's agreement or no-deal outcome. `via` names it for people ("decline",
 * "scope/narrow", "onAgreement").
 */
export interface DecisionSite {
  readonly via: string;
  readonly path: JsonPath;
  readonly consequences: Consequences;
  readonly next?: string;
  readonly endsRun?: boolean;
}

/** Every decision site of an event, in file order. */
export function decisionSites(event: Event, eventIndex: number): DecisionSite[] {
  const base: JsonPath = ['events', eventIndex];
  const sites: DecisionSite[] = (event.choices ?? []).map((choice, c) => ({
    via: choice.id,
    path: [...base, 'choices', c],
    consequences: choice,
    ...(choice.next !== undefined && { next: choice.next }),
    ...(choice.endsRun === true && { endsRun: true }),
  }));
  const negotiation = event.negotiation;
  if (negotiation === undefined) return sites;
  negotiation.clauses.forEach((clause, c) => {
    clause.options.forEach((option, o) => {
      sites.push({
        via: `${clause.id}/${option.id}`,
        path: [...base, 'negotiation', 'clauses', c, 'options', o],
        consequences: option,
      });
    });
  });
  for (const key of ['onAgreement', 'onNoDeal'] as const) {
    const outcome = negotiation[key];
    if (outcome !== undefined)
      sites.push({ via: key, path: [...base, 'negotiation', key], consequences: outcome });
  }
  return sites;
}

/** The flags a decision sets, now or through the effects it schedules. */
export function flagsSet(consequences: Consequences): string[] {
  const flags = [...(consequences.set ?? [])];
  for (const entry of consequences.schedule ?? []) if ('set' in entry) flags.push(...(entry.set ?? []));
  return flags;
}

/** What a condition reads: flags, and events by their visits, the time since, a choice or an agreement. */
export interface Reads {
  readonly flags: Set<string>;
  /** Event id → what about it is read: a choice id, a clause option, or "" for visits and time since. */
  readonly events: Map<string, Set<string>>;
}

export function emptyReads(): Reads {
  return { flags: new Set(), events: new Map() };
}

export function addReads(reads: Reads, condition: Condition | undefined): Reads {
  if (condition === undefined) return reads;
  const event = (id: string, what: string) => {
    const known = reads.events.get(id) ?? new Set<string>();
    known.add(what);
    reads.events.set(id, known);
  };
  if ('all' in condition) for (const part of condition.all) addReads(reads, part);
  else if ('any' in condition) for (const part of condition.any) addReads(reads, part);
  else if ('not' in condition) addReads(reads, condition.not);
  else if ('flag' in condition) reads.flags.add(condition.flag);
  else if ('visits' in condition) event(condition.visits, '');
  else if ('turnsSince' in condition) event(condition.turnsSince, '');
  else if ('chose' in condition) event(condition.chose.event, condition.chose.choice);
  else if ('agreed' in condition)
    event(condition.agreed.event, `${condition.agreed.clause}/${condition.agreed.option}`);
  return reads;
}

/** What decides whether an event is drawn or offers a choice: its own and its choices' conditions. */
export function eventReads(event: Event): Reads {
  const reads = addReads(emptyReads(), event.when);
  for (const choice of event.choices ?? []) addReads(reads, choice.when);
  for (const response of event.negotiation?.responses ?? []) addReads(reads, response.when);
  return reads;
}

/** The events a scenario's meters show as warnings, with the meter and side. */
export function warningEvents(
  scenario: Scenario,
): { meter: string; meterIndex: number; side: 'low' | 'high'; event: string }[] {
  return scenario.meters.flatMap((meter, m) =>
    (['low', 'high'] as const).flatMap((side) => {
      const event = meter[side]?.warningEvent;
      return event === undefined ? [] : [{ meter: meter.id, meterIndex: m, side, event }];
    }),
  );
}

import type { Event, Meter, Negotiation, Scenario } from '../format/scenario';
import { type ConditionScope, compileCondition } from './conditions';
import { buildDeck } from './deck';
import { compileOutcome } from './outcome';
import type {
  CompiledEvent,
  CompiledMeter,
  CompiledNegotiation,
  CompiledScenario,
  CompiledSchedule,
  ScenarioIndex,
} from './types';

export type * from './types';

/** Prepares a scenario that passed validation and lint for play. Total: never throws on such input. */
export function compile(source: Scenario): CompiledScenario {
  const index = buildIndex(source);
  const scope = makeScope(source, index, null);
  const schedules = new Map<string, CompiledSchedule>();
  const events = source.events.map((event, i) => compileEvent(event, i, source, index, schedules));
  const meters = source.meters.map((meter) => compileMeter(meter, index));
  const deck = events.filter((e) => e.inDeck).map((e) => e.index);
  return {
    source,
    turns: source.calendar.turns,
    eventsPerTurn: source.calendar.eventsPerTurn,
    meters,
    flagIds: source.flags.map((f) => f.id),
    events,
    endings: source.endings.map((ending, i) => ({
      id: ending.id,
      index: i,
      source: ending,
      when: ending.when === undefined ? null : compileCondition(ending.when, scope),
    })),
    doors: source.doors.map((door) => ({ id: door.id, open: compileCondition(door.open, scope) })),
    deck,
    deckByTurn: buildDeck(events, scope, source.calendar.turns),
    index,
    schedules,
  };
}

function buildIndex(source: Scenario): ScenarioIndex {
  const positions = (items: readonly { id: string }[]) => {
    const map = new Map<string, number>();
    items.forEach((item, i) => {
      if (!map.has(item.id)) map.set(item.id, i);
    });
    return map;
  };
  return {
    meter: positions(source.meters),
    flag: positions(source.flags),
    event: positions(source.events),
    ending: positions(source.endings),
  };
}

function makeScope(source: Scenario, index: ScenarioIndex, negotiationEvent: string | null): ConditionScope {
  const eventById = (id: string): Event | undefined => {
    const i = index.event.get(id);
    return i === undefined ? undefined : source.events[i];
  };
  const clauses = (eventId: string) => eventById(eventId)?.negotiation?.clauses ?? [];
  return {
    meter: (id) => index.meter.get(id) ?? -1,
    flag: (id) => index.flag.get(id) ?? -1,
    event: (id) => index.event.get(id) ?? -1,
    choice: (eventId, choiceId) => (eventById(eventId)?.choices ?? []).findIndex((c) => c.id === choiceId),
    clause: (eventId, clauseId) => clauses(eventId).findIndex((c) => c.id === clauseId),
    option: (eventId, clauseId, optionId) =>
      (clauses(eventId).find((c) => c.id === clauseId)?.options ?? []).findIndex((o) => o.id === optionId),
    negotiationEvent,
  };
}

function compileEvent(
  event: Event,
  index: number,
  source: Scenario,
  scenarioIndex: ScenarioIndex,
  schedules: Map<string, CompiledSchedule>,
): CompiledEvent {
  const scope = makeScope(source, scenarioIndex, null);
  return {
    id: event.id,
    index,
    source: event,
    when: event.when === undefined ? null : compileCondition(event.when, scope),
    weight: event.weight,
    cooldown: event.cooldown,
    maxTimes: event.once ? 1 : (event.maxTimes ?? Number.POSITIVE_INFINITY),
    priority: event.priority,
    inDeck: event.scheduledOnly !== true,
    choices: (event.choices ?? []).map((choice, i) => ({
      id: choice.id,
      index: i,
      source: choice,
      when: choice.when === undefined ? null : compileCondition(choice.when, scope),
      showLocked: choice.lockedReason !== undefined,
      outcome: compileOutcome(choice, `${event.id}/${choice.id}`, scope, schedules),
      next: choice.next === undefined ? -1 : (scenarioIndex.event.get(choice.next) ?? -1),
      endsRun: choice.endsRun === true,
    })),
    negotiation:
      event.negotiation === undefined
        ? null
        : compileNegotiation(
            event.id,
            event.negotiation,
            makeScope(source, scenarioIndex, event.id),
            schedules,
          ),
  };
}

function compileNegotiation(
  eventId: string,
  negotiation: Negotiation,
  scope: ConditionScope,
  schedules: Map<string, CompiledSchedule>,
): CompiledNegotiation {
  const clauses = negotiation.clauses.map((clause) => ({
    id: clause.id,
    options: clause.options.map((option) => ({
      id: option.id,
      appeal: option.appeal,
      outcome: compileOutcome(option, `${eventId}/${clause.id}=${option.id}`, scope, schedules),
    })),
  }));
  return {
    maxRounds: negotiation.maxRounds,
    clauses,
    responses: negotiation.responses.map((response) => ({
      when: compileCondition(response.when, scope),
      answer: response.response,
      counter: clauses.map((clause) => {
        const wanted = response.counter?.[clause.id];
        return wanted === undefined ? -1 : clause.options.findIndex((o) => o.id === wanted);
      }),
    })),
    otherwise: negotiation.otherwise.response,
    onAgreement: compileOutcome(negotiation.onAgreement, `${eventId}/@agreement`, scope, schedules),
    onNoDeal: compileOutcome(negotiation.onNoDeal, `${eventId}/@no-deal`, scope, schedules),
  };
}

function compileMeter(meter: Meter, index: ScenarioIndex): CompiledMeter {
  const eventOf = (id: string | undefined) => (id === undefined ? -1 : (index.event.get(id) ?? -1));
  return {
    id: meter.id,
    source: meter,
    min: meter.min,
    max: meter.max,
    start: meter.start,
    good: meter.good,
    lowFail: meter.low?.fail ?? Number.NEGATIVE_INFINITY,
    lowWarn: meter.low?.warn ?? meter.low?.fail ?? Number.NEGATIVE_INFINITY,
    highFail: meter.high?.fail ?? Number.POSITIVE_INFINITY,
    highWarn: meter.high?.warn ?? meter.high?.fail ?? Number.POSITIVE_INFINITY,
    lowWarningEvent: eventOf(meter.low?.warningEvent),
    highWarningEvent: eventOf(meter.high?.warningEvent),
  };
}

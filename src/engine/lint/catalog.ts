import type { Ending, Event, Meter, Scenario } from '../format/scenario';

/** A declared item and where it sits in its list. */
export interface Declared<T> {
  readonly item: T;
  readonly index: number;
}

/** The kinds of ids a scenario declares at the top level and refers to elsewhere. */
export type IdKind = 'meter' | 'flag' | 'event' | 'character' | 'objective' | 'reference';

/** The top-level list that declares each kind, for messages and paths. */
export const LIST_OF_KIND: Readonly<Record<IdKind, string>> = {
  meter: 'meters',
  flag: 'flags',
  event: 'events',
  character: 'characters',
  objective: 'objectives',
  reference: 'references',
};

/**
 * The declared ids of a scenario, looked up by id. When an id is declared twice the first declaration
 * wins, as in the engine; the duplicate itself is reported by the ids check.
 */
export class Catalog {
  readonly meters: ReadonlyMap<string, Declared<Meter>>;
  readonly events: ReadonlyMap<string, Declared<Event>>;
  readonly endings: ReadonlyMap<string, Declared<Ending>>;
  private readonly byKind: Readonly<Record<IdKind, ReadonlyMap<string, Declared<unknown>>>>;

  constructor(scenario: Scenario) {
    this.meters = declare(scenario.meters);
    this.events = declare(scenario.events);
    this.endings = declare(scenario.endings);
    this.byKind = {
      meter: this.meters,
      flag: declare(scenario.flags),
      event: this.events,
      character: declare(scenario.characters),
      objective: declare(scenario.objectives),
      reference: declare(scenario.references),
    };
  }

  has(kind: IdKind, id: string): boolean {
    return this.byKind[kind].has(id);
  }

  /** Declared ids of one kind, in declaration order. */
  ids(kind: IdKind): string[] {
    return [...this.byKind[kind].keys()];
  }
}

function declare<T extends { readonly id: string }>(list: readonly T[]): Map<string, Declared<T>> {
  const map = new Map<string, Declared<T>>();
  list.forEach((item, index) => {
    if (!map.has(item.id)) map.set(item.id, { item, index });
  });
  return map;
}

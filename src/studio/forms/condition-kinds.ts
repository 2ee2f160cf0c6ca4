import { CONDITION_KINDS } from '../../engine';
import type { JsonObject, JsonValue } from './biome-json';
import { idsOf, isObject, listAt, objectAt } from './draft-doc';
import type { FormContext } from './form-context';

/**
 * The condition kinds of the format, where each may stand, and what a condition of each kind starts as
 * when the author picks it, named from what the file declares.
 */
export type ConditionKind = (typeof CONDITION_KINDS)[number];
/** Where a condition stands decides what it may ask (see the format: `failed` for endings, …). */
export type ConditionPlace = 'deck' | 'ending' | 'response';

const ONLY_IN: Partial<Record<ConditionKind, ConditionPlace>> = {
  failed: 'ending',
  term: 'response',
  appeal: 'response',
};

export function kindOf(value: JsonValue | undefined): ConditionKind | undefined {
  if (!isObject(value)) return undefined;
  return CONDITION_KINDS.find((kind) => kind in value);
}

/** What a condition there starts from: the value it replaces, and a negotiation's clauses. */
export interface ConditionStart {
  readonly value: JsonValue | undefined;
  readonly c: FormContext;
  readonly clauses?: readonly JsonValue[];
}

/** The kinds an author may pick at `place`: those allowed there that can name something declared. */
export function kindsAt(place: ConditionPlace, start: ConditionStart): ConditionKind[] {
  return CONDITION_KINDS.filter((k) => (ONLY_IN[k] ?? place) === place && startOf(k, start) !== null);
}

export function eventNamed(c: FormContext, id: JsonValue | undefined): JsonObject {
  return objectAt(listAt(c.doc.events).find((e) => objectAt(e).id === id));
}

export function negotiationEvents(c: FormContext): string[] {
  return idsOf(listAt(c.doc.events).filter((e) => isObject(objectAt(e).negotiation)));
}

/** A kind's starting condition, or null when the file declares nothing it could name. */
export function startOf(kind: ConditionKind, props: ConditionStart): JsonValue | null {
  const { declared } = props.c;
  const current = props.value ?? null;
  const wrapped = current !== null && isObject(current) ? current : null;
  const firstEvent = declared.events[0];
  switch (kind) {
    case 'all':
    case 'any':
      return { [kind]: [wrapped ?? startOf('turn', props) ?? {}] };
    case 'not':
      return { not: wrapped ?? startOf('turn', props) ?? {} };
    case 'meter':
      return declared.meters[0] === undefined ? null : { meter: declared.meters[0], atLeast: 50 };
    case 'failed':
      return declared.meters[0] === undefined ? null : { failed: declared.meters[0] };
    case 'flag':
      return declared.flags[0] === undefined ? null : { flag: declared.flags[0] };
    case 'turn':
      return { turn: { atLeast: 1 } };
    case 'appeal':
      return { appeal: { atLeast: 1 } };
    case 'visits':
    case 'turnsSince':
      return firstEvent === undefined ? null : { [kind]: firstEvent, atLeast: 1 };
    case 'chose': {
      const event = listAt(props.c.doc.events)
        .map(objectAt)
        .find((e) => idsOf(e.choices).length > 0);
      return event === undefined
        ? null
        : { chose: { event: event.id ?? '', choice: idsOf(event.choices)[0] ?? '' } };
    }
    case 'agreed': {
      const event = eventNamed(props.c, negotiationEvents(props.c)[0]);
      const clause = objectAt(listAt(objectAt(event.negotiation).clauses)[0]);
      const option = idsOf(clause.options)[0];
      return option === undefined
        ? null
        : { agreed: { event: event.id ?? '', clause: clause.id ?? '', option } };
    }
    case 'term': {
      const clause = objectAt(listAt(props.clauses)[0]);
      const option = idsOf(clause.options)[0];
      return option === undefined ? null : { term: clause.id ?? '', is: option };
    }
  }
}

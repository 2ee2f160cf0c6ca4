import { CONDITION_KINDS } from '../../engine';
import type { JsonObject, JsonValue } from './biome-json';
import { EnumSelect, IdSelect } from './choice-fields';
import { fieldId, idsOf, isObject, listAt, objectAt, type Path } from './draft-doc';
import type { FormContext } from './form-context';
import { NumberField } from './text-fields';

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

/**
 * A condition built from the kinds the format allows, with the file's declared ids to pick from.
 * Changing the kind writes that kind's starting condition; "all", "any" and "not" wrap the condition
 * that was there, so building up a combination never loses the part already made.
 */
export function ConditionForm(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  c: FormContext;
  place: ConditionPlace;
  optional?: boolean;
  /** Clause ids of the negotiation a response belongs to. */
  clauses?: readonly JsonValue[];
}) {
  const { path, c, place } = props;
  const { f } = c;
  const kind = kindOf(props.value);
  const kinds = CONDITION_KINDS.filter((k) => (ONLY_IN[k] ?? place) === place && startOf(k, props) !== null);
  const id = fieldId(path);
  return (
    <fieldset class="form-condition" id={id}>
      <legend>{props.label}</legend>
      <div class="form-field">
        <label for={`${id}:kind`}>{f.conditionKind}</label>
        <select
          id={`${id}:kind`}
          value={kind ?? ''}
          onChange={(e) => {
            const next = e.currentTarget.value as ConditionKind | '';
            c.w.set(path, next === '' ? undefined : (startOf(next, props) ?? undefined));
          }}
        >
          {(props.optional || kind === undefined) && <option value="">{f.noCondition}</option>}
          {kinds.map((k) => (
            <option key={k} value={k}>
              {f.conditionKinds[k]}
            </option>
          ))}
        </select>
      </div>
      {kind !== undefined && <ConditionFields {...props} kind={kind} value={objectAt(props.value)} />}
    </fieldset>
  );
}

function ConditionFields(
  props: Parameters<typeof ConditionForm>[0] & { kind: ConditionKind; value: JsonObject },
) {
  const { path, c, kind, value } = props;
  const { f, declared, w } = c;
  const bounds = (at: Path) => {
    const held = objectAt(valueAt(value, at.slice(path.length)));
    return (
      <div class="form-row">
        <NumberField path={[...at, 'atLeast']} label={f.atLeast} value={held.atLeast} w={w} optional />
        <NumberField path={[...at, 'atMost']} label={f.atMost} value={held.atMost} w={w} optional />
      </div>
    );
  };
  switch (kind) {
    case 'all':
    case 'any': {
      const items = listAt(value[kind]);
      return (
        <div class="form-condition-list">
          {items.map((item, i) => (
            <div class="form-condition-item" key={i}>
              <ConditionForm
                {...props}
                path={[...path, kind, i]}
                label={f.conditionPart(i + 1)}
                value={item}
                optional={false}
              />
              <button
                type="button"
                class="form-remove"
                onClick={() => (items.length > 1 ? w.remove([...path, kind, i]) : undefined)}
                disabled={items.length < 2}
              >
                {f.removeThis(f.conditionPart(i + 1))}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              w.insert([...path, kind], items.length, startOf('meter', props) ?? { turn: { atLeast: 1 } })
            }
          >
            {f.addConditionPart}
          </button>
        </div>
      );
    }
    case 'not':
      return (
        <ConditionForm
          {...props}
          path={[...path, 'not']}
          label={f.conditionKinds.not}
          value={value.not}
          optional={false}
        />
      );
    case 'meter':
    case 'failed':
      return (
        <>
          <IdSelect
            path={[...path, kind]}
            label={f.meter}
            value={value[kind]}
            ids={declared.meters}
            w={w}
            f={f}
          />
          {kind === 'meter' ? (
            bounds(path)
          ) : (
            <EnumSelect
              path={[...path, 'side']}
              label={f.side}
              value={value.side}
              options={['low', 'high'] as const}
              names={f.sides}
              w={w}
              f={f}
              optional
            />
          )}
        </>
      );
    case 'flag':
      return (
        <IdSelect
          path={[...path, 'flag']}
          label={f.flag}
          value={value.flag}
          ids={declared.flags}
          w={w}
          f={f}
        />
      );
    case 'turn':
    case 'appeal':
      return bounds([...path, kind]);
    case 'visits':
    case 'turnsSince':
      return (
        <>
          <IdSelect
            path={[...path, kind]}
            label={f.event}
            value={value[kind]}
            ids={declared.events}
            w={w}
            f={f}
          />
          {bounds(path)}
        </>
      );
    case 'chose': {
      const chose = objectAt(value.chose);
      return (
        <>
          <IdSelect
            path={[...path, 'chose', 'event']}
            label={f.event}
            value={chose.event}
            ids={declared.events}
            w={w}
            f={f}
          />
          <IdSelect
            path={[...path, 'chose', 'choice']}
            label={f.choice}
            value={chose.choice}
            ids={idsOf(eventNamed(c, chose.event).choices)}
            w={w}
            f={f}
          />
        </>
      );
    }
    case 'agreed': {
      const agreed = objectAt(value.agreed);
      const clauses = listAt(objectAt(eventNamed(c, agreed.event).negotiation).clauses);
      return (
        <>
          <IdSelect
            path={[...path, 'agreed', 'event']}
            label={f.event}
            value={agreed.event}
            ids={negotiationEvents(c)}
            w={w}
            f={f}
          />
          <IdSelect
            path={[...path, 'agreed', 'clause']}
            label={f.clause}
            value={agreed.clause}
            ids={idsOf(clauses)}
            w={w}
            f={f}
          />
          <IdSelect
            path={[...path, 'agreed', 'option']}
            label={f.option}
            value={agreed.option}
            ids={idsOf(objectAt(clauses.find((cl) => objectAt(cl).id === agreed.clause)).options)}
            w={w}
            f={f}
          />
        </>
      );
    }
    case 'term': {
      const clauses = listAt(props.clauses);
      return (
        <>
          <IdSelect
            path={[...path, 'term']}
            label={f.clause}
            value={value.term}
            ids={idsOf(clauses)}
            w={w}
            f={f}
          />
          <IdSelect
            path={[...path, 'is']}
            label={f.option}
            value={value.is}
            ids={idsOf(objectAt(clauses.find((cl) => objectAt(cl).id === value.term)).options)}
            w={w}
            f={f}
          />
        </>
      );
    }
  }
}

function valueAt(value: JsonObject, rest: Path): JsonValue | undefined {
  let at: JsonValue | undefined = value;
  for (const key of rest) at = isObject(at) ? at[String(key)] : undefined;
  return at;
}

function eventNamed(c: FormContext, id: JsonValue | undefined): JsonObject {
  return objectAt(listAt(c.doc.events).find((e) => objectAt(e).id === id));
}

function negotiationEvents(c: FormContext): string[] {
  return idsOf(listAt(c.doc.events).filter((e) => isObject(objectAt(e).negotiation)));
}

/** A kind's starting condition, or null when the file declares nothing it could name. */
function startOf(
  kind: ConditionKind,
  props: { value: JsonValue | undefined; c: FormContext; clauses?: readonly JsonValue[] },
): JsonValue | null {
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

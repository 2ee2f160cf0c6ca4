import type { JsonObject, JsonValue } from './biome-json';
import {
  type ConditionKind,
  type ConditionPlace,
  eventNamed,
  kindOf,
  kindsAt,
  negotiationEvents,
  startOf,
} from './condition-kinds';
import { fieldId, idsOf, isObject, listAt, objectAt, type Path } from './draft-doc';
import type { FormContext } from './form-context';
import { EnumSelect, IdSelect } from './pick-fields';
import { NumberField } from './text-fields';

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
  // The kind the file has stays offered even where the format does not allow it (the checker says so).
  const kinds = kindsAt(place, props);
  if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
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
            names={c.names.meters}
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
            names={c.names.events}
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
            names={c.names.events}
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

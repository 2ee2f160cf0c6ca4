import type { JsonValue } from './biome-json';
import { fieldId, listAt, objectAt, type Path } from './draft-doc';
import type { FormContext } from './form-context';
import { itemName } from './form-navigator';
import { NumberField } from './text-fields';

/**
 * Effects on the meters: a number input for each declared meter (empty = no change). An effect on a
 * meter the file does not declare stays listed, marked, so the author sees it and can clear it.
 */
export function EffectsField(props: { path: Path; value: JsonValue | undefined; c: FormContext }) {
  const { path, c } = props;
  const effects = objectAt(props.value);
  const undeclared = Object.keys(effects).filter((id) => !c.declared.meters.includes(id));
  const w = {
    ...c.w,
    // The last effect removed takes the empty "effects" object with it.
    set: (at: readonly (string | number)[], next: JsonValue | undefined) => {
      const others = Object.keys(effects).filter((id) => id !== at.at(-1));
      if (next === undefined && others.length === 0) c.w.set(path, undefined);
      else c.w.set(at, next);
    },
  };
  return (
    <fieldset class="form-effects" id={fieldId(path)}>
      <legend>{c.f.effects}</legend>
      <div class="form-row">
        {[...c.declared.meters, ...undeclared].map((meter) => (
          <NumberField
            key={meter}
            path={[...path, meter]}
            label={undeclared.includes(meter) ? c.f.undeclared(meter) : meterName(c, meter)}
            value={effects[meter]}
            w={w}
            optional
            integer
            min={-1000}
            max={1000}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** A meter's name in the author's language with its id, the id being what conditions and effects use. */
function meterName(c: FormContext, id: string): string {
  const meter = listAt(c.doc.meters).find((m) => objectAt(m).id === id);
  const name = itemName('meters', objectAt(meter), c.locale);
  return name === id ? id : `${name} (${id})`;
}

import type { JsonValue } from './biome-json';
import { fieldId, objectAt, type Path } from './draft-doc';
import type { FormContext } from './form-context';
import { named } from './pick-fields';
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
            label={undeclared.includes(meter) ? c.f.undeclared(meter) : named(meter, c.names.meters)}
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

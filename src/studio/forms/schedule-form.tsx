import type { JsonValue } from './biome-json';
import { ConditionForm } from './condition-form';
import { fieldId, listAt, numberAt, objectAt, type Path, stringAt } from './draft-doc';
import { EffectsField } from './effects-field';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { laterEffects, laterEvent } from './new-items';
import { IdChecklist, IdSelect, named } from './pick-fields';
import { LocalTextField, NumberField } from './text-fields';

/**
 * Delayed consequences, the two kinds the format has: "then after N turns, event X" and "after N turns,
 * these meter changes, with a note". Each may be averted by a condition checked when it is due.
 */
export function ScheduleForm(props: { path: Path; value: JsonValue | undefined; c: FormContext }) {
  const { path, c } = props;
  const { f, w, declared } = c;
  const items = listAt(props.value);
  const add = (value: JsonValue) =>
    items.length === 0 ? w.set(path, [value]) : w.insert(path, items.length, value);
  return (
    <fieldset class="form-schedule" id={fieldId(path)}>
      <legend>{f.schedule}</legend>
      {items.map((raw, i) => {
        const item = objectAt(raw);
        const at = [...path, i];
        const event = stringAt(item.event);
        const heading =
          event !== undefined
            ? f.laterEventTitle(numberAt(item.in) ?? 0, named(event, c.names.events))
            : f.laterEffectsTitle(numberAt(item.in) ?? 0);
        return (
          <section class="form-item" key={i} aria-label={heading}>
            <h4>{heading}</h4>
            <NumberField
              path={[...at, 'in']}
              label={f.afterTurns}
              value={item.in}
              w={w}
              integer
              min={1}
              max={200}
            />
            {'event' in item ? (
              <IdSelect
                path={[...at, 'event']}
                label={f.event}
                value={item.event}
                ids={declared.events}
                names={c.names.events}
                w={w}
                f={f}
              />
            ) : (
              <>
                <EffectsField
                  path={[...at, 'effects']}
                  value={item.effects}
                  c={{ ...c, w: keepEffects(c, at) }}
                />
                <div class="form-row">
                  <IdChecklist
                    path={[...at, 'set']}
                    label={f.flagsSet}
                    value={item.set}
                    ids={declared.flags}
                    w={w}
                    f={f}
                  />
                  <IdChecklist
                    path={[...at, 'clear']}
                    label={f.flagsCleared}
                    value={item.clear}
                    ids={declared.flags}
                    w={w}
                    f={f}
                  />
                </div>
                <LocalTextField path={[...at, 'note']} label={f.note} value={item.note} w={w} f={f} />
              </>
            )}
            <ConditionForm
              path={[...at, 'when']}
              label={f.averted}
              value={item.when}
              c={c}
              place="deck"
              optional
            />
            <ItemActions path={path} index={i} count={items.length} value={raw} name={heading} c={c} />
          </section>
        );
      })}
      <div class="form-adds">
        {declared.events.length > 0 && (
          <button type="button" onClick={() => add(laterEvent(declared.events))}>
            {f.addLaterEvent}
          </button>
        )}
        <button type="button" onClick={() => add(laterEffects())}>
          {f.addLaterEffects}
        </button>
      </div>
    </fieldset>
  );
}

/** Delayed meter changes must keep their "effects" (the format requires it), even when all are cleared. */
function keepEffects(c: FormContext, at: Path): FormContext['w'] {
  return {
    ...c.w,
    set: (path, value) => c.w.set(path, value === undefined && path.length === at.length + 1 ? {} : value),
  };
}

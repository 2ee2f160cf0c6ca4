import type { JsonObject } from './biome-json';
import { ConditionForm } from './condition-form';
import { ConsequenceFields } from './consequence-fields';
import { fieldId, idsOf, listAt, objectAt, type Path, stringAt } from './draft-doc';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { newChoice } from './new-items';
import { IdSelect } from './pick-fields';
import { FlagCheckbox, LocalTextField, StringField } from './text-fields';

/** An event's choices: add, remove, reorder, and each one's text, conditions and consequences. */
export function ChoicesForm(props: { path: Path; event: JsonObject; c: FormContext }) {
  const { path, event, c } = props;
  const { f, w } = c;
  const choices = listAt(event.choices);
  const add = () => {
    const value = newChoice(idsOf(choices));
    if (choices.length === 0) w.set(path, [value]);
    else w.insert(path, choices.length, value);
  };
  return (
    <section class="form-choices" id={fieldId(path)} aria-labelledby={`${fieldId(path)}:heading`}>
      <h3 id={`${fieldId(path)}:heading`}>{f.choices}</h3>
      {choices.map((raw, i) => {
        const choice = objectAt(raw);
        const name = f.choiceNamed(i + 1, stringAt(choice.id) ?? '');
        return (
          <ChoiceForm
            key={i}
            path={[...path, i]}
            choice={choice}
            name={name}
            index={i}
            count={choices.length}
            c={c}
            raw={raw}
          />
        );
      })}
      <button type="button" onClick={add} disabled={choices.length >= 9}>
        {f.addChoice}
      </button>
    </section>
  );
}

function ChoiceForm(props: {
  path: Path;
  choice: JsonObject;
  raw: JsonObject[string];
  name: string;
  index: number;
  count: number;
  c: FormContext;
}) {
  const { path, choice, c } = props;
  const { f, w, declared } = c;
  return (
    <section class="form-item form-choice" aria-labelledby={`${fieldId(path)}:heading`}>
      <h4 id={`${fieldId(path)}:heading`}>{props.name}</h4>
      <StringField path={[...path, 'id']} label={f.id} value={choice.id} w={w} />
      <LocalTextField path={[...path, 'text']} label={f.choiceText} value={choice.text} w={w} f={f} short />
      <ConditionForm
        path={[...path, 'when']}
        label={f.offeredWhen}
        value={choice.when}
        c={c}
        place="deck"
        optional
      />
      {choice.when !== undefined && (
        <LocalTextField
          path={[...path, 'lockedReason']}
          label={f.lockedReason}
          value={choice.lockedReason}
          w={w}
          f={f}
          optional
          short
        />
      )}
      <ConsequenceFields path={path} value={choice} c={c} />
      <LocalTextField
        path={[...path, 'expert']}
        label={f.expert}
        value={choice.expert}
        w={w}
        f={f}
        optional
      />
      <div class="form-row">
        <IdSelect
          path={[...path, 'next']}
          label={f.next}
          value={choice.next}
          ids={declared.events}
          names={c.names.events}
          w={w}
          f={f}
          optional
        />
        <FlagCheckbox path={[...path, 'endsRun']} label={f.endsRun} value={choice.endsRun} w={w} />
      </div>
      <ItemActions
        path={path.slice(0, -1)}
        index={props.index}
        count={props.count}
        value={props.raw}
        name={props.name}
        c={c}
        min={1}
      />
    </section>
  );
}

import type { JsonObject } from './biome-json';
import { ConditionForm } from './condition-form';
import { ConsequenceFields } from './consequence-fields';
import { fieldId, idsOf, listAt, objectAt, type Path, stringAt } from './draft-doc';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { EnumSelect, IdSelect } from './pick-fields';
import { LocalTextField, NumberField, StringField } from './text-fields';

/**
 * A negotiation as the format has it: the partner, the rounds, the clauses and their options (each with
 * its appeal to the partner and its consequences), the partner's responses checked in order, what it
 * says otherwise, and what an agreement or no deal does.
 */
export function NegotiationForm(props: { path: Path; value: JsonObject; c: FormContext }) {
  const { path, value, c } = props;
  const { f, w, declared } = c;
  const clauses = listAt(value.clauses);
  const responses = listAt(value.responses);
  const otherwise = objectAt(value.otherwise);
  return (
    <section class="form-negotiation" id={fieldId(path)} aria-labelledby={`${fieldId(path)}:heading`}>
      <h3 id={`${fieldId(path)}:heading`}>{f.negotiation}</h3>
      <div class="form-row">
        <IdSelect
          path={[...path, 'partner']}
          label={f.partner}
          value={value.partner}
          ids={declared.characters}
          names={c.names.characters}
          w={w}
          f={f}
          optional
        />
        <NumberField
          path={[...path, 'maxRounds']}
          label={f.maxRounds}
          value={value.maxRounds}
          w={w}
          optional
          integer
          min={1}
          max={5}
        />
      </div>
      {clauses.map((raw, i) => {
        const clause = objectAt(raw);
        const at = [...path, 'clauses', i];
        const name = f.clauseNamed(i + 1, stringAt(clause.id) ?? '');
        const options = listAt(clause.options);
        return (
          <section class="form-item" key={i} aria-label={name}>
            <h4>{name}</h4>
            <StringField path={[...at, 'id']} label={f.id} value={clause.id} w={w} />
            <LocalTextField
              path={[...at, 'label']}
              label={f.clauseLabel}
              value={clause.label}
              w={w}
              f={f}
              short
            />
            {options.map((rawOption, j) => {
              const option = objectAt(rawOption);
              const where = [...at, 'options', j];
              const optionName = f.optionNamed(j + 1, stringAt(option.id) ?? '');
              return (
                <section class="form-item" key={j} aria-label={optionName}>
                  <h5>{optionName}</h5>
                  <StringField path={[...where, 'id']} label={f.id} value={option.id} w={w} />
                  <LocalTextField
                    path={[...where, 'text']}
                    label={f.choiceText}
                    value={option.text}
                    w={w}
                    f={f}
                    short
                  />
                  <NumberField
                    path={[...where, 'appeal']}
                    label={f.appeal}
                    value={option.appeal}
                    w={w}
                    integer
                    min={-10}
                    max={10}
                  />
                  <ConsequenceFields path={where} value={option} c={c} />
                  <LocalTextField
                    path={[...where, 'expert']}
                    label={f.expert}
                    value={option.expert}
                    w={w}
                    f={f}
                    optional
                  />
                  <ItemActions
                    path={[...at, 'options']}
                    index={j}
                    count={options.length}
                    value={rawOption}
                    name={optionName}
                    c={c}
                    min={2}
                  />
                </section>
              );
            })}
            <ItemActions
              path={[...path, 'clauses']}
              index={i}
              count={clauses.length}
              value={raw}
              name={name}
              c={c}
              min={1}
            />
          </section>
        );
      })}
      <h4>{f.responses}</h4>
      {responses.map((raw, i) => {
        const response = objectAt(raw);
        const at = [...path, 'responses', i];
        const name = f.responseNamed(i + 1);
        return (
          <section class="form-item" key={i} aria-label={name}>
            <h5>{name}</h5>
            <ConditionForm
              path={[...at, 'when']}
              label={f.respondsWhen}
              value={response.when}
              c={c}
              place="response"
              clauses={clauses}
            />
            <EnumSelect
              path={[...at, 'response']}
              label={f.response}
              value={response.response}
              options={['accept', 'counter', 'reject'] as const}
              names={f.responseKinds}
              w={w}
              f={f}
            />
            {response.response === 'counter' &&
              clauses.map((cl) => {
                const clause = objectAt(cl);
                const id = stringAt(clause.id) ?? '';
                return (
                  <IdSelect
                    key={id}
                    path={[...at, 'counter', id]}
                    label={f.counterFor(id)}
                    value={objectAt(response.counter)[id]}
                    ids={idsOf(clause.options)}
                    w={w}
                    f={f}
                    optional
                  />
                );
              })}
            <LocalTextField path={[...at, 'text']} label={f.responseText} value={response.text} w={w} f={f} />
            <ItemActions
              path={[...path, 'responses']}
              index={i}
              count={responses.length}
              value={raw}
              name={name}
              c={c}
            />
          </section>
        );
      })}
      <fieldset class="form-group" id={fieldId([...path, 'otherwise'])}>
        <legend>{f.otherwise}</legend>
        <EnumSelect
          path={[...path, 'otherwise', 'response']}
          label={f.response}
          value={otherwise.response}
          options={['accept', 'reject'] as const}
          names={f.responseKinds}
          w={w}
          f={f}
        />
        <LocalTextField
          path={[...path, 'otherwise', 'text']}
          label={f.responseText}
          value={otherwise.text}
          w={w}
          f={f}
        />
      </fieldset>
      {(['onAgreement', 'onNoDeal'] as const).map((key) => (
        <fieldset class="form-group" id={fieldId([...path, key])} key={key}>
          <legend>{f[key]}</legend>
          <ConsequenceFields path={[...path, key]} value={objectAt(value[key])} c={c} />
        </fieldset>
      ))}
    </section>
  );
}

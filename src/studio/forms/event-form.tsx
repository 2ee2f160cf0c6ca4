import type { JsonObject } from './biome-json';
import { ChoicesForm } from './choice-form';
import { ConditionForm } from './condition-form';
import { fieldId, objectAt, type Path } from './draft-doc';
import type { FormContext } from './form-context';
import { NegotiationForm } from './negotiation-form';
import { EnumSelect, IdSelect } from './pick-fields';
import { FlagCheckbox, LocalTextField, NumberField, StringField } from './text-fields';

const RISK_SOURCES = [
  'partner-abroad',
  'allied-partner',
  'domestic-firm',
  'consultant',
  'insider',
  'intruder',
  'own-institute',
] as const;

/** One event card: its texts, its lesson, when it can be drawn, and its choices or negotiation. */
export function EventForm(props: { path: Path; event: JsonObject; c: FormContext }) {
  const { path, event, c } = props;
  const { f, w, declared } = c;
  const lesson = objectAt(event.lesson);
  const risk = objectAt(event.risk);
  return (
    <>
      <StringField path={[...path, 'id']} label={f.id} value={event.id} w={w} hint={f.idHint} />
      <LocalTextField path={[...path, 'title']} label={f.title} value={event.title} w={w} f={f} short />
      <IdSelect
        path={[...path, 'speaker']}
        label={f.speaker}
        value={event.speaker}
        ids={declared.characters}
        names={c.names.characters}
        w={w}
        f={f}
        optional
      />
      <LocalTextField path={[...path, 'text']} label={f.text} value={event.text} w={w} f={f} />
      <LocalTextField path={[...path, 'prompt']} label={f.prompt} value={event.prompt} w={w} f={f} optional />
      <fieldset class="form-group" id={fieldId([...path, 'lesson'])}>
        <legend>{f.lesson}</legend>
        {event.lesson === undefined ? (
          <button
            type="button"
            onClick={() =>
              w.set([...path, 'lesson'], {
                note: { ko: '배울 점을 적으세요.', en: 'Write what this teaches.' },
              })
            }
          >
            {f.addLesson}
          </button>
        ) : (
          <>
            <IdSelect
              path={[...path, 'lesson', 'objective']}
              label={f.objective}
              value={lesson.objective}
              ids={declared.objectives}
              names={c.names.objectives}
              w={w}
              f={f}
              optional
            />
            <LocalTextField
              path={[...path, 'lesson', 'note']}
              label={f.lessonNote}
              value={lesson.note}
              w={w}
              f={f}
            />
            <button type="button" class="danger" onClick={() => w.set([...path, 'lesson'], undefined)}>
              {f.removeLesson}
            </button>
          </>
        )}
      </fieldset>
      <fieldset class="form-group" id={fieldId([...path, 'drawn'])}>
        <legend>{f.drawing}</legend>
        <ConditionForm
          path={[...path, 'when']}
          label={f.drawnWhen}
          value={event.when}
          c={c}
          place="deck"
          optional
        />
        <div class="form-row">
          <NumberField
            path={[...path, 'weight']}
            label={f.weight}
            value={event.weight}
            w={w}
            optional
            min={0}
            max={1000}
          />
          <NumberField
            path={[...path, 'priority']}
            label={f.priority}
            value={event.priority}
            w={w}
            optional
            integer
            min={-100}
            max={100}
          />
          <NumberField
            path={[...path, 'cooldown']}
            label={f.cooldown}
            value={event.cooldown}
            w={w}
            optional
            integer
            min={0}
            max={200}
          />
          <NumberField
            path={[...path, 'maxTimes']}
            label={f.maxTimes}
            value={event.maxTimes}
            w={w}
            optional
            integer
            min={1}
            max={200}
          />
        </div>
        <div class="form-row">
          <FlagCheckbox path={[...path, 'once']} label={f.once} value={event.once} w={w} />
          <FlagCheckbox
            path={[...path, 'scheduledOnly']}
            label={f.scheduledOnly}
            value={event.scheduledOnly}
            w={w}
          />
        </div>
      </fieldset>
      <fieldset class="form-group" id={fieldId([...path, 'risk'])}>
        <legend>{f.risk}</legend>
        <div class="form-row">
          <EnumSelect
            path={[...path, 'risk', 'source']}
            label={f.riskSource}
            value={risk.source}
            options={RISK_SOURCES}
            names={f.riskSources}
            w={{ ...w, set: (p, v) => w.set(v === undefined ? [...path, 'risk'] : p, v) }}
            f={f}
            optional
          />
          {event.risk !== undefined && (
            <StringField
              path={[...path, 'risk', 'country']}
              label={f.riskCountry}
              value={risk.country}
              w={w}
              optional
              hint={f.riskCountryHint}
            />
          )}
        </div>
      </fieldset>
      {event.negotiation !== undefined ? (
        <NegotiationForm path={[...path, 'negotiation']} value={objectAt(event.negotiation)} c={c} />
      ) : (
        <ChoicesForm path={[...path, 'choices']} event={event} c={c} />
      )}
    </>
  );
}

import type { JsonObject } from './biome-json';
import { DebriefForm } from './debrief-form';
import { DoorsForm } from './doors-form';
import { fieldId, listAt, objectAt, type Path } from './draft-doc';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { LocalTextField, NumberField, StringField } from './text-fields';

/** The scenario as a whole: its id and version, its texts, its length, its calendar, doors and debrief. */
export function ScenarioForm(props: { doc: JsonObject; c: FormContext }) {
  const { doc, c } = props;
  const { f, w } = c;
  const calendar = objectAt(doc.calendar);
  const labels = listAt(calendar.labels);
  const labelsPath: Path = ['calendar', 'labels'];
  return (
    <>
      <div class="form-row">
        <StringField path={['id']} label={f.id} value={doc.id} w={w} hint={f.idHint} />
        <StringField path={['version']} label={f.version} value={doc.version} w={w} />
        <NumberField
          path={['minutes']}
          label={f.minutes}
          value={doc.minutes}
          w={w}
          integer
          min={1}
          max={240}
        />
      </div>
      <LocalTextField path={['title']} label={f.title} value={doc.title} w={w} f={f} short />
      <LocalTextField path={['summary']} label={f.summary} value={doc.summary} w={w} f={f} />
      <LocalTextField path={['disclaimer']} label={f.disclaimer} value={doc.disclaimer} w={w} f={f} />
      <fieldset class="form-group" id={fieldId(['calendar'])}>
        <legend>{f.calendar}</legend>
        <div class="form-row">
          <NumberField
            path={['calendar', 'turns']}
            label={f.turns}
            value={calendar.turns}
            w={w}
            integer
            min={1}
            max={200}
          />
          <NumberField
            path={['calendar', 'eventsPerTurn']}
            label={f.eventsPerTurn}
            value={calendar.eventsPerTurn}
            w={w}
            optional
            integer
            min={1}
            max={6}
          />
          <StringField
            path={['calendar', 'start']}
            label={f.calendarStart}
            value={calendar.start}
            w={w}
            optional
            hint={f.calendarStartHint}
          />
          <NumberField
            path={['calendar', 'monthsPerTurn']}
            label={f.monthsPerTurn}
            value={calendar.monthsPerTurn}
            w={w}
            optional
            integer
            min={1}
            max={24}
          />
        </div>
        {labels.map((label, i) => (
          <div class="form-item" key={i}>
            <LocalTextField
              path={[...labelsPath, i]}
              label={f.turnLabel(i + 1)}
              value={label}
              w={w}
              f={f}
              short
            />
            <ItemActions
              path={labelsPath}
              index={i}
              count={labels.length}
              value={label}
              name={f.turnLabel(i + 1)}
              c={c}
              min={1}
            />
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            w.insert(labelsPath, labels.length, {
              ko: `${labels.length + 1}주차`,
              en: `Week ${labels.length + 1}`,
            })
          }
        >
          {f.addTurnLabel}
        </button>
      </fieldset>
      <DoorsForm c={c} />
      <DebriefForm c={c} />
    </>
  );
}

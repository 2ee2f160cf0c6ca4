import type { JsonObject } from './biome-json';
import { fieldId, objectAt, type Path, stringAt } from './draft-doc';
import type { FormContext } from './form-context';
import { listedSources } from './listed-sources';
import { EnumSelect, IdSelect } from './pick-fields';
import { LocalTextField, NumberField, StringField } from './text-fields';

/**
 * The declarations other parts of the file refer to by id: meters, flags, characters, objectives and
 * references. Renaming an id here does not rename its uses: the checker then names each use, with the
 * new id as its "did you mean".
 */
export function MeterForm(props: { path: Path; item: JsonObject; c: FormContext }) {
  const { path, item, c } = props;
  const { f, w } = c;
  return (
    <>
      <StringField path={[...path, 'id']} label={f.id} value={item.id} w={w} hint={f.idHint} />
      <LocalTextField path={[...path, 'label']} label={f.meterLabel} value={item.label} w={w} f={f} short />
      <LocalTextField
        path={[...path, 'description']}
        label={f.description}
        value={item.description}
        w={w}
        f={f}
        optional
      />
      <div class="form-row">
        <EnumSelect
          path={[...path, 'good']}
          label={f.good}
          value={item.good}
          options={['high', 'low'] as const}
          names={f.goodEnds}
          w={w}
          f={f}
          optional
        />
        <NumberField path={[...path, 'min']} label={f.min} value={item.min} w={w} optional integer />
        <NumberField path={[...path, 'max']} label={f.max} value={item.max} w={w} optional integer />
        <NumberField path={[...path, 'start']} label={f.start} value={item.start} w={w} integer />
      </div>
      {(['low', 'high'] as const).map((side) => {
        const line = objectAt(item[side]);
        const at = [...path, side];
        return (
          <fieldset class="form-group" id={fieldId(at)} key={side}>
            <legend>{f.thresholds[side]}</legend>
            <div class="form-row">
              <NumberField path={[...at, 'warn']} label={f.warnAt} value={line.warn} w={w} optional integer />
              <NumberField path={[...at, 'fail']} label={f.failAt} value={line.fail} w={w} optional integer />
              <IdSelect
                path={[...at, 'warningEvent']}
                label={f.warningEvent}
                value={line.warningEvent}
                ids={c.declared.events}
                names={c.names.events}
                w={w}
                f={f}
                optional
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

export function FlagForm(props: { path: Path; item: JsonObject; c: FormContext }) {
  const { f, w } = props.c;
  return (
    <>
      <StringField path={[...props.path, 'id']} label={f.id} value={props.item.id} w={w} hint={f.idHint} />
      <StringField path={[...props.path, 'note']} label={f.flagNote} value={props.item.note} w={w} optional />
    </>
  );
}

export function CharacterForm(props: { path: Path; item: JsonObject; c: FormContext }) {
  const { f, w } = props.c;
  return (
    <>
      <StringField path={[...props.path, 'id']} label={f.id} value={props.item.id} w={w} hint={f.idHint} />
      <LocalTextField
        path={[...props.path, 'name']}
        label={f.characterName}
        value={props.item.name}
        w={w}
        f={f}
        short
      />
      <LocalTextField
        path={[...props.path, 'role']}
        label={f.characterRole}
        value={props.item.role}
        w={w}
        f={f}
        short
      />
    </>
  );
}

export function ObjectiveForm(props: { path: Path; item: JsonObject; c: FormContext }) {
  const { f, w } = props.c;
  return (
    <>
      <StringField path={[...props.path, 'id']} label={f.id} value={props.item.id} w={w} hint={f.idHint} />
      <LocalTextField
        path={[...props.path, 'title']}
        label={f.title}
        value={props.item.title}
        w={w}
        f={f}
        short
      />
      <LocalTextField
        path={[...props.path, 'summary']}
        label={f.summary}
        value={props.item.summary}
        w={w}
        f={f}
      />
    </>
  );
}

/** Offered for every reference's address: the addresses the project's sources file lists. */
const SOURCES = listedSources();

export function ReferenceForm(props: { path: Path; item: JsonObject; c: FormContext }) {
  const { f, w } = props.c;
  const url = stringAt(props.item.url);
  const unlisted = url !== undefined && !SOURCES.some((source) => source.url === url);
  return (
    <>
      <StringField path={[...props.path, 'id']} label={f.id} value={props.item.id} w={w} hint={f.idHint} />
      <LocalTextField
        path={[...props.path, 'title']}
        label={f.title}
        value={props.item.title}
        w={w}
        f={f}
        short
      />
      <StringField
        path={[...props.path, 'url']}
        label={f.url}
        value={props.item.url}
        w={w}
        optional
        hint={unlisted ? `${f.urlUnlisted} ${f.urlHint}` : f.urlHint}
        suggestions="studio-listed-sources"
        invalid={unlisted}
      />
      <datalist id="studio-listed-sources">
        {SOURCES.map((source) => (
          <option key={source.url} value={source.url}>
            {source.title}
          </option>
        ))}
      </datalist>
    </>
  );
}

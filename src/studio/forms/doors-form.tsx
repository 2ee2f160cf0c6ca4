import { ConditionForm } from './condition-form';
import { fieldId, freshId, idsOf, listAt, objectAt, stringAt } from './draft-doc';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { EnumSelect } from './pick-fields';
import { LocalTextField, StringField } from './text-fields';

const KINDS = ['lab', 'fab', 'datacentre', 'talent', 'legal', 'office'] as const;
const PATH = ['doors'] as const;

/** The institute's doors: each drawn open while its condition holds. */
export function DoorsForm(props: { c: FormContext }) {
  const { c } = props;
  const { f, w } = c;
  const doors = listAt(c.doc.doors);
  const add = () => {
    const door = {
      id: freshId('door', idsOf(doors)),
      kind: 'lab',
      label: { ko: '문 이름', en: 'Door name' },
      open: { turn: { atLeast: 1 } },
    };
    if (doors.length === 0) w.set(PATH, [door]);
    else w.insert(PATH, doors.length, door);
  };
  return (
    <fieldset class="form-group" id={fieldId(PATH)}>
      <legend>{f.doors}</legend>
      {doors.map((raw, i) => {
        const door = objectAt(raw);
        const at = [...PATH, i];
        const name = f.doorNamed(i + 1, stringAt(door.id) ?? '');
        return (
          <section class="form-item" key={i} aria-label={name}>
            <h3>{name}</h3>
            <div class="form-row">
              <StringField path={[...at, 'id']} label={f.id} value={door.id} w={w} />
              <EnumSelect
                path={[...at, 'kind']}
                label={f.doorKind}
                value={door.kind}
                options={KINDS}
                names={f.doorKinds}
                w={w}
                f={f}
              />
            </div>
            <LocalTextField
              path={[...at, 'label']}
              label={f.doorLabel}
              value={door.label}
              w={w}
              f={f}
              short
            />
            <ConditionForm path={[...at, 'open']} label={f.doorOpen} value={door.open} c={c} place="deck" />
            <ItemActions path={PATH} index={i} count={doors.length} value={raw} name={name} c={c} />
          </section>
        );
      })}
      <button type="button" onClick={add} disabled={doors.length >= 8}>
        {f.addDoor}
      </button>
    </fieldset>
  );
}

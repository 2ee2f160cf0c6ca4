import { CharacterForm, FlagForm, MeterForm, ObjectiveForm, ReferenceForm } from './declaration-forms';
import { listAt, objectAt, stringAt } from './draft-doc';
import { EndingForm } from './ending-form';
import { EventForm } from './event-form';
import type { FormContext } from './form-context';
import { ItemActions } from './item-actions';
import { ScenarioForm } from './scenario-form';
import type { ListSection, Selection } from './selection';

/** The lists the format requires to have items: their last item cannot be removed. */
const MIN_ITEMS: Partial<Record<ListSection, number>> = { meters: 3, events: 1, endings: 1 };

/** The fields of the selected item, with moving and removing it at the end. */
export function ItemPanel(props: {
  selection: Selection;
  c: FormContext;
  onSelect(selection: Selection): void;
}) {
  const { selection, c } = props;
  if (selection.section === 'scenario') return <ScenarioForm doc={c.doc} c={c} />;
  const { section, index } = selection;
  const items = listAt(c.doc[section]);
  const raw = items[index] ?? {};
  const item = objectAt(raw);
  const path = [section, index] as const;
  const form = (() => {
    switch (section) {
      case 'events':
        return <EventForm path={path} event={item} c={c} />;
      case 'endings':
        return <EndingForm path={path} ending={item} c={c} />;
      case 'meters':
        return <MeterForm path={path} item={item} c={c} />;
      case 'flags':
        return <FlagForm path={path} item={item} c={c} />;
      case 'characters':
        return <CharacterForm path={path} item={item} c={c} />;
      case 'objectives':
        return <ObjectiveForm path={path} item={item} c={c} />;
      case 'references':
        return <ReferenceForm path={path} item={item} c={c} />;
    }
  })();
  return (
    <>
      {form}
      <ItemActions
        path={[section]}
        index={index}
        count={items.length}
        value={raw}
        name={stringAt(item.id) ?? String(index + 1)}
        c={c}
        min={MIN_ITEMS[section]}
        onMoved={(to) => props.onSelect({ section, index: to })}
      />
    </>
  );
}

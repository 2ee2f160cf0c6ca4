import type { Locale } from '../../engine';
import type { JsonObject, JsonValue } from './biome-json';
import { idsOf, listAt, objectAt, stringAt } from './draft-doc';
import type { DeclaredNames, FormContext } from './form-context';
import {
  newCharacter,
  newEnding,
  newEvent,
  newFlag,
  newMeter,
  newObjective,
  newReference,
} from './new-items';
import { type ListSection, SECTIONS, type Selection, sameSelection } from './selection';

const NEW_ITEM: Record<ListSection, (taken: readonly string[], c: FormContext) => JsonObject> = {
  meters: newMeter,
  flags: newFlag,
  characters: newCharacter,
  objectives: newObjective,
  references: newReference,
  events: newEvent,
  endings: (taken, c) => newEnding(taken, c.declared.meters),
};

/**
 * Where a new item goes: at the end of its list, except that a new ending goes before a last ending
 * without a condition (the catch-all, which must stay last to be reached only when nothing else is).
 */
function placeOf(section: ListSection, items: readonly JsonValue[]): number {
  const last = items.at(-1);
  if (section === 'endings' && last !== undefined && objectAt(last).when === undefined)
    return items.length - 1;
  return items.length;
}

/** The key that names an item in the navigator (a character by its name, most things by their title). */
const NAME_KEY: Record<ListSection, string> = {
  meters: 'label',
  flags: 'id',
  characters: 'name',
  objectives: 'title',
  references: 'title',
  events: 'title',
  endings: 'title',
};

/** An item's name in the author's language, else the other one, else its id. */
export function itemName(section: ListSection, item: JsonObject, locale: Locale): string {
  const name = objectAt(item[NAME_KEY[section]]);
  const other = locale === 'ko' ? 'en' : 'ko';
  return stringAt(name[locale]) ?? stringAt(name[other]) ?? stringAt(item.id) ?? '?';
}

/**
 * The navigator: the scenario, then each list of the file with its items and an "add" button. A new
 * item is added at the end of its list and selected.
 */
export function FormNavigator(props: {
  c: FormContext;
  locale: Locale;
  selected: Selection;
  onSelect(selection: Selection): void;
}) {
  const { c, selected } = props;
  const { f, doc } = c;
  const current = (s: Selection) => (sameSelection(s, selected) ? 'true' : undefined);
  return (
    <nav class="form-navigator" aria-label={f.navigator}>
      <button
        type="button"
        class="form-nav-item"
        aria-current={current({ section: 'scenario' })}
        onClick={() => props.onSelect({ section: 'scenario' })}
      >
        {f.sections.scenario}
      </button>
      {SECTIONS.filter((s) => s !== 'scenario').map((section) => {
        const items = listAt(doc[section]);
        return (
          <section key={section} class="form-nav-section" aria-labelledby={`form-nav-${section}`}>
            <h3 id={`form-nav-${section}`}>{f.sections[section]}</h3>
            <ul>
              {items.map((raw, index) => (
                <li key={index}>
                  <button
                    type="button"
                    class="form-nav-item"
                    aria-current={current({ section, index })}
                    onClick={() => props.onSelect({ section, index })}
                  >
                    <bdi>{itemName(section, objectAt(raw), props.locale)}</bdi>
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="form-nav-add"
              onClick={() => {
                const value = NEW_ITEM[section](idsOf(items), c);
                const index = placeOf(section, items);
                if (items.length === 0) c.w.set([section], [value]);
                else c.w.insert([section], index, value);
                props.onSelect({ section, index });
              }}
            >
              {f.add[section]}
            </button>
          </section>
        );
      })}
    </nav>
  );
}

/** The names of what conditions, choices and events pick by id, in the author's language. */
export function namesIn(doc: JsonObject, locale: Locale): DeclaredNames {
  const of = (section: keyof DeclaredNames) =>
    Object.fromEntries(
      listAt(doc[section])
        .map(objectAt)
        .filter((item) => typeof item.id === 'string')
        .map((item) => [item.id as string, itemName(section, item, locale)]),
    );
  return {
    events: of('events'),
    meters: of('meters'),
    characters: of('characters'),
    objectives: of('objectives'),
  };
}

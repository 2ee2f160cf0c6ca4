import type { FormMessages } from '../i18n/forms';
import type { JsonValue } from './biome-json';
import { fieldId, listAt, type Path, stringAt } from './draft-doc';
import type { FormWriter } from './form-writer';

/**
 * An id picked from what the file declares, never typed a second time. An id the file does not declare
 * (a typo from the JSON view, a renamed declaration) stays shown and is marked, so nothing is lost.
 */
export function IdSelect(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  ids: readonly string[];
  names?: Readonly<Record<string, string>>;
  w: FormWriter;
  f: FormMessages;
  optional?: boolean;
}) {
  const id = fieldId(props.path);
  const value = stringAt(props.value);
  const undeclared = value !== undefined && !props.ids.includes(value);
  return (
    <div class="form-field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={undeclared ? 'true' : undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          props.w.set(props.path, next === '' ? undefined : next);
        }}
      >
        {(props.optional || value === undefined) && <option value="">{props.f.none}</option>}
        {undeclared && <option value={value}>{props.f.undeclared(value)}</option>}
        {props.ids.map((option) => (
          <option key={option} value={option}>
            {named(option, props.names)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One of a fixed set of words the format allows (a tone, a side, a response). */
export function EnumSelect<T extends string>(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  options: readonly T[];
  names: Readonly<Record<T, string>>;
  w: FormWriter;
  f: FormMessages;
  optional?: boolean;
}) {
  const id = fieldId(props.path);
  return (
    <div class="form-field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={stringAt(props.value) ?? ''}
        onChange={(e) => {
          const next = e.currentTarget.value;
          props.w.set(props.path, next === '' ? undefined : next);
        }}
      >
        {(props.optional || props.value === undefined) && <option value="">{props.f.none}</option>}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.names[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A set of declared ids (flags set, objectives shown): a checkbox per id. The list is written in the
 * file's declaration order; emptying it removes it.
 */
export function IdChecklist(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  ids: readonly string[];
  names?: Readonly<Record<string, string>>;
  w: FormWriter;
  f: FormMessages;
}) {
  const chosen = listAt(props.value).filter((v): v is string => typeof v === 'string');
  const extra = chosen.filter((id) => !props.ids.includes(id));
  const toggle = (id: string, on: boolean) => {
    const next = [...props.ids, ...extra].filter((x) => (x === id ? on : chosen.includes(x)));
    props.w.set(props.path, next.length === 0 ? undefined : next);
  };
  return (
    <fieldset class="form-checklist" id={fieldId(props.path)}>
      <legend>{props.label}</legend>
      {props.ids.length === 0 && extra.length === 0 && <p class="form-hint">{props.f.noneDeclared}</p>}
      {[...props.ids, ...extra].map((option) => {
        const id = `${fieldId(props.path)}:${option}`;
        return (
          <span class="form-check" key={option}>
            <input
              id={id}
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, e.currentTarget.checked)}
            />
            <label for={id}>
              {extra.includes(option) ? props.f.undeclared(option) : named(option, props.names)}
            </label>
          </span>
        );
      })}
    </fieldset>
  );
}

/** An id with its name when it has one other than itself: "Partner trust (trust)". */
export function named(id: string, names?: Readonly<Record<string, string>>): string {
  const name = names?.[id];
  return name === undefined || name === id ? id : `${name} (${id})`;
}

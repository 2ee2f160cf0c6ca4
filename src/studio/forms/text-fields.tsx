import type { FormMessages } from '../i18n/forms';
import type { JsonValue } from './biome-json';
import { fieldId, objectAt, type Path, stringAt } from './draft-doc';
import type { FormWriter } from './form-writer';

const LOCALES = ['ko', 'en'] as const;

/**
 * A player-facing text: Korean and English side by side, each its own labelled text area. A missing
 * one is marked (in words, not colour alone) when the text is required or its other language is there.
 * Emptying one removes it from the file (the checker then names it); emptying an optional text's last
 * language removes the whole text.
 */
export function LocalTextField(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  w: FormWriter;
  f: FormMessages;
  optional?: boolean;
  short?: boolean;
}) {
  const { path, f } = props;
  const text = objectAt(props.value);
  const present = LOCALES.filter((l) => stringAt(text[l]) !== undefined);
  const marks = !props.optional || present.length > 0;
  const write = (locale: (typeof LOCALES)[number], next: string) => {
    const other = locale === 'ko' ? 'en' : 'ko';
    if (next === '' && props.optional && stringAt(text[other]) === undefined) props.w.set(path, undefined);
    else props.w.set([...path, locale], next === '' ? undefined : next);
  };
  return (
    <fieldset class="form-text" id={fieldId(path)}>
      <legend>{props.label}</legend>
      <div class="form-text-pair">
        {LOCALES.map((locale) => {
          const value = stringAt(text[locale]);
          const missing = marks && value === undefined;
          const id = fieldId([...path, locale]);
          return (
            <div class="form-text-one" key={locale}>
              <label for={id}>
                {f.language[locale]}
                {missing && <span class="form-missing"> · {f.missing}</span>}
              </label>
              <textarea
                id={id}
                lang={locale}
                rows={props.short ? 1 : 3}
                value={value ?? ''}
                aria-invalid={missing ? 'true' : undefined}
                onInput={(e) => write(locale, e.currentTarget.value)}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A plain one-line string (an id, a version, a flag's note for authors). Empty removes an optional one. */
export function StringField(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  w: FormWriter;
  optional?: boolean;
  hint?: string;
  /** The id of a datalist of values to suggest. */
  suggestions?: string;
  invalid?: boolean;
}) {
  const id = fieldId(props.path);
  const hint = props.hint === undefined ? undefined : `${id}.hint`;
  return (
    <div class="form-field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        spellcheck={false}
        autocomplete="off"
        aria-describedby={hint}
        aria-invalid={props.invalid ? 'true' : undefined}
        list={props.suggestions}
        value={stringAt(props.value) ?? ''}
        onInput={(e) => {
          const next = e.currentTarget.value;
          props.w.set(props.path, next === '' && props.optional ? undefined : next);
        }}
      />
      {hint && (
        <p class="form-hint" id={hint}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/**
 * A number. Written as the author types once it reads as a number (a lone "-" waits); empty removes an
 * optional one. Integers only where the format wants integers.
 */
export function NumberField(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  w: FormWriter;
  optional?: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
}) {
  const id = fieldId(props.path);
  const value = typeof props.value === 'number' ? String(props.value) : '';
  return (
    <div class="form-field form-number">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        step={props.integer ? 1 : 'any'}
        min={props.min}
        max={props.max}
        value={value}
        onInput={(e) => {
          const raw = e.currentTarget.value.trim();
          if (raw === '') {
            if (props.optional) props.w.set(props.path, undefined);
            return;
          }
          const next = Number(raw);
          if (!Number.isFinite(next) || (props.integer && !Number.isInteger(next))) return;
          props.w.set(props.path, next);
        }}
      />
    </div>
  );
}

/** A yes/no the format leaves out when false: ticking writes `true`, unticking removes it. */
export function FlagCheckbox(props: {
  path: Path;
  label: string;
  value: JsonValue | undefined;
  w: FormWriter;
}) {
  const id = fieldId(props.path);
  return (
    <div class="form-field form-check">
      <input
        id={id}
        type="checkbox"
        checked={props.value === true}
        onChange={(e) => props.w.set(props.path, e.currentTarget.checked ? true : undefined)}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}

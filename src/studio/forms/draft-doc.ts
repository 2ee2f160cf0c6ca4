import { NOT_JSON, parsedText } from '../drafts/parsed-text';
import type { JsonObject, JsonValue } from './biome-json';

/** A JSON path inside a draft, as json-edit and the checker's findings write it. */
export type Path = readonly (string | number)[];

/**
 * The draft's text read as plain JSON for the forms: the text stays the one source of truth, and a text
 * that does not parse has no forms (the JSON view says where it breaks). Values are read loosely, since
 * a draft may be anything while it is written; each form reads only what it shows.
 */
export function parseDraft(text: string): JsonObject | null {
  const value = parsedText(text);
  return value !== NOT_JSON && isObject(value as JsonValue) ? (value as JsonObject) : null;
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listAt(value: JsonValue | undefined): readonly JsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function objectAt(value: JsonValue | undefined): JsonObject {
  return isObject(value) ? value : {};
}

export function stringAt(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function numberAt(value: JsonValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The ids a list of declarations declares, in file order (a declaration without one is skipped). */
export function idsOf(value: JsonValue | undefined): string[] {
  return listAt(value)
    .map((item) => stringAt(objectAt(item).id))
    .filter((id): id is string => id !== undefined);
}

/** What the file declares that other places refer to: the choices of every id select. */
export interface Declared {
  readonly meters: readonly string[];
  readonly flags: readonly string[];
  readonly events: readonly string[];
  readonly characters: readonly string[];
  readonly objectives: readonly string[];
  readonly references: readonly string[];
  readonly endings: readonly string[];
}

export function declaredIn(doc: JsonObject): Declared {
  return {
    meters: idsOf(doc.meters),
    flags: idsOf(doc.flags),
    events: idsOf(doc.events),
    characters: idsOf(doc.characters),
    objectives: idsOf(doc.objectives),
    references: idsOf(doc.references),
    endings: idsOf(doc.endings),
  };
}

/** An id like `base-2` that `taken` does not hold yet, for a new item the author renames later. */
export function freshId(base: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** The element id of the form field that edits `path`: findings find their field by it. */
export function fieldId(path: Path): string {
  return `field.${path.join('.')}`;
}

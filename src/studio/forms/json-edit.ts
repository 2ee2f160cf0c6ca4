import { applyEdits, findNodeAtLocation, getNodeValue, type JSONPath, modify } from 'jsonc-parser';
import { biomeJson, type JsonValue } from './biome-json';
import { treeOf } from './json-tree';

export type { JsonValue } from './biome-json';

/**
 * Minimal edits to a draft's JSON text, as the studio's forms make them: only the changed value's text
 * moves, so an unchanged scenario downloads byte-identical and a changed one passes `biome format`
 * unchanged. jsonc-parser finds where a value goes (commas, a new property's place); the value itself is
 * printed the way Biome prints it (see biome-json.ts), since jsonc-parser's own printer breaks every
 * array over lines and Biome would join the short ones again.
 */

const FORMATTING = { insertSpaces: true, tabSize: 2, eol: '\n' } as const;
/** Stands in for the new value while jsonc-parser places it; never found in a scenario. */
const PLACEHOLDER = '\u2063lab-doors-studio-edit\u2063';

/**
 * Sets the value at `path`, adding the property (and any missing parent objects) when it is absent.
 * Throws when the path goes through an array element the text does not have.
 */
export function setAt(text: string, path: JSONPath, value: JsonValue): string {
  const key = JSON.stringify(path);
  const existing = lastSet?.text === text && lastSet.key === key ? lastSet : valueAt(text, path);
  if (existing === undefined) {
    return placed(
      applyEdits(text, modify(text, path, PLACEHOLDER, { formattingOptions: FORMATTING })),
      value,
    );
  }
  // What jsonc-parser's modify does to a value that is there (it replaces exactly that value's text, and
  // formats nothing around a lone string), without parsing the whole text again.
  const result = replaced(text, existing.offset, existing.offset + existing.length, value);
  lastSet = {
    text: result,
    key,
    offset: existing.offset,
    length: result.length - text.length + existing.length,
  };
  return result;
}

/**
 * Where the last setAt put its value, in the text it made: a form field writes at every keystroke, each
 * time into the text its previous keystroke made, so the value's place is known without parsing a
 * flagship's 640 kB again.
 */
let lastSet: { text: string; key: string; offset: number; length: number } | null = null;

function valueAt(text: string, path: JSONPath): { offset: number; length: number } | undefined {
  path.forEach((key, i) => {
    if (typeof key === 'number') mustExist(text, path.slice(0, i + 1));
  });
  return path.length > 0 ? findNodeAtLocation(treeOf(text), path) : undefined;
}

/** Inserts `value` into the array at `arrayPath` before `index` (at the end when index is its length). */
export function insertAt(text: string, arrayPath: JSONPath, index: number, value: JsonValue): string {
  const edits = modify(text, [...arrayPath, index], PLACEHOLDER, {
    formattingOptions: FORMATTING,
    isArrayInsertion: true,
  });
  return refitted(placed(applyEdits(text, edits), value), arrayPath);
}

/**
 * Removes the property or array element at `path`, with its comma. Throws when there is none:
 * jsonc-parser, given an index past an array's end, would empty the whole array.
 */
export function removeAt(text: string, path: JSONPath): string {
  mustExist(text, path);
  const removed = applyEdits(text, modify(text, path, undefined, { formattingOptions: FORMATTING }));
  return typeof path.at(-1) === 'number' ? refitted(removed, path.slice(0, -1)) : removed;
}

function mustExist(text: string, path: JSONPath): void {
  if (findNodeAtLocation(treeOf(text), path) === undefined) {
    throw new Error(`the text has nothing at ${JSON.stringify(path)}`);
  }
}

/**
 * An array of plain values is one line or one per line by its width, so an element added or removed
 * can change which: print it again. Arrays holding objects stay as they are (their objects are expanded,
 * which keeps Biome breaking them), so editing a list of events never rewrites the other events.
 */
function refitted(text: string, arrayPath: JSONPath): string {
  const node = findNodeAtLocation(treeOf(text), arrayPath);
  if (node?.type !== 'array') return text;
  const value = getNodeValue(node) as JsonValue[];
  if (value.some((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) return text;
  return setAt(text, arrayPath, value);
}

/** Replaces the placeholder (where jsonc-parser put it) by the value: see `replaced`. */
function placed(text: string, value: JsonValue): string {
  const quoted = JSON.stringify(PLACEHOLDER);
  const at = text.indexOf(quoted);
  if (at < 0) throw new Error('the edit did not place its value');
  return replaced(text, at, at + quoted.length, value);
}

/**
 * The text with its characters [start, end) replaced by the value printed at their own indentation and
 * column, with what follows them on the line (a comma, closing brackets) counted against the line width.
 */
function replaced(text: string, start: number, end: number, value: JsonValue): string {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const indent = /^ */.exec(text.slice(lineStart, start))?.[0].length ?? 0;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const printed = biomeJson(value, { indent, column: start - lineStart, trailing: rest.length });
  return text.slice(0, start) + printed + text.slice(end);
}

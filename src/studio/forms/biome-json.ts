export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** Biome's line width for this repository (biome.json `formatter.lineWidth`). */
export const LINE_WIDTH = 110;

export interface PrintPlace {
  /** Spaces before the line the value starts on. */
  readonly indent: number;
  /** Where on that line the value starts. */
  readonly column: number;
  /** Characters after the value on its last line (a comma, closing brackets). */
  readonly trailing: number;
}

/**
 * Prints a value as `biome format` leaves it, so a studio edit never makes the formatter change a file.
 * Objects are printed expanded: Biome keeps an object expanded once a line break follows its `{`, so
 * that is stable, and it is how scenario files are written. Arrays are joined on one line when that line
 * fits the width and nothing in them is expanded, else one element per line, which is Biome's rule for
 * arrays of strings and objects. (Biome fills long arrays of numbers several to a line; the scenario
 * format has none long enough to break.)
 */
export function biomeJson(value: JsonValue, place: PrintPlace): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (isArray(value)) return printArray(value, place);
  return printObject(value, place.indent);
}

function printObject(value: JsonObject, indent: number): string {
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const inner = ' '.repeat(indent + 2);
  const lines = entries.map(([key, item], index) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    const trailing = index < entries.length - 1 ? 1 : 0;
    return head + biomeJson(item, { indent: indent + 2, column: head.length, trailing });
  });
  return `{\n${lines.join(',\n')}\n${' '.repeat(indent)}}`;
}

function printArray(value: readonly JsonValue[], place: PrintPlace): string {
  if (value.length === 0) return '[]';
  const flat = flatArray(value);
  if (flat !== null && place.column + flat.length + place.trailing <= LINE_WIDTH) return flat;
  const inner = ' '.repeat(place.indent + 2);
  const lines = value.map((item, index) => {
    const trailing = index < value.length - 1 ? 1 : 0;
    return inner + biomeJson(item, { indent: place.indent + 2, column: inner.length, trailing });
  });
  return `[\n${lines.join(',\n')}\n${' '.repeat(place.indent)}]`;
}

/** The array on one line, or null when something in it is printed expanded. */
function flatArray(value: readonly JsonValue[]): string | null {
  const parts: string[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object') parts.push(JSON.stringify(item));
    else if (!isArray(item)) {
      if (Object.keys(item).length > 0) return null;
      parts.push('{}');
    } else {
      const nested = flatArray(item);
      if (nested === null) return null;
      parts.push(nested);
    }
  }
  return `[${parts.join(', ')}]`;
}

function isArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

import type { JsonPath } from '../diagnostics';

/**
 * Reading the value JSON.parse returned by path. Only own properties count, so a path segment like
 * "constructor" or "toString" never reaches into Object.prototype.
 */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property or element at `segment`, or undefined. */
export function ownValue(container: unknown, segment: string | number): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  return Object.hasOwn(container, segment)
    ? (container as Record<string | number, unknown>)[segment]
    : undefined;
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((current, segment) => ownValue(current, segment), root);
}

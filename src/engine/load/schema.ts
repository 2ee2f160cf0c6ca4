import { z } from 'zod';
import type { JsonPath } from '../diagnostics';
import { isPlainObject, ownValue } from './json-value';

/**
 * Reads the zod schema itself, so that messages can list the keys an object allows and the shapes a
 * union accepts without a second, hand-kept copy of the format. Only structural kinds the scenario
 * format uses are followed; anything else is treated as a leaf.
 */
export type Schema = z.core.$ZodType;
export type ObjectSchema = z.core.$ZodObject;
export type UnionSchema = z.core.$ZodUnion;

/** Strips optional, default, lazy and similar wrappers down to the schema that checks the value. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let guard = 0; guard < 32; guard++) {
    const def = (current as z.core.$ZodTypes)._zod.def;
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        current = def.innerType;
        break;
      case 'lazy':
        // The cached inner schema, so that identity comparisons see the same union every time.
        current = (current as z.core.$ZodLazy)._zod.innerType;
        break;
      case 'pipe':
        current = def.in;
        break;
      default:
        return current;
    }
  }
  return current;
}

export function asObject(schema: Schema | undefined): ObjectSchema | undefined {
  const unwrapped = schema && unwrap(schema);
  return unwrapped?._zod.def.type === 'object' ? (unwrapped as ObjectSchema) : undefined;
}

export function asUnion(schema: Schema | undefined): UnionSchema | undefined {
  const unwrapped = schema && unwrap(schema);
  return unwrapped?._zod.def.type === 'union' ? (unwrapped as UnionSchema) : undefined;
}

export function keysOf(object: ObjectSchema): string[] {
  return Object.keys(object._zod.def.shape);
}

/** Keys without `.optional()` or `.default()`: an input object must have them. */
export function requiredKeysOf(object: ObjectSchema): string[] {
  return Object.entries(object._zod.def.shape)
    .filter(([, schema]) => schema._zod.optin === undefined)
    .map(([key]) => key);
}

/**
 * The schema that checks the value at `path`, starting from `root` checking `value`. Unions are
 * resolved to the branch the value looks like (see chooseBranch), so an unknown key inside a condition
 * lists the keys of that kind of condition. Returns undefined if the path leaves the schema.
 */
export function schemaAt(root: Schema, value: unknown, path: JsonPath): Schema | undefined {
  let schema: Schema | undefined = root;
  let current = value;
  for (const segment of path) {
    schema = schema && childSchema(resolveUnion(schema, current), segment);
    current = ownValue(current, segment);
  }
  return schema;
}

function childSchema(schema: Schema, segment: string | number): Schema | undefined {
  const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object':
      return Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    case 'array':
      return def.element;
    case 'record':
      return def.valueType;
    default:
      return undefined;
  }
}

/** If `schema` is a union, the branch `value` is meant to be; otherwise `schema` itself. */
export function resolveUnion(schema: Schema, value: unknown): Schema {
  const union = asUnion(schema);
  if (!union) return schema;
  const options = union._zod.def.options;
  const index = chooseBranch(
    options,
    value,
    (i) => z.safeParse(options[i] as Schema, value).error?.issues.length ?? 0,
  );
  return index === undefined ? schema : (options[index] ?? schema);
}

/**
 * The keys that tell the branches of a union apart: a branch's required keys that not every branch
 * requires. For conditions that is the kind key ({meter}, {term, is}); for scheduled consequences
 * {event} versus {effects, note} (both require "in").
 */
function identifyingKeys(options: readonly Schema[]): string[][] {
  const required = options.map((option) => {
    const object = asObject(option);
    return object ? requiredKeysOf(object) : [];
  });
  return required.map((keys) => keys.filter((key) => !required.every((other) => other.includes(key))));
}

/**
 * Which branch an input was meant to be: among the branches whose identifying keys it has, the one
 * with the fewest issues (first wins a tie). Undefined when it has no branch's identifying key, or is
 * not an object at all: then the author needs the list of shapes, not one branch's complaints.
 */
export function chooseBranch(
  options: readonly Schema[],
  value: unknown,
  issueCount: (index: number) => number,
): number | undefined {
  // A list where only one branch is a list, or an object where only one branch is an object (objective
  // tags: a plain list or {shows, against}), can only be meant as that branch.
  const kind = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : null;
  const sameKind = options.flatMap((option, i) => (unwrap(option)._zod.def.type === kind ? [i] : []));
  if (kind !== null && sameKind.length === 1 && options.length > 1) return sameKind[0];
  if (!isPlainObject(value)) return undefined;
  const keysByOption = identifyingKeys(options);
  let best: { index: number; issues: number } | undefined;
  for (const [index, keys] of keysByOption.entries()) {
    if (!keys.some((key) => Object.hasOwn(value, key))) continue;
    const issues = issueCount(index);
    if (!best || issues < best.issues) best = { index, issues };
  }
  return best?.index;
}

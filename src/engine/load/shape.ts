import type { z } from 'zod';
import type { JsonPath } from '../diagnostics';
import { LOCALES } from '../format/text';
import { countOf, describeValue, nameOfType, quote, showValue } from './describe';
import { isPlainObject, valueAt } from './json-value';
import type { Anchor } from './locate';
import { asObject, keysOf, resolveUnion, type Schema, schemaAt } from './schema';
import type { IssueContext, ShapeFinding } from './shape-finding';
import { closestMatch, didYouMean } from './suggest';
import { explainUnion } from './union';

type Issue = z.core.$ZodIssue;

/** Turns zod's issues into findings with codes LD200–LD208 and messages that say what was expected. */
export function explainIssues(issues: readonly Issue[], context: IssueContext): ShapeFinding[] {
  return withoutEchoes(issues.flatMap((issue) => explainIssue(issue, context)));
}

/**
 * Drops findings that repeat another one in other words: exact duplicates (union branches share
 * issues); checks zod keeps running after a wrong type (a list given for a text also fails "at least
 * 1 character" as "at least 1 item"); and `missing key "start"` next to `unknown key "strat": did you
 * mean "start"?`, which already says it.
 */
function withoutEchoes(findings: readonly ShapeFinding[]): ShapeFinding[] {
  const isTypeFinding = (finding: ShapeFinding) => finding.code === 'LD201' || finding.code === 'LD202';
  const wrongTypePaths = new Set(findings.filter(isTypeFinding).map((finding) => pathKey(finding.path)));
  const meantPaths = new Set(findings.flatMap((finding) => (finding.meant ? [pathKey(finding.meant)] : [])));
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const path = pathKey(finding.path);
    if (!isTypeFinding(finding) && wrongTypePaths.has(path)) return false;
    if (finding.code === 'LD202' && meantPaths.has(path)) return false;
    const identity = `${finding.code} ${path} ${finding.message}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

function explainIssue(issue: Issue, context: IssueContext): ShapeFinding[] {
  const relativePath = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  const path = [...context.basePath, ...relativePath];
  const value = valueAt(context.value, relativePath);
  const error = (code: string, message: string, anchor: Anchor = 'value'): ShapeFinding => ({
    path,
    code,
    severity: 'error',
    message,
    anchor,
  });
  // zod words a missing key as whatever the key's schema expected (a type, an enum, a union);
  // the author only needs to know it is missing.
  const missingKey = missingKeyOf(context.value, relativePath);
  if (missingKey !== undefined && issue.code !== 'unrecognized_keys') {
    return [error('LD202', `missing required key ${quote(missingKey)}`)];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [
        error(
          'LD201',
          wrongType(issue.expected, value, schemaAt(context.schema, context.value, relativePath)),
        ),
      ];
    case 'unrecognized_keys': {
      const schema = schemaAt(context.schema, context.value, relativePath);
      return issue.keys.map((key) => unknownKey(key, path, value, schema));
    }
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, value, error)];
    case 'invalid_format':
      return [error('LD206', badFormat(issue, value))];
    case 'invalid_value':
      return [error('LD207', notAllowed(issue.values, value))];
    case 'invalid_union':
      return explainUnion(issue, { context, relativePath, path, value }, explainIssues);
    default:
      return [error('LD200', issue.message)];
  }
}

/** The last key of `path` when its object exists but lacks that key. */
function missingKeyOf(root: unknown, path: JsonPath): string | undefined {
  const key = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  return typeof key === 'string' && isPlainObject(parent) && !Object.hasOwn(parent, key) ? key : undefined;
}

function wrongType(expected: string, value: unknown, schema: Schema | undefined): string {
  const localText = asObject(schema);
  if (localText && typeof value === 'string' && sameKeys(keysOf(localText), LOCALES)) {
    return `expected text in each language, like {"ko": "…", "en": "…"}, got ${describeValue(value)}`;
  }
  return `expected ${nameOfType(expected)}, got ${describeValue(value)}`;
}

/** LD203, listing the allowed keys and suggesting the closest one the object does not have yet. */
function unknownKey(
  key: string,
  objectPath: JsonPath,
  object: unknown,
  schema: Schema | undefined,
): ShapeFinding {
  const objectSchema = schema && asObject(resolveUnion(schema, object));
  const allowed = objectSchema ? keysOf(objectSchema) : [];
  const absent = allowed.filter((candidate) => !(isPlainObject(object) && Object.hasOwn(object, candidate)));
  const meant = closestMatch(key, absent);
  const suggestion = meant === undefined ? '' : `: did you mean ${quote(meant)}?`;
  const listing = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
  return {
    path: [...objectPath, key],
    code: 'LD203',
    severity: 'error',
    message: `unknown key ${quote(key)}${suggestion}${listing}`,
    anchor: 'key',
    ...(meant === undefined ? {} : { meant: [...objectPath, meant] }),
  };
}

function outOfRange(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
  error: (code: string, message: string) => ShapeFinding,
): ShapeFinding {
  const tooSmall = issue.code === 'too_small';
  const bound = Number(tooSmall ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string': {
      const length = typeof value === 'string' ? value.length : 0;
      if (!tooSmall) return error('LD205', `text too long: ${length} characters (at most ${bound})`);
      const found = length === 0 ? 'empty text' : `text too short: ${countOf(length, 'character')}`;
      return error('LD204', `${found} (at least ${countOf(bound, 'character')})`);
    }
    case 'array': {
      const count = Array.isArray(value) ? value.length : 0;
      return tooSmall
        ? error('LD204', `too few items: ${count} (at least ${bound})`)
        : error('LD204', `too many items: ${count} (at most ${bound})`);
    }
    default: {
      const limit = tooSmall
        ? `${inclusive ? 'at least' : 'more than'} ${bound}`
        : `${inclusive ? 'at most' : 'less than'} ${bound}`;
      return error('LD204', `${tooSmall ? 'too small' : 'too big'}: ${showValue(value)} (${limit})`);
    }
  }
}

function badFormat(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown): string {
  if (issue.format === 'url') return `expected an https:// web address, got ${describeValue(value)}`;
  // Patterns in the format carry their own description ("an id: a letter, then …"); zod's default
  // message for a bare pattern starts with "Invalid".
  if (issue.format === 'regex' && !issue.message.startsWith('Invalid')) {
    return `expected ${issue.message}, got ${describeValue(value)}`;
  }
  return `expected ${issue.pattern ? `text matching ${issue.pattern}` : `a valid ${issue.format}`}, got ${describeValue(value)}`;
}

function notAllowed(values: readonly unknown[], value: unknown): string {
  const allowed = values.map((allowedValue) => JSON.stringify(allowedValue));
  const suggestion =
    typeof value === 'string'
      ? didYouMean(
          value,
          values.filter((v): v is string => typeof v === 'string'),
        )
      : '';
  if (allowed.length === 1) return `expected ${allowed[0]}, got ${showValue(value)}`;
  return `expected one of ${allowed.join(', ')}; got ${showValue(value)}${suggestion}`;
}

function sameKeys(keys: readonly string[], expected: readonly string[]): boolean {
  return keys.length === expected.length && expected.every((key) => keys.includes(key));
}

import type { z } from 'zod';
import {
  type ArgsOf,
  type ArgsParam,
  type DiagnosticCode,
  type JsonPath,
  type Phrase,
  phrase,
} from '../diagnostics';
import { finding } from '../diagnostics/messages';
import { LOCALES } from '../format/text';
import { describeValue, nameOfType, quote, showValue } from './describe';
import { isPlainObject, valueAt } from './json-value';
import { asObject, keysOf, resolveUnion, type Schema, schemaAt } from './schema';
import type { IssueContext, ShapeFinding } from './shape-finding';
import { closestMatch } from './suggest';
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
  const error: ShapeError = (code, ...args) => ({ ...finding(code, path, ...args), anchor: 'value' });
  // zod words a missing key as whatever the key's schema expected (a type, an enum, a union);
  // the author only needs to know it is missing.
  const missingKey = missingKeyOf(context.value, relativePath);
  if (missingKey !== undefined && issue.code !== 'unrecognized_keys') {
    return [error('LD202', { key: quote(missingKey) })];
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
      return [error('LD200', { detail: issue.message })];
  }
}

/** The last key of `path` when its object exists but lacks that key. */
function missingKeyOf(root: unknown, path: JsonPath): string | undefined {
  const key = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  return typeof key === 'string' && isPlainObject(parent) && !Object.hasOwn(parent, key) ? key : undefined;
}

const EACH_LANGUAGE = phrase(
  'text in each language, like {"ko": "…", "en": "…"}',
  '언어별 텍스트({"ko": "…", "en": "…"} 처럼)',
);

function wrongType(expected: string, value: unknown, schema: Schema | undefined): Expected {
  const localText = asObject(schema);
  if (localText && typeof value === 'string' && sameKeys(keysOf(localText), LOCALES)) {
    return { expected: EACH_LANGUAGE, got: describeValue(value) };
  }
  return { expected: nameOfType(expected), got: describeValue(value) };
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
  const args = { key: quote(key), allowed, ...(meant === undefined ? {} : { meant: quote(meant) }) };
  return {
    ...finding('LD203', [...objectPath, key], args),
    anchor: 'key',
    ...(meant === undefined ? {} : { meant: [...objectPath, meant] }),
  };
}

function outOfRange(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
  error: ShapeError,
): ShapeFinding {
  const tooSmall = issue.code === 'too_small';
  const bound = Number(tooSmall ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string': {
      const length = typeof value === 'string' ? value.length : 0;
      if (!tooSmall) return error('LD205', { length, max: bound });
      return error('LD204', { text: length === 0 ? 'empty' : 'short', length, min: bound });
    }
    case 'array': {
      const count = Array.isArray(value) ? value.length : 0;
      return error('LD204', { items: tooSmall ? 'few' : 'many', count, bound });
    }
    default: {
      return error('LD204', {
        number: tooSmall ? 'small' : 'big',
        value: showValue(value),
        bound,
        inclusive,
      });
    }
  }
}

/** The Korean for the descriptions the format gives its patterns (format/text.ts, format/scenario.ts). */
const PATTERN_KO: Readonly<Record<string, string>> = {
  'an id: a letter, then letters, digits, "-" or "_" (at most 64)':
    'id: 글자 하나로 시작하고 글자, 숫자, "-", "_"로 이어지는 64자 이하',
  'a version like 1.0.0': '1.0.0 같은 버전',
  'two capital letters, e.g. "AS"': '대문자 두 글자 (예: "AS")',
};

function badFormat(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown): Expected {
  const got = describeValue(value);
  if (issue.format === 'url') return { expected: phrase('an https:// web address', 'https:// 웹 주소'), got };
  // Patterns in the format carry their own description ("an id: a letter, then …"); zod's default
  // message for a bare pattern starts with "Invalid".
  if (issue.format === 'regex' && !issue.message.startsWith('Invalid')) {
    const ko = Object.hasOwn(PATTERN_KO, issue.message) ? PATTERN_KO[issue.message] : undefined;
    return { expected: phrase(issue.message, ko ?? issue.message), got };
  }
  const expected = issue.pattern
    ? phrase(`text matching ${issue.pattern}`, `${issue.pattern}에 맞는 텍스트`)
    : phrase(`a valid ${issue.format}`, `올바른 ${issue.format}`);
  return { expected, got };
}

function notAllowed(values: readonly unknown[], value: unknown): ArgsOf<'LD207'> {
  const allowed = values.map((allowedValue) => JSON.stringify(allowedValue));
  const strings = values.filter((v): v is string => typeof v === 'string');
  const suggestion = typeof value === 'string' ? closestMatch(value, strings) : undefined;
  return {
    allowed,
    got: showValue(value),
    ...(suggestion === undefined ? {} : { suggestion: JSON.stringify(suggestion) }),
  };
}

interface Expected {
  readonly expected: Phrase;
  readonly got: Phrase;
}

/** A finding at the issue's value, with the code's arguments. */
type ShapeError = <C extends DiagnosticCode>(code: C, ...args: ArgsParam<C>) => ShapeFinding;

function sameKeys(keys: readonly string[], expected: readonly string[]): boolean {
  return keys.length === expected.length && expected.every((key) => keys.includes(key));
}

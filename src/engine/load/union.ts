import type { z } from 'zod';
import { type ArgsOf, type JsonPath, type Phrase, phrase } from '../diagnostics';
import { finding } from '../diagnostics/messages';
import { CONDITION_KINDS } from '../format/conditions';
import { ObjectiveTagsInput, Scheduled } from '../format/scenario';
import { describeValue } from './describe';
import { isPlainObject } from './json-value';
import {
  asObject,
  asUnion,
  chooseBranch,
  keysOf,
  requiredKeysOf,
  type Schema,
  schemaAt,
  type UnionSchema,
} from './schema';
import type { IssueContext, ShapeFinding } from './shape-finding';
import { closestMatch } from './suggest';

type Issue = z.core.$ZodIssue;

/** Where a failed union sits: the context its issue came in, and the issue's own path and value. */
export interface UnionSite {
  readonly context: IssueContext;
  readonly relativePath: JsonPath;
  readonly path: JsonPath;
  readonly value: unknown;
}

type ExplainIssues = (issues: readonly Issue[], context: IssueContext) => ShapeFinding[];

/**
 * A value matched no branch of a union (conditions; scheduled consequences). When it is clearly meant
 * as one branch (it has that branch's kind key), that branch's own complaints are the useful ones;
 * otherwise the author gets the list of shapes the union accepts (LD208).
 * `explainBranch` is shape.ts's explainIssues, passed in so the two modules do not import each other.
 */
export function explainUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  site: UnionSite,
  explainBranch: ExplainIssues,
): ShapeFinding[] {
  const unionValue = site.value;
  const union = asUnion(schemaAt(site.context.schema, site.context.value, site.relativePath));
  const options = union?._zod.def.options ?? [];
  const branch = chooseBranch(options, unionValue, (index) => countIssues(issue.errors[index] ?? []));
  const option = branch === undefined ? undefined : options[branch];
  const branchIssues = branch === undefined ? undefined : issue.errors[branch];
  if (option && branchIssues && branchIssues.length > 0) {
    return explainBranch(branchIssues, { schema: option, value: unionValue, basePath: site.path });
  }
  const args: ArgsOf<'LD208'> = union
    ? noBranch(union, unionValue)
    : { expected: phrase('a value', '값'), shapes: '…', got: describeValue(unionValue) };
  return [{ ...finding('LD208', site.path, args), anchor: 'value' }];
}

/** An unknown key is one issue per key: a branch with two stray keys fits worse than one with one. */
function countIssues(issues: readonly Issue[]): number {
  return issues.reduce(
    (count, issue) => count + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1),
    0,
  );
}

/** `expected a condition: one of {all}, {any}, …, got {metre} (did you mean "meter"?)`. */
function noBranch(union: UnionSchema, value: unknown): ArgsOf<'LD208'> {
  const options = union._zod.def.options;
  const shapes = options.map(shapeName).join(', ');
  const expected = unionNoun(union);
  if (!isPlainObject(value)) return { expected, shapes, got: describeValue(value) };
  const knownKeys = [...new Set(options.flatMap(shapeKeys))];
  const allKeys = [...new Set(options.flatMap((option) => keysOfOption(option)))];
  const keys = Object.keys(value);
  const strayKey = keys.find((key) => !allKeys.includes(key));
  const meant = strayKey === undefined ? undefined : closestMatch(strayKey, knownKeys);
  const got = `{${keys.join(', ')}}`;
  return {
    expected,
    shapes,
    got: phrase(got, got),
    ...(meant === undefined ? {} : { suggestion: JSON.stringify(meant) }),
  };
}

/** A branch as messages name it: `{meter, atLeast}` for an object, `[…]` for a list. */
function shapeName(option: Schema): string {
  return asObject(option) ? `{${shapeKeys(option).join(', ')}}` : '[…]';
}

/** The keys that name a branch in messages: its required keys, or all keys if none is required. */
function shapeKeys(option: Schema): string[] {
  const object = asObject(option);
  if (!object) return [];
  const required = requiredKeysOf(object);
  return required.length > 0 ? required : keysOf(object);
}

function keysOfOption(option: Schema): string[] {
  const object = asObject(option);
  return object ? keysOf(object) : [];
}

/** What the union is called; the format gives unions no name, so it is recognised by its branches. */
function unionNoun(union: UnionSchema): Phrase {
  const firstKeys = union._zod.def.options.map((option) => keysOfOption(option)[0]);
  if (
    firstKeys.length === CONDITION_KINDS.length &&
    CONDITION_KINDS.every((kind, i) => firstKeys[i] === kind)
  ) {
    return phrase('a condition', '조건');
  }
  if (union === (Scheduled as unknown as UnionSchema))
    return phrase('a scheduled consequence', '예약된 결과');
  if (union === (ObjectiveTagsInput as unknown as UnionSchema))
    return phrase('learning objectives', '학습 목표');
  return phrase('a value', '값');
}

import type { Condition } from '../format/conditions';
import type { Predicate } from './types';

/** What a condition needs to resolve ids; events/negotiation lookups come from the whole scenario. */
export interface ConditionScope {
  meter(id: string): number;
  flag(id: string): number;
  event(id: string): number;
  choice(eventId: string, choiceId: string): number;
  clause(eventId: string, clauseId: string): number;
  option(eventId: string, clauseId: string, optionId: string): number;
  /** The negotiation whose responses are being compiled, for `term` conditions. */
  readonly negotiationEvent: string | null;
}

const never: Predicate = () => false;

/**
 * Compiles a condition once at load into a closure over indexes, so the hot path never looks up a
 * string. Unknown ids compile to `never`: the linter has already reported them as errors, and a
 * scenario with errors is never run, so this only keeps compile total.
 */
export function compileCondition(condition: Condition, scope: ConditionScope): Predicate {
  if ('all' in condition) {
    return allOf(condition.all.map((c) => compileCondition(c, scope)));
  }
  if ('any' in condition) {
    const flags = flagIndexes(condition.any, scope);
    if (flags !== null) return anyFlag(flags);
    return anyOf(condition.any.map((c) => compileCondition(c, scope)));
  }
  if ('not' in condition) {
    // "Not this flag" is the commonest negation: read it directly rather than through a second call.
    const flag = 'flag' in condition.not ? scope.flag(condition.not.flag) : -1;
    if (flag >= 0) return (ctx) => ctx.run.flags[flag] !== true;
    const inner = compileCondition(condition.not, scope);
    return (ctx) => !inner(ctx);
  }
  if ('meter' in condition) {
    const i = scope.meter(condition.meter);
    if (i < 0) return never;
    const [low, high] = boundsOf(condition);
    return (ctx) => {
      const value = ctx.run.meters[i] as number;
      return value >= low && value <= high;
    };
  }
  if ('flag' in condition) {
    const i = scope.flag(condition.flag);
    return i < 0 ? never : (ctx) => ctx.run.flags[i] === true;
  }
  if ('turn' in condition) {
    const [low, high] = boundsOf(condition.turn);
    return (ctx) => ctx.run.turn >= low && ctx.run.turn <= high;
  }
  if ('visits' in condition) {
    const e = scope.event(condition.visits);
    if (e < 0) return never;
    const [low, high] = boundsOf(condition);
    return (ctx) => {
      const value = ctx.run.visits[e] as number;
      return value >= low && value <= high;
    };
  }
  if ('turnsSince' in condition) return compileTurnsSince(condition, scope);
  if ('chose' in condition) {
    const e = scope.event(condition.chose.event);
    const c = scope.choice(condition.chose.event, condition.chose.choice);
    if (e < 0 || c < 0) return never;
    const bit = 1 << c;
    return (ctx) => ((ctx.run.chosen[e] as number) & bit) !== 0;
  }
  if ('agreed' in condition) return compileAgreed(condition.agreed, scope);
  if ('failed' in condition) {
    const m = scope.meter(condition.failed);
    const side = condition.side;
    if (m < 0) return never;
    return (ctx) =>
      ctx.failed !== null && ctx.failed.meter === m && (side === undefined || ctx.failed.side === side);
  }
  if ('term' in condition) {
    const owner = scope.negotiationEvent;
    if (owner === null) return never;
    const clause = scope.clause(owner, condition.term);
    const option = scope.option(owner, condition.term, condition.is);
    if (clause < 0 || option < 0) return never;
    return (ctx) => ctx.terms !== null && ctx.terms[clause] === option;
  }
  const [low, high] = boundsOf(condition.appeal);
  return (ctx) => ctx.appeal >= low && ctx.appeal <= high;
}

/** Plain loops, and direct calls for one or two parts: `every`/`some` cost a callback per part per draw. */
function allOf(parts: readonly Predicate[]): Predicate {
  const [a, b] = parts;
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return a as Predicate;
  if (parts.length === 2) return (ctx) => (a as Predicate)(ctx) && (b as Predicate)(ctx);
  return (ctx) => {
    for (let i = 0; i < parts.length; i++) if (!(parts[i] as Predicate)(ctx)) return false;
    return true;
  };
}

/** The flag indexes when every part is a known `{flag}` (and there are two or more), else null. */
function flagIndexes(parts: readonly Condition[], scope: ConditionScope): number[] | null {
  if (parts.length < 2) return null;
  const indexes: number[] = [];
  for (const part of parts) {
    const i = 'flag' in part ? scope.flag(part.flag) : -1;
    if (i < 0) return null;
    indexes.push(i);
  }
  return indexes;
}

/** "Any of these flags", one loop over the run's flags instead of a call per flag. */
function anyFlag(indexes: readonly number[]): Predicate {
  return (ctx) => {
    const flags = ctx.run.flags;
    for (let k = 0; k < indexes.length; k++) if (flags[indexes[k] as number] === true) return true;
    return false;
  };
}

function anyOf(parts: readonly Predicate[]): Predicate {
  const [a, b] = parts;
  if (parts.length === 0) return never;
  if (parts.length === 1) return a as Predicate;
  if (parts.length === 2) return (ctx) => (a as Predicate)(ctx) || (b as Predicate)(ctx);
  return (ctx) => {
    for (let i = 0; i < parts.length; i++) if ((parts[i] as Predicate)(ctx)) return true;
    return false;
  };
}

/** A range's bounds, open ends as infinities. Each kind reads its value inline: a reader closure per test costs a call. */
function boundsOf(bounds: { atLeast?: number; atMost?: number }): [number, number] {
  return [bounds.atLeast ?? Number.NEGATIVE_INFINITY, bounds.atMost ?? Number.POSITIVE_INFINITY];
}

function compileTurnsSince(
  condition: { turnsSince: string; atLeast?: number; atMost?: number },
  scope: ConditionScope,
): Predicate {
  const e = scope.event(condition.turnsSince);
  if (e < 0) return never;
  const [low, high] = boundsOf(condition);
  // Never shown means "no turns since" is undefined: the condition is false rather than infinitely true.
  return (ctx) => {
    const last = ctx.run.lastSeen[e] as number;
    const since = ctx.run.turn - last;
    return last > 0 && since >= low && since <= high;
  };
}

function compileAgreed(
  agreed: { event: string; clause: string; option: string },
  scope: ConditionScope,
): Predicate {
  const e = scope.event(agreed.event);
  const clause = scope.clause(agreed.event, agreed.clause);
  const option = scope.option(agreed.event, agreed.clause, agreed.option);
  if (e < 0 || clause < 0 || option < 0) return never;
  return (ctx) => {
    const terms = ctx.run.agreements[e];
    return terms != null && terms[clause] === option;
  };
}

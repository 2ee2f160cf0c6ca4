import type { Condition } from '../format/conditions';
import type { EvalContext, Predicate } from './types';

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
    return anyOf(condition.any.map((c) => compileCondition(c, scope)));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, scope);
    return (ctx) => !inner(ctx);
  }
  if ('meter' in condition) {
    const i = scope.meter(condition.meter);
    if (i < 0) return never;
    return inRange(condition, (ctx) => ctx.run.meters[i] as number);
  }
  if ('flag' in condition) {
    const i = scope.flag(condition.flag);
    return i < 0 ? never : (ctx) => ctx.run.flags[i] === true;
  }
  if ('turn' in condition) return inRange(condition.turn, (ctx) => ctx.run.turn);
  if ('visits' in condition) {
    const e = scope.event(condition.visits);
    return e < 0 ? never : inRange(condition, (ctx) => ctx.run.visits[e] as number);
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
  return inRange(condition.appeal, (ctx) => ctx.appeal);
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

function inRange(
  bounds: { atLeast?: number; atMost?: number },
  read: (ctx: EvalContext) => number,
): Predicate {
  const low = bounds.atLeast ?? Number.NEGATIVE_INFINITY;
  const high = bounds.atMost ?? Number.POSITIVE_INFINITY;
  return (ctx) => {
    const value = read(ctx);
    return value >= low && value <= high;
  };
}

function compileTurnsSince(
  condition: { turnsSince: string; atLeast?: number; atMost?: number },
  scope: ConditionScope,
): Predicate {
  const e = scope.event(condition.turnsSince);
  if (e < 0) return never;
  const within = inRange(condition, (ctx) => ctx.run.turn - (ctx.run.lastSeen[e] as number));
  // Never shown means "no turns since" is undefined: the condition is false rather than infinitely true.
  return (ctx) => (ctx.run.lastSeen[e] as number) > 0 && within(ctx);
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

import type { JsonPath } from '../diagnostics';
import type { Condition, Range } from '../format/conditions';
import type { Negotiation } from '../format/scenario';
import type { LintContext } from './context';

/** A bound to check and the values its subject can take, if known. */
interface BoundSite {
  readonly range: Range;
  /** Where atLeast/atMost are keys: the condition itself, or its `turn`/`appeal` object. */
  readonly path: JsonPath;
  /** e.g. `meter "trust"`, for messages. */
  readonly subject: string;
  readonly possible?: { readonly min: number; readonly max: number; readonly why: string };
}

/** LD312–LD314: every bound gives a limit, its limits are in order, and it can be met at all. */
export function checkRanges(context: LintContext): void {
  for (const { condition, path, scope } of context.sites.conditions) {
    const negotiation = scope.place === 'response' ? scope.negotiation : undefined;
    const site = boundSite(context, condition, path, negotiation);
    if (site !== undefined) checkBound(context, site);
  }
}

function boundSite(
  context: LintContext,
  condition: Condition,
  path: JsonPath,
  negotiation: Negotiation | undefined,
): BoundSite | undefined {
  if ('meter' in condition) {
    const meter = context.catalog.meters.get(condition.meter)?.item;
    const possible = meter && {
      min: meter.min,
      max: meter.max,
      why: `its range is ${meter.min}..${meter.max}`,
    };
    return { range: condition, path, subject: `meter "${condition.meter}"`, possible };
  }
  if ('turn' in condition) {
    const turns = context.scenario.calendar.turns;
    const possible = { min: 1, max: turns, why: `turns run 1..${turns}` };
    return { range: condition.turn, path: [...path, 'turn'], subject: 'turn', possible };
  }
  if ('visits' in condition) {
    const possible = { min: 0, max: Number.POSITIVE_INFINITY, why: 'visits are never negative' };
    return { range: condition, path, subject: `visits of "${condition.visits}"`, possible };
  }
  if ('turnsSince' in condition) {
    const possible = { min: 0, max: Number.POSITIVE_INFINITY, why: 'turns since are never negative' };
    return { range: condition, path, subject: `turns since "${condition.turnsSince}"`, possible };
  }
  if ('appeal' in condition) {
    const possible = negotiation && appealRange(negotiation);
    return { range: condition.appeal, path: [...path, 'appeal'], subject: 'appeal', possible };
  }
  return undefined;
}

/** A proposal takes one option per clause, so its appeal lies between the sums of the extremes. */
function appealRange(negotiation: Negotiation): { min: number; max: number; why: string } {
  let min = 0;
  let max = 0;
  for (const clause of negotiation.clauses) {
    const appeals = clause.options.map((option) => option.appeal);
    min += Math.min(...appeals);
    max += Math.max(...appeals);
  }
  return { min, max, why: `a proposal's appeal is ${min}..${max}` };
}

function checkBound(context: LintContext, site: BoundSite): void {
  const { atLeast, atMost } = site.range;
  if (atLeast === undefined && atMost === undefined) {
    context.report('LD312', site.path, `the bound on ${site.subject} needs "atLeast", "atMost" or both`);
    return;
  }
  if (atLeast !== undefined && atMost !== undefined && atLeast > atMost) {
    context.report(
      'LD313',
      [...site.path, 'atLeast'],
      `atLeast (${atLeast}) must not be greater than atMost (${atMost}): the condition never holds`,
    );
    return;
  }
  const possible = site.possible;
  if (possible === undefined) return;
  if (atLeast !== undefined && atLeast > possible.max) {
    context.report(
      'LD314',
      [...site.path, 'atLeast'],
      `${site.subject} is never at least ${atLeast}: ${possible.why}`,
    );
  }
  if (atMost !== undefined && atMost < possible.min) {
    context.report(
      'LD314',
      [...site.path, 'atMost'],
      `${site.subject} is never at most ${atMost}: ${possible.why}`,
    );
  }
}

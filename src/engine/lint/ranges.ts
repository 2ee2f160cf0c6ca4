import { type JsonPath, type Phrase, phrase } from '../diagnostics';
import type { Condition, Range } from '../format/conditions';
import type { Negotiation } from '../format/scenario';
import type { LintContext } from './context';

/** A bound to check and the values its subject can take, if known. */
interface BoundSite {
  readonly range: Range;
  /** Where atLeast/atMost are keys: the condition itself, or its `turn`/`appeal` object. */
  readonly path: JsonPath;
  /** e.g. `meter "trust"`, for messages. */
  readonly subject: Phrase;
  readonly possible?: { readonly min: number; readonly max: number; readonly why: Phrase };
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
      why: phrase(`its range is ${meter.min}..${meter.max}`, `범위가 ${meter.min}..${meter.max}입니다`),
    };
    const subject = phrase(`meter "${condition.meter}"`, `미터 "${condition.meter}"`);
    return { range: condition, path, subject, possible };
  }
  if ('turn' in condition) {
    const turns = context.scenario.calendar.turns;
    const possible = { min: 1, max: turns, why: phrase(`turns run 1..${turns}`, `턴은 1..${turns}입니다`) };
    return { range: condition.turn, path: [...path, 'turn'], subject: phrase('turn', '턴'), possible };
  }
  if ('visits' in condition) {
    const why = phrase('visits are never negative', '방문 횟수는 음수가 될 수 없습니다');
    const possible = { min: 0, max: Number.POSITIVE_INFINITY, why };
    const subject = phrase(`visits of "${condition.visits}"`, `"${condition.visits}"의 방문 횟수`);
    return { range: condition, path, subject, possible };
  }
  if ('turnsSince' in condition) {
    const why = phrase('turns since are never negative', '지난 턴 수는 음수가 될 수 없습니다');
    const possible = { min: 0, max: Number.POSITIVE_INFINITY, why };
    const subject = phrase(
      `turns since "${condition.turnsSince}"`,
      `"${condition.turnsSince}" 이후 지난 턴 수`,
    );
    return { range: condition, path, subject, possible };
  }
  if ('appeal' in condition) {
    const possible = negotiation && appealRange(negotiation);
    return {
      range: condition.appeal,
      path: [...path, 'appeal'],
      subject: phrase('appeal', '제안의 매력도'),
      possible,
    };
  }
  return undefined;
}

/** A proposal takes one option per clause, so its appeal lies between the sums of the extremes. */
function appealRange(negotiation: Negotiation): { min: number; max: number; why: Phrase } {
  let min = 0;
  let max = 0;
  for (const clause of negotiation.clauses) {
    const appeals = clause.options.map((option) => option.appeal);
    min += Math.min(...appeals);
    max += Math.max(...appeals);
  }
  return {
    min,
    max,
    why: phrase(`a proposal's appeal is ${min}..${max}`, `제안의 매력도는 ${min}..${max}입니다`),
  };
}

function checkBound(context: LintContext, site: BoundSite): void {
  const { atLeast, atMost } = site.range;
  if (atLeast === undefined && atMost === undefined) {
    context.report('LD312', site.path, { subject: site.subject });
    return;
  }
  if (atLeast !== undefined && atMost !== undefined && atLeast > atMost) {
    context.report('LD313', [...site.path, 'atLeast'], { atLeast, atMost });
    return;
  }
  const possible = site.possible;
  if (possible === undefined) return;
  if (atLeast !== undefined && atLeast > possible.max) {
    context.report('LD314', [...site.path, 'atLeast'], {
      subject: site.subject,
      bound: 'atLeast',
      value: atLeast,
      why: possible.why,
    });
  }
  if (atMost !== undefined && atMost < possible.min) {
    context.report('LD314', [...site.path, 'atMost'], {
      subject: site.subject,
      bound: 'atMost',
      value: atMost,
      why: possible.why,
    });
  }
}

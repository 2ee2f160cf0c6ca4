import type { JsonPath } from '../diagnostics';
import type { Condition } from '../format/conditions';
import type { Negotiation } from '../format/scenario';
import type { LintContext } from './context';
import { unknownId } from './suggest';
import type { ConditionSite } from './walk';

/**
 * LD109, LD110, LD311, LD315: conditions that name parts of events (choices, clauses, options) name
 * parts that exist, and the kinds that only make sense in one place are used only there.
 */
export function checkConditions(context: LintContext): void {
  for (const site of context.sites.conditions) {
    const { condition, path } = site;
    if ('chose' in condition) checkChose(context, condition.chose, path);
    else if ('agreed' in condition) checkAgreed(context, condition.agreed, path);
    else if ('failed' in condition) checkFailed(context, condition, site);
    else if ('term' in condition) checkTerm(context, condition, site);
    else if ('appeal' in condition && site.scope.place !== 'response') {
      reportMisplaced(context, 'appeal', path);
    }
  }
}

function checkChose(context: LintContext, chose: { event: string; choice: string }, path: JsonPath): void {
  const event = context.catalog.events.get(chose.event)?.item;
  if (event === undefined) return; // reported as an unknown event
  const choicePath = [...path, 'chose', 'choice'];
  if (event.choices === undefined) {
    context.report('LD109', choicePath, { missing: 'choices', event: chose.event });
    return;
  }
  const ids = event.choices.map((choice) => choice.id);
  if (!ids.includes(chose.choice)) {
    context.report(
      'LD109',
      choicePath,
      unknownId('choice', 'choices', chose.choice, ids, { event: chose.event }),
    );
  }
}

function checkAgreed(
  context: LintContext,
  agreed: { event: string; clause: string; option: string },
  path: JsonPath,
): void {
  const event = context.catalog.events.get(agreed.event)?.item;
  if (event === undefined) return; // reported as an unknown event
  if (event.negotiation === undefined) {
    context.report('LD110', [...path, 'agreed', 'clause'], { missing: 'negotiation', event: agreed.event });
    return;
  }
  checkClauseOption(context, event.negotiation, agreed.clause, agreed.option, {
    clause: [...path, 'agreed', 'clause'],
    option: [...path, 'agreed', 'option'],
  });
}

function checkTerm(context: LintContext, term: { term: string; is: string }, site: ConditionSite): void {
  if (site.scope.place !== 'response') {
    reportMisplaced(context, 'term', site.path);
    return;
  }
  checkClauseOption(context, site.scope.negotiation, term.term, term.is, {
    clause: [...site.path, 'term'],
    option: [...site.path, 'is'],
  });
}

/** LD110 for a clause id and an option id that must belong to one negotiation. */
export function checkClauseOption(
  context: LintContext,
  negotiation: Negotiation,
  clauseId: string,
  optionId: string,
  paths: { clause: JsonPath; option: JsonPath },
): void {
  const clause = negotiation.clauses.find((candidate) => candidate.id === clauseId);
  if (clause === undefined) {
    const ids = negotiation.clauses.map((candidate) => candidate.id);
    context.report('LD110', paths.clause, unknownId('clause', 'clauses', clauseId, ids));
    return;
  }
  const options = clause.options.map((option) => option.id);
  if (!options.includes(optionId)) {
    context.report(
      'LD110',
      paths.option,
      unknownId('option', 'options', optionId, options, { clause: clauseId }),
    );
  }
}

function checkFailed(
  context: LintContext,
  failed: Extract<Condition, { failed: string }>,
  site: ConditionSite,
): void {
  if (site.scope.place !== 'ending') {
    reportMisplaced(context, 'failed', site.path);
    return;
  }
  const meter = context.catalog.meters.get(failed.failed)?.item;
  if (meter === undefined) return; // reported as an unknown meter
  const sides = failed.side === undefined ? (['low', 'high'] as const) : [failed.side];
  if (sides.some((side) => meter[side]?.fail !== undefined)) return;
  context.report('LD315', [...site.path, 'failed'], {
    meter: meter.id,
    ...(failed.side === undefined ? {} : { side: failed.side }),
    sides: [...sides],
  });
}

/** `failed` belongs in an ending's `when`; `term` and `appeal` in a negotiation response's. */
function reportMisplaced(context: LintContext, kind: 'failed' | 'term' | 'appeal', path: JsonPath): void {
  context.report('LD311', [...path, kind], { kind });
}

import type { JsonPath } from '../diagnostics';
import type { Condition } from '../format/conditions';
import type { Negotiation } from '../format/scenario';
import type { LintContext } from './context';
import { unknownIdMessage } from './suggest';
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
    context.report(
      'LD109',
      choicePath,
      `event "${chose.event}" has no choices (for a negotiation, use "agreed")`,
    );
    return;
  }
  const ids = event.choices.map((choice) => choice.id);
  if (!ids.includes(chose.choice)) {
    context.report(
      'LD109',
      choicePath,
      unknownIdMessage('choice', 'choices', chose.choice, ids, ` of event "${chose.event}"`),
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
    context.report(
      'LD110',
      [...path, 'agreed', 'clause'],
      `event "${agreed.event}" has no negotiation (for choices, use "chose")`,
    );
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
    context.report('LD110', paths.clause, unknownIdMessage('clause', 'clauses', clauseId, ids));
    return;
  }
  const options = clause.options.map((option) => option.id);
  if (!options.includes(optionId)) {
    context.report(
      'LD110',
      paths.option,
      unknownIdMessage('option', 'options', optionId, options, ` in clause "${clauseId}"`),
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
  const where = failed.side === undefined ? 'on either side' : `on its ${failed.side} side`;
  context.report(
    'LD315',
    [...site.path, 'failed'],
    `meter "${meter.id}" cannot fail ${where} (it has no ${sides.map((side) => `${side}.fail`).join(' or ')})`,
  );
}

const ALLOWED_IN: Readonly<Record<'failed' | 'term' | 'appeal', string>> = {
  failed: "only in an ending's when (the run ended because a meter failed)",
  term: "only in a negotiation response's when (it reads the proposal)",
  appeal: "only in a negotiation response's when (it reads the proposal)",
};

function reportMisplaced(context: LintContext, kind: keyof typeof ALLOWED_IN, path: JsonPath): void {
  context.report('LD311', [...path, kind], `"${kind}" is allowed ${ALLOWED_IN[kind]}`);
}

import type { JsonPath } from '../diagnostics';
import type { Negotiation } from '../format/scenario';
import { checkClauseOption } from './conditions';
import type { LintContext } from './context';

/** LD110, LD323, LD324: counters name this negotiation's options, and an agreement is possible. */
export function checkNegotiations(context: LintContext): void {
  context.scenario.events.forEach((event, i) => {
    if (event.negotiation === undefined) return;
    const path = ['events', i, 'negotiation'];
    checkCounters(context, event.negotiation, path);
    checkAgreementPossible(context, event.negotiation, path);
  });
}

function checkCounters(context: LintContext, negotiation: Negotiation, path: JsonPath): void {
  negotiation.responses.forEach((response, i) => {
    const responsePath = [...path, 'responses', i];
    const counter = response.counter;
    if (response.response === 'counter' && (counter === undefined || Object.keys(counter).length === 0)) {
      context.report('LD324', [...responsePath, 'response'], {});
    } else if (response.response !== 'counter' && counter !== undefined) {
      context.report('LD324', [...responsePath, 'counter'], { response: response.response });
    }
    for (const [clause, option] of Object.entries(counter ?? {})) {
      checkClauseOption(context, negotiation, clause, option, {
        clause: [...responsePath, 'counter', clause],
        option: [...responsePath, 'counter', clause],
      });
    }
  });
}

/** Only an "accept" ends in agreement; a counter just starts another round. */
function checkAgreementPossible(context: LintContext, negotiation: Negotiation, path: JsonPath): void {
  if (negotiation.otherwise.response === 'accept') return;
  if (negotiation.responses.some((response) => response.response === 'accept')) return;
  context.report('LD323', [...path, 'otherwise', 'response']);
}

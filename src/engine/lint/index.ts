import type { Finding, JsonPath, Severity } from '../diagnostics';
import type { Scenario } from '../format/scenario';
import { checkCalendar } from './calendar';
import { Catalog } from './catalog';
import { checkThenCycles } from './chains';
import { checkConditions } from './conditions';
import type { LintContext } from './context';
import { checkEndings } from './endings';
import { checkEvents } from './events';
import { checkFlags } from './flags';
import { checkDuplicateIds } from './ids';
import { checkMeters } from './meters';
import { checkNegotiations } from './negotiation';
import { sortInDocumentOrder } from './order';
import { checkRanges } from './ranges';
import { checkEventReachability } from './reachability';
import { checkReferences } from './references';
import { checkRubric } from './rubric';
import { checkTranslations } from './translations';
import { checkUsage } from './usage';
import { collectSites } from './walk';

/**
 * Meaning checks on a scenario whose shape is already valid (the zod output, defaults filled).
 *
 * Every code the linter can report, with its severity and a one-line meaning. The authoring guide lists
 * this table; codes are stable, so never renumber one: retire it and take a new number instead.
 * Errors break a run or name something that does not exist; warnings are likely mistakes.
 */
export const LINT_CODES = {
  LD101: { severity: 'error', meaning: 'Duplicate id in one list; the message names the first.' },
  LD102: { severity: 'error', meaning: 'Unknown flag: not in `flags`.' },
  LD103: { severity: 'error', meaning: 'Unknown event: not in `events`.' },
  LD104: { severity: 'error', meaning: 'Unknown meter: not in `meters`.' },
  LD105: { severity: 'error', meaning: 'A meter the engine needs (trust, security, legalRisk) is missing.' },
  LD106: { severity: 'error', meaning: 'Unknown character: not in `characters`.' },
  LD107: { severity: 'error', meaning: 'Unknown objective: not in `objectives`.' },
  LD108: { severity: 'error', meaning: 'Unknown reference: not in `references`.' },
  LD109: { severity: 'error', meaning: '`chose` names a choice the event does not have.' },
  LD110: { severity: 'error', meaning: 'Unknown clause or option in `agreed`, `term` or `counter`.' },
  LD111: { severity: 'error', meaning: 'The rubric scores an ending that is not in `endings`.' },

  LD301: { severity: 'error', meaning: 'Meter `max` is not greater than `min`.' },
  LD302: { severity: 'error', meaning: 'Meter `start` is outside min..max.' },
  LD303: { severity: 'error', meaning: 'Meter starts inside a warning or fail zone.' },
  LD304: { severity: 'error', meaning: 'Thresholds out of order (low.fail<low.warn<high.warn<high.fail).' },
  LD305: { severity: 'error', meaning: 'Meter threshold outside min..max: it is never reached.' },
  LD306: { severity: 'error', meaning: 'A meter must warn before it fails: `fail` without `warn`.' },
  LD307: { severity: 'warning', meaning: '`warningEvent` never shown: that side has no `warn`.' },
  LD308: { severity: 'error', meaning: 'An event needs exactly one of `choices` (1 to 9) or `negotiation`.' },
  LD309: { severity: 'error', meaning: '`once` and `maxTimes` together: give one.' },
  LD310: { severity: 'error', meaning: 'Chained events (`next`) form a cycle: the turn never ends.' },
  LD311: { severity: 'error', meaning: '`failed` outside endings, or `term`/`appeal` outside responses.' },
  LD312: { severity: 'error', meaning: 'A bound gives neither `atLeast` nor `atMost`.' },
  LD313: { severity: 'error', meaning: '`atLeast` is greater than `atMost`: the condition never holds.' },
  LD314: { severity: 'warning', meaning: 'Bound outside the possible values: the condition never holds.' },
  LD315: { severity: 'error', meaning: '`failed` names a meter with no `fail` on that side.' },
  LD316: { severity: 'error', meaning: 'Calendar: the number of labels differs from `turns`.' },
  LD317: { severity: 'warning', meaning: 'Scheduled further out than the calendar: never comes due.' },
  LD318: { severity: 'warning', meaning: 'Flag set but never read.' },
  LD319: { severity: 'warning', meaning: 'Flag read but never set: it is never true.' },
  LD320: { severity: 'warning', meaning: 'Flag declared but never set or read.' },
  LD321: { severity: 'warning', meaning: 'Event never shown: nothing leads to it, or needs an unset flag.' },
  LD322: { severity: 'warning', meaning: 'Every choice of the event has a `when`: possible dead end.' },
  LD323: { severity: 'warning', meaning: 'Negotiation can never reach an agreement.' },
  LD324: { severity: 'warning', meaning: '`counter` missing on a "counter" response, or ignored on others.' },
  LD325: { severity: 'warning', meaning: 'No fallback event: some turns may have no event.' },
  LD326: { severity: 'warning', meaning: 'No ending without `when`: a run may match no ending.' },
  LD327: { severity: 'error', meaning: 'Ending after an ending without `when`: never reached.' },
  LD328: { severity: 'warning', meaning: 'No ending has tone "best".' },
  LD329: { severity: 'warning', meaning: 'Objective declared but never referenced.' },
  LD330: { severity: 'warning', meaning: 'Reference declared but never cited.' },
  LD331: { severity: 'warning', meaning: 'Character declared but never speaks or negotiates.' },
  LD332: { severity: 'warning', meaning: 'The rubric gives no score for some endings.' },

  LD401: { severity: 'warning', meaning: 'Missing Korean (ko) text.' },
  LD402: { severity: 'warning', meaning: 'Missing English (en) text.' },
  LD403: { severity: 'warning', meaning: 'Korean and English texts identical: probably untranslated.' },
  LD404: { severity: 'warning', meaning: 'Korean text without Hangul: probably untranslated.' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type LintCode = keyof typeof LINT_CODES;

const CHECKS: readonly ((context: LintContext) => void)[] = [
  checkDuplicateIds,
  checkReferences,
  checkMeters,
  checkCalendar,
  checkEvents,
  checkThenCycles,
  checkConditions,
  checkRanges,
  checkNegotiations,
  checkFlags,
  checkEventReachability,
  checkEndings,
  checkUsage,
  checkTranslations,
  checkRubric,
];

/** Every finding about the scenario, in document order. Never throws on a scenario of valid shape. */
export function lint(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const context: LintContext = {
    scenario,
    catalog: new Catalog(scenario),
    sites: collectSites(scenario),
    report(code: LintCode, path: JsonPath, message: string) {
      findings.push({ code, severity: LINT_CODES[code].severity, path, message });
    },
  };
  for (const check of CHECKS) check(context);
  return sortInDocumentOrder(findings, scenario);
}

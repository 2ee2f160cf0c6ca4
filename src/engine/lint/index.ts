import type { ArgsParam, DiagnosticCode, Finding, JsonPath } from '../diagnostics';
import { finding } from '../diagnostics/messages';
import type { Scenario } from '../format/scenario';
import { checkCalendar } from './calendar';
import { Catalog } from './catalog';
import { checkThenCycles } from './chains';
import { checkConditions } from './conditions';
import type { LintContext } from './context';
import { checkEndings } from './endings';
import { checkEvents } from './events';
import { checkFlags } from './flags';
import { checkGlossary } from './glossary';
import { checkDuplicateIds } from './ids';
import { checkMeters } from './meters';
import { checkNegotiations } from './negotiation';
import { checkObjectiveTags } from './objective-tags';
import { sortInDocumentOrder } from './order';
import { checkRanges } from './ranges';
import { checkEventReachability } from './reachability';
import { checkReferences } from './references';
import { checkRiskBalance } from './risk-balance';
import { checkRubric } from './rubric';
import { checkTranslations } from './translations';
import { checkUsage } from './usage';
import { collectSites } from './walk';

/** Meaning checks on a scenario whose shape is already valid (the zod output, defaults filled). */
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
  checkRiskBalance,
  checkGlossary,
  checkObjectiveTags,
];

/** Every finding about the scenario, in document order. Never throws on a scenario of valid shape. */
export function lint(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const context: LintContext = {
    scenario,
    catalog: new Catalog(scenario),
    sites: collectSites(scenario),
    report<C extends DiagnosticCode>(code: C, path: JsonPath, ...args: ArgsParam<C>) {
      findings.push(finding(code, path, ...args));
    },
  };
  for (const check of CHECKS) check(context);
  return sortInDocumentOrder(findings, scenario);
}

import type { ArgsParam, DiagnosticCode, JsonPath } from '../diagnostics';
import type { Scenario } from '../format/scenario';
import type { Catalog } from './catalog';
import type { ScenarioSites } from './walk';

/** What every check gets: the scenario, its declared ids, every visited site, and where to report. */
export interface LintContext {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  readonly sites: ScenarioSites;
  /** Severity and message come from the code's table entry, so a code always has the same severity. */
  report<C extends DiagnosticCode>(code: C, path: JsonPath, ...args: ArgsParam<C>): void;
}

import type { JsonPath } from '../diagnostics';
import type { Scenario } from '../format/scenario';
import type { Catalog } from './catalog';
import type { LintCode } from './index';
import type { ScenarioSites } from './walk';

/** What every check gets: the scenario, its declared ids, every visited site, and where to report. */
export interface LintContext {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  readonly sites: ScenarioSites;
  /** Severity comes from the code table, so a code always has the same severity. */
  report(code: LintCode, path: JsonPath, message: string): void;
}

import type { Scenario } from './format/scenario';
import type { LocalText } from './format/text';

/** What the scenario select screen shows before a scenario is loaded. */
export interface ScenarioCard {
  readonly id: string;
  readonly version: string;
  readonly title: LocalText;
  readonly summary: LocalText;
  readonly minutes: number;
  readonly objectives: Scenario['objectives'];
  /** The letters that start this scenario's class codes, when it has them. */
  readonly classKey?: string;
}

/** The card of a scenario: made at build time for shipped ones, in the browser for an opened file. */
export function scenarioCard(s: Scenario): ScenarioCard {
  return {
    id: s.id,
    version: s.version,
    title: s.title,
    summary: s.summary,
    minutes: s.minutes,
    objectives: s.objectives,
    ...(s.classKey === undefined ? {} : { classKey: s.classKey }),
  };
}

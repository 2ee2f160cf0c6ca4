import type { Scenario } from '../engine';

/**
 * A shipped scenario as the start of a new draft: its whole content under an id of its own, so the
 * draft and the shipped scenario never share a saved run or a place in the scenario list.
 */
export function templateFromShipped(scenario: Scenario): string {
  return `${JSON.stringify({ ...scenario, id: `${scenario.id}-copy` }, null, 2)}\n`;
}

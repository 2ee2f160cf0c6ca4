import type { PolicyName, SimulationReport } from '../../engine';
import type { HeatResult } from '../heat/heat-job';
import type { NodeKey } from './graph';

/** The reports the map is coloured by: every play style's together, or one style's. */
export type HeatSelection = 'all' | PolicyName;

export interface NodeHeat {
  readonly runs: number;
  readonly of: number;
  readonly share: number;
}

function selected(result: HeatResult, selection: HeatSelection): readonly SimulationReport[] {
  return selection === 'all' ? result.reports : result.reports.filter((r) => r.policy === selection);
}

/** Per event and ending: the runs (of the selected styles) that showed it or ended there. */
export function heatByNode(result: HeatResult, selection: HeatSelection): Map<NodeKey, NodeHeat> {
  const reports = selected(result, selection);
  const of = reports.reduce((sum, r) => sum + r.runs, 0);
  const counts = new Map<NodeKey, number>();
  const add = (key: NodeKey, runs: number) => counts.set(key, (counts.get(key) ?? 0) + runs);
  for (const report of reports) {
    for (const event of report.events) add(`event:${event.id}`, event.runs);
    for (const ending of report.endings) add(`ending:${ending.id}`, ending.runs);
  }
  const heat = new Map<NodeKey, NodeHeat>();
  for (const [key, runs] of counts) heat.set(key, { runs, of, share: of === 0 ? 0 : runs / of });
  return heat;
}

/** What no play style did: cards never shown, choices never taken, endings never reached. */
export function neverUnderAnyStyle(result: HeatResult): {
  readonly events: readonly string[];
  readonly choices: readonly { readonly event: string; readonly choice: string }[];
  readonly endings: readonly string[];
} {
  const reports = result.reports;
  const first = reports[0];
  if (first === undefined) return { events: [], choices: [], endings: [] };
  const neverEvent = (e: number) => reports.every((r) => r.events[e]?.runs === 0);
  return {
    events: first.events.filter((_, e) => neverEvent(e)).map((e) => e.id),
    choices: first.events.flatMap((event, e) =>
      event.choices
        .filter((_, c) => reports.every((r) => r.events[e]?.choices[c]?.runs === 0))
        .map((choice) => ({ event: event.id, choice: choice.id })),
    ),
    endings: first.endings.filter((_, i) => reports.every((r) => r.endings[i]?.runs === 0)).map((e) => e.id),
  };
}

/** Colour steps of the heat; each is also named in the legend and every node says its number. */
export type HeatBucket = 'never' | 'rare' | 'some' | 'often' | 'most';
export const HEAT_BUCKETS: readonly HeatBucket[] = ['never', 'rare', 'some', 'often', 'most'];

export function bucketOf(share: number): HeatBucket {
  if (share <= 0) return 'never';
  if (share < 0.05) return 'rare';
  if (share < 0.25) return 'some';
  return share < 0.5 ? 'often' : 'most';
}

/** A share as a percentage an author can compare: one decimal, and "<0.1%" rather than a false 0%. */
export function percent(share: number): string {
  if (share > 0 && share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

import type { Condition, JsonPath, LocalText, Scenario } from '../../engine';
import {
  addReads,
  decisionSites,
  emptyReads,
  eventReads,
  flagsSet,
  type Reads,
  warningEvents,
} from './consequences';
import { type TimedLink, type TurnRange, turnRanges } from './turn-ranges';

/** A node's key: its kind and id, unique in a graph (an ending and an event may share an id). */
export type NodeKey = `${'event' | 'ending' | 'meter'}:${string}`;

interface NodeBase {
  readonly key: NodeKey;
  readonly id: string;
  /** Where it is in the file: what "open" goes to, and what findings are pinned under. */
  readonly path: JsonPath;
  readonly title: LocalText;
}

export interface EventNode extends NodeBase {
  readonly kind: 'event';
  /** The turns it can be shown in; null when nothing draws, schedules or chains it in the calendar. */
  readonly range: TurnRange | null;
  /** A meter shows it when entering a warning zone. */
  readonly warning: boolean;
  /** Some decision in it ends the run. */
  readonly endsRun: boolean;
}

export interface EndingNode extends NodeBase {
  readonly kind: 'ending';
  readonly tone: 'best' | 'good' | 'mixed' | 'bad';
  /** Endings are checked in order; none means "otherwise". */
  readonly when: Condition | undefined;
}

/** A meter with a warning event: where the warning edges start. */
export interface MeterNode extends NodeBase {
  readonly kind: 'meter';
}

export type MapNode = EventNode | EndingNode | MeterNode;

/**
 * How one node leads to another: `schedule` (in `turns` turns), `chain` (a choice's `next`, the same
 * turn), `flag` (set by `via` in the source, read by the target's conditions), `warning` (a meter's
 * warning zone shows the event) or `condition` (the target reads a choice or the visits of the source).
 */
export type MapEdge =
  | {
      readonly kind: 'schedule';
      readonly from: NodeKey;
      readonly to: NodeKey;
      readonly turns: number;
      readonly via: string;
    }
  | { readonly kind: 'chain'; readonly from: NodeKey; readonly to: NodeKey; readonly via: string }
  | {
      readonly kind: 'flag';
      readonly from: NodeKey;
      readonly to: NodeKey;
      readonly flag: string;
      readonly via: string;
    }
  | { readonly kind: 'warning'; readonly from: NodeKey; readonly to: NodeKey; readonly side: 'low' | 'high' }
  | { readonly kind: 'condition'; readonly from: NodeKey; readonly to: NodeKey; readonly what: string };

export type EdgeKind = MapEdge['kind'];
export const EDGE_KINDS: readonly EdgeKind[] = ['schedule', 'chain', 'flag', 'warning', 'condition'];

export interface ScenarioGraph {
  readonly turns: number;
  /** Meters with warnings, events in file order, then endings in the order they are checked. */
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

const eventKey = (id: string): NodeKey => `event:${id}`;

/** The map of a parsed scenario: what can happen when, and what leads to what. */
export function buildGraph(scenario: Scenario): ScenarioGraph {
  const eventIds = new Set(scenario.events.map((e) => e.id));
  const warnings = warningEvents(scenario).filter((w) => eventIds.has(w.event));
  const edges: MapEdge[] = [];
  const links: TimedLink[] = [];
  const setters = new Map<string, { from: NodeKey; via: string }[]>();
  scenario.events.forEach((event, i) => {
    const from = eventKey(event.id);
    for (const site of decisionSites(event, i)) {
      for (const entry of site.consequences.schedule ?? []) {
        if (!('event' in entry) || !eventIds.has(entry.event)) continue;
        edges.push({ kind: 'schedule', from, to: eventKey(entry.event), turns: entry.in, via: site.via });
        links.push({ from: event.id, to: entry.event, after: entry.in });
      }
      if (site.next !== undefined && eventIds.has(site.next)) {
        edges.push({ kind: 'chain', from, to: eventKey(site.next), via: site.via });
        links.push({ from: event.id, to: site.next, after: 0 });
      }
      for (const flag of new Set(flagsSet(site.consequences))) {
        setters.set(flag, [...(setters.get(flag) ?? []), { from, via: site.via }]);
      }
    }
  });
  for (const w of warnings) {
    edges.push({ kind: 'warning', from: `meter:${w.meter}`, to: eventKey(w.event), side: w.side });
  }
  const readers: { to: NodeKey; reads: Reads }[] = [
    ...scenario.events.map((e) => ({ to: eventKey(e.id), reads: eventReads(e) })),
    ...scenario.endings.map((e) => ({
      to: `ending:${e.id}` as NodeKey,
      reads: addReads(emptyReads(), e.when),
    })),
  ];
  for (const { to, reads } of readers) {
    for (const flag of reads.flags) {
      for (const setter of setters.get(flag) ?? []) {
        if (setter.from !== to) edges.push({ kind: 'flag', from: setter.from, to, flag, via: setter.via });
      }
    }
    for (const [id, whats] of reads.events) {
      if (!eventIds.has(id) || eventKey(id) === to) continue;
      for (const what of whats) edges.push({ kind: 'condition', from: eventKey(id), to, what });
    }
  }
  const warned = new Set(warnings.map((w) => w.event));
  const ranges = turnRanges(scenario, links, warned);
  const meters = new Set(warnings.map((w) => w.meterIndex));
  const nodes: MapNode[] = [
    ...scenario.meters.flatMap((meter, m): MeterNode[] =>
      meters.has(m)
        ? [{ kind: 'meter', key: `meter:${meter.id}`, id: meter.id, path: ['meters', m], title: meter.label }]
        : [],
    ),
    ...scenario.events.map(
      (event, i): EventNode => ({
        kind: 'event',
        key: eventKey(event.id),
        id: event.id,
        path: ['events', i],
        title: event.title,
        range: ranges.get(event.id) ?? null,
        warning: warned.has(event.id),
        endsRun: decisionSites(event, i).some((site) => site.endsRun === true),
      }),
    ),
    ...scenario.endings.map(
      (ending, i): EndingNode => ({
        kind: 'ending',
        key: `ending:${ending.id}`,
        id: ending.id,
        path: ['endings', i],
        title: ending.title,
        tone: ending.tone,
        when: ending.when,
      }),
    ),
  ];
  return { turns: scenario.calendar.turns, nodes, edges: dedupe(edges) };
}

/** One edge per source, target and meaning: two choices of an event setting the same flag draw once. */
function dedupe(edges: readonly MapEdge[]): MapEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const { kind, from, to } = edge;
    const meaning =
      kind === 'schedule' ? edge.turns : kind === 'flag' ? edge.flag : kind === 'condition' ? edge.what : '';
    const id = `${kind}|${from}|${to}|${meaning}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The text of a node in a locale, else in the other one, else its id. */
export function titleIn(node: MapNode, locale: 'ko' | 'en'): string {
  return node.title[locale] ?? node.title[locale === 'ko' ? 'en' : 'ko'] ?? node.id;
}

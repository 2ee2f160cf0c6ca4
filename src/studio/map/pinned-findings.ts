import type { JsonPath } from '../../engine';
import type { MapNode, NodeKey, ScenarioGraph } from './graph';

interface PathFinding {
  readonly path: JsonPath;
  readonly severity: 'error' | 'warning';
}

export interface Pinned<F> {
  readonly findings: readonly F[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The findings that fall under each node's JSON path (an event's, an ending's, a warning meter's), for
 * the badges on the map; the rest (the calendar, the flags, the file as a whole) are `elsewhere`.
 */
export function pinFindings<F extends PathFinding>(
  graph: ScenarioGraph,
  findings: readonly F[],
): { readonly byNode: ReadonlyMap<NodeKey, Pinned<F>>; readonly elsewhere: readonly F[] } {
  const owners = new Map<string, MapNode>();
  for (const node of graph.nodes) owners.set(`${node.path[0]}/${node.path[1]}`, node);
  const grouped = new Map<NodeKey, F[]>();
  const elsewhere: F[] = [];
  for (const finding of findings) {
    const owner = owners.get(`${finding.path[0]}/${finding.path[1]}`);
    if (owner === undefined) {
      elsewhere.push(finding);
      continue;
    }
    grouped.set(owner.key, [...(grouped.get(owner.key) ?? []), finding]);
  }
  const byNode = new Map<NodeKey, Pinned<F>>();
  for (const [key, list] of grouped) {
    const errors = list.filter((f) => f.severity === 'error').length;
    // Errors first, so the badge's link goes to the worst.
    const sorted = [...list].sort((a, b) => rank(a) - rank(b));
    byNode.set(key, { findings: sorted, errors, warnings: list.length - errors });
  }
  return { byNode, elsewhere };
}

const rank = (f: PathFinding) => (f.severity === 'error' ? 0 : 1);

import type { MapMessages } from '../i18n/map';
import type { EdgeKind, MapEdge, NodeKey } from './graph';
import { type MapLayout, NODE_HEIGHT, NODE_WIDTH } from './layout';

/** What an edge says: "+2 turns", "same turn", "flag signed", "trust low warning", "chose resign". */
export function edgeLabel(edge: MapEdge, m: MapMessages): string {
  switch (edge.kind) {
    case 'schedule':
      return m.afterTurns(edge.turns);
    case 'chain':
      return m.chain;
    case 'flag':
      return m.flag(edge.flag);
    case 'warning':
      return m.warningSide(edge.from.slice('meter:'.length), edge.side);
    default:
      return m.condition(edge.what);
  }
}

/**
 * A curve from the right side of the source to the left side of the target; to a column at or left of
 * the source, it loops out to the right and back into the target's right side, so it never runs
 * through the cards of the columns between.
 */
function curve(layout: MapLayout, edge: MapEdge): { d: string; mx: number; my: number } | null {
  const from = layout.placed.get(edge.from);
  const to = layout.placed.get(edge.to);
  if (from === undefined || to === undefined) return null;
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const y2 = to.y + NODE_HEIGHT / 2;
  if (to.column > from.column) {
    const x2 = to.x;
    const bend = Math.max(30, (x2 - x1) / 2);
    return {
      d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
      mx: (x1 + x2) / 2,
      my: (y1 + y2) / 2,
    };
  }
  const x2 = to.x + NODE_WIDTH;
  const out = 36 + Math.abs(y2 - y1) / 12;
  return {
    d: `M${x1},${y1} C${x1 + out},${y1} ${x2 + out},${y2} ${x2},${y2}`,
    mx: Math.max(x1, x2) + out * 0.75,
    my: (y1 + y2) / 2,
  };
}

/**
 * The links between nodes, under them. All kinds shown are drawn faint; those of the node in focus
 * strong and labelled, so a map of seventy cards stays readable. Schedules are always labelled ("+N
 * turns"): the delay is what an author most needs to see. Kinds differ by dash pattern, not colour alone.
 */
export function MapEdges(props: {
  layout: MapLayout;
  edges: readonly MapEdge[];
  shown: ReadonlySet<EdgeKind>;
  focus: NodeKey | null;
  m: MapMessages;
}) {
  const { layout, m, focus } = props;
  const drawn = props.edges.filter((e) => props.shown.has(e.kind));
  // The focused node's links last, so they are drawn over the faint ones.
  const touching = (e: MapEdge) => e.from === focus || e.to === focus;
  const ordered = [...drawn.filter((e) => !touching(e)), ...drawn.filter(touching)];
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: lines drawn for the eye (nothing in them takes focus); the list view says the same in words
    <g class="map-edges" aria-hidden="true">
      {ordered.map((edge) => {
        const path = curve(layout, edge);
        if (path === null) return null;
        const strong = touching(edge);
        const labelled = strong || edge.kind === 'schedule';
        return (
          <g
            key={`${edge.kind}|${edge.from}|${edge.to}|${edgeLabel(edge, m)}`}
            class={`map-edge edge-${edge.kind}${strong ? ' strong' : ''}`}
          >
            <path d={path.d} marker-end={`url(#map-arrow-${strong ? 'strong' : 'faint'})`} />
            {labelled && (
              <text x={path.mx} y={path.my - 4} text-anchor="middle">
                {edgeLabel(edge, m)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Arrowheads for the links, faint and strong. */
export function EdgeMarkers() {
  return (
    <defs>
      {(['faint', 'strong'] as const).map((kind) => (
        <marker
          key={kind}
          id={`map-arrow-${kind}`}
          class={`map-arrow ${kind}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={7}
          markerHeight={7}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      ))}
    </defs>
  );
}

import type { Locale, LocalText } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import type { MapMessages } from '../i18n/map';
import type { EdgeKind, MapNode, NodeKey, ScenarioGraph } from './graph';
import type { NodeHeat } from './heat-shares';
import { type Column, type Direction, type MapLayout, NODE_WIDTH, neighbour, PADDING } from './layout';
import { EdgeMarkers, MapEdges } from './map-edges';
import { domId, FindingsBadge, MapNodeView } from './map-node';
import type { Pinned } from './pinned-findings';

const KEYS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

export function columnTitle(
  column: Column,
  m: MapMessages,
  labels: readonly LocalText[],
  locale: Locale,
): string {
  if (column.kind !== 'turn') return m.column[column.kind];
  return m.column.turn(column.turn, labels[column.turn - 1]?.[locale] ?? '');
}

/**
 * The map as SVG, in a box that scrolls both ways: column headings, the links, the nodes and their
 * findings badges. One tab stop (the node in focus, then its badge); the arrow keys move between nodes,
 * Enter or Space opens one.
 */
export function MapView(props: {
  graph: ScenarioGraph;
  layout: MapLayout;
  locale: Locale;
  m: MapMessages;
  turnLabels: readonly LocalText[];
  zoom: number;
  shown: ReadonlySet<EdgeKind>;
  heat: ReadonlyMap<NodeKey, NodeHeat> | null;
  pinned: ReadonlyMap<NodeKey, Pinned<ShownDiagnostic>>;
  focus: NodeKey;
  onFocus(key: NodeKey): void;
  onOpen(node: MapNode): void;
  onBadge(findings: readonly ShownDiagnostic[]): void;
}) {
  const { layout, m, zoom } = props;
  const move = (event: KeyboardEvent) => {
    const target = event.target as Element;
    if (!target.classList.contains('map-node')) return;
    const direction = KEYS[event.key];
    if (direction !== undefined) {
      event.preventDefault();
      const next = neighbour(layout, props.focus, direction);
      props.onFocus(next);
      const element = document.getElementById(domId(next));
      element?.focus();
      element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const placed = layout.placed.get(props.focus);
      if (placed !== undefined) props.onOpen(placed.node);
    }
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls both ways must take focus, or a keyboard cannot scroll it (axe: scrollable-region-focusable)
    <div class="studio-map-scroll" tabIndex={0}>
      {/* biome-ignore lint/a11y/useSemanticElements: SVG has no fieldset; the group names the map's nodes */}
      <svg
        class="studio-map"
        role="group"
        aria-label={m.mapLabel}
        aria-describedby="studio-map-hint"
        width={layout.width * zoom}
        height={layout.height * zoom}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        onKeyDown={move}
        onClick={(event) => {
          const key = (event.target as Element).closest('.map-node')?.getAttribute('data-key');
          const placed = key ? layout.placed.get(key as NodeKey) : undefined;
          if (placed !== undefined) props.onOpen(placed.node);
        }}
      >
        <EdgeMarkers />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: headings drawn for the eye; each node's name says its turns */}
        <g class="map-columns" aria-hidden="true">
          {layout.columns.map((column) => (
            <text key={`${column.kind}${column.turn}`} x={column.x} y={PADDING + 18} class="map-column-title">
              {columnTitle(column, m, props.turnLabels, props.locale)}
            </text>
          ))}
          {layout.columns.map((column) => (
            <line
              key={`rule-${column.kind}${column.turn}`}
              x1={column.x}
              x2={column.x + NODE_WIDTH}
              y1={PADDING + 28}
              y2={PADDING + 28}
            />
          ))}
        </g>
        <MapEdges layout={layout} edges={props.graph.edges} shown={props.shown} focus={props.focus} m={m} />
        {[...layout.placed.values()].map((place) => {
          const pinned = props.pinned.get(place.node.key);
          const current = place.node.key === props.focus;
          return (
            <g key={place.node.key}>
              <MapNodeView
                place={place}
                locale={props.locale}
                m={m}
                heat={props.heat?.get(place.node.key)}
                current={current}
                onFocus={() => props.onFocus(place.node.key)}
              />
              {pinned !== undefined && (
                <FindingsBadge
                  place={place}
                  pinned={pinned}
                  m={m}
                  current={current}
                  onGo={() => props.onBadge(pinned.findings)}
                />
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

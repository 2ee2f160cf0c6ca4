import type { Locale } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import type { MapMessages } from '../i18n/map';
import { conditionText } from './condition-text';
import { type MapNode, titleIn } from './graph';
import { bucketOf, type NodeHeat, percent } from './heat-shares';
import { NODE_HEIGHT, NODE_WIDTH, type Placed } from './layout';
import type { Pinned } from './pinned-findings';

/** What a node says under its title: an event's turns and marks, an ending's tone and condition. */
export function nodeDetail(node: MapNode, m: MapMessages): string {
  if (node.kind === 'meter') return m.column.warnings;
  if (node.kind === 'ending') return `${m.tone[node.tone]} · ${conditionText(node.when, m.when)}`;
  const range = node.range === null ? m.noRange : m.range(node.range.first, node.range.last);
  const marks = [node.warning ? m.warningEvent : '', node.endsRun ? m.endsRun : ''].filter(Boolean);
  return [range, ...marks].join(' · ');
}

export function heatText(node: MapNode, heat: NodeHeat | undefined, m: MapMessages): string {
  if (heat === undefined || node.kind === 'meter') return '';
  return node.kind === 'ending' ? m.reachedShare(percent(heat.share)) : m.drawnShare(percent(heat.share));
}

/**
 * One node of the map: a focusable card (one tab stop for the whole map, moved by the arrow keys) with
 * its title, its turns or condition and, after a heat run, its share as text and as a fill (its name is
 * its text, so what a screen reader says is what the eye reads). Its badge of
 * findings is a link of its own beside it (not inside: controls do not nest), reachable with Tab from
 * the node that has focus.
 */
export function MapNodeView(props: {
  place: Placed;
  locale: Locale;
  m: MapMessages;
  heat: NodeHeat | undefined;
  current: boolean;
  onFocus(): void;
}) {
  const { place, m, heat } = props;
  const { node, x, y } = place;
  const title = titleIn(node, props.locale);
  const detail = nodeDetail(node, m);
  const share = heatText(node, heat, m);
  const bucket = heat === undefined || node.kind === 'meter' ? 'none' : bucketOf(heat.share);
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no button element; a g with the role is the way
    <g
      class={`map-node node-${node.kind} heat-${bucket}${node.kind === 'ending' ? ` tone-${node.tone}` : ''}`}
      data-key={node.key}
      id={domId(node.key)}
      role="button"
      tabIndex={props.current ? 0 : -1}
      transform={`translate(${x} ${y})`}
      onFocus={props.onFocus}
    >
      <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={node.kind === 'ending' ? 14 : 6} />
      {/* HTML text, cut by CSS where it is too long: the full text stays the node's name, as shown. */}
      <foreignObject x={0} y={0} width={NODE_WIDTH} height={NODE_HEIGHT}>
        <div class="map-node-body">
          <span class="map-node-title">{title}</span> <span class="map-node-detail">{detail}</span>{' '}
          <span class="map-node-heat">{share === '' ? node.id : share}</span>
        </div>
      </foreignObject>
    </g>
  );
}

/** The findings badge of a node: the count, a shape for the worst severity, and a link to the finding. */
export function FindingsBadge(props: {
  place: Placed;
  pinned: Pinned<ShownDiagnostic>;
  m: MapMessages;
  current: boolean;
  onGo(): void;
}) {
  const { place, pinned } = props;
  const severity = pinned.errors > 0 ? 'error' : 'warning';
  const count = pinned.errors + pinned.warnings;
  const cx = place.x + NODE_WIDTH - 2;
  const cy = place.y + 2;
  return (
    // biome-ignore lint/a11y/useSemanticElements: it goes to a control on the page, not an address, so not an SVG <a>
    <g
      class={`map-badge badge-${severity}`}
      role="link"
      tabIndex={props.current ? 0 : -1}
      aria-label={props.m.findingsBadge(pinned.errors, pinned.warnings)}
      data-badge={place.node.key}
      onClick={props.onGo}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        props.onGo();
      }}
    >
      {severity === 'error' ? (
        <circle cx={cx} cy={cy} r={13} />
      ) : (
        <polygon points={`${cx},${cy - 15} ${cx + 15},${cy} ${cx},${cy + 15} ${cx - 15},${cy}`} />
      )}
      <text x={cx} y={cy + 5} text-anchor="middle">
        {count}
      </text>
    </g>
  );
}

/** The DOM id of a node's element on the map (ids are letters, digits, "-" and "_", safe in an id). */
export function domId(key: string): string {
  return `studio-map-${key.replace(':', '-')}`;
}

import type { Locale, LocalText } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import type { MapMessages } from '../i18n/map';
import { type MapEdge, type MapNode, type NodeKey, type ScenarioGraph, titleIn } from './graph';
import type { NodeHeat } from './heat-shares';
import type { MapLayout } from './layout';
import { edgeLabel } from './map-edges';
import { heatText, nodeDetail } from './map-node';
import { columnTitle } from './map-view';
import type { Pinned } from './pinned-findings';

const itemId = (key: NodeKey) => `studio-list-${key.replace(':', '-')}`;

/**
 * The map as a list, for a screen reader and for anyone who prefers to read: the same columns as
 * headings, each card with its turns, its heat and findings, then what leads to it and what it leads to,
 * each a link to that card's entry in the list. Every edge shown on the map is here, whatever the map's
 * link filter, so nothing is only visible.
 */
export function ListView(props: {
  graph: ScenarioGraph;
  layout: MapLayout;
  locale: Locale;
  m: MapMessages;
  turnLabels: readonly LocalText[];
  heat: ReadonlyMap<NodeKey, NodeHeat> | null;
  pinned: ReadonlyMap<NodeKey, Pinned<ShownDiagnostic>>;
  onOpen(node: MapNode): void;
  onBadge(findings: readonly ShownDiagnostic[]): void;
}) {
  const { graph, layout, m, locale } = props;
  const incoming = new Map<NodeKey, MapEdge[]>();
  const outgoing = new Map<NodeKey, MapEdge[]>();
  for (const edge of graph.edges) {
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  }
  const nameOf = (key: NodeKey) => {
    const node = layout.placed.get(key)?.node;
    return node === undefined ? key : titleIn(node, locale);
  };
  const jump = (event: MouseEvent, key: NodeKey) => {
    // The entry's heading takes focus, so the next Tab goes on from there; the address keeps no hash.
    event.preventDefault();
    const target = document.getElementById(itemId(key));
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  };
  const links = (edges: readonly MapEdge[] | undefined, end: 'from' | 'to') =>
    edges === undefined || edges.length === 0 ? (
      <span>{m.nothing}</span>
    ) : (
      <ul>
        {edges.map((edge) => (
          <li key={`${edge.kind}|${edge.from}|${edge.to}|${edgeLabel(edge, m)}`}>
            <a href={`#${itemId(edge[end])}`} onClick={(e) => jump(e, edge[end])}>
              <bdi>{nameOf(edge[end])}</bdi>
            </a>{' '}
            ({edgeLabel(edge, m)}
            {'via' in edge ? `, ${m.via(edge.via)}` : ''})
          </li>
        ))}
      </ul>
    );
  return (
    <section class="studio-map-list" aria-labelledby="studio-map-list-heading">
      <h3 id="studio-map-list-heading">{m.listHeading}</h3>
      {layout.columns.map((column) => (
        <section key={`${column.kind}${column.turn}`} class="map-list-column">
          <h4>{columnTitle(column, m, props.turnLabels, locale)}</h4>
          <ul class="map-list-items">
            {column.keys.map((key) => {
              const node = layout.placed.get(key)?.node;
              if (node === undefined) return null;
              const pinned = props.pinned.get(key);
              const share = heatText(node, props.heat?.get(key), m);
              return (
                <li key={key} class={`map-list-item node-${node.kind}`}>
                  <p class="map-list-title" id={itemId(key)} tabIndex={-1}>
                    <button type="button" class="link" onClick={() => props.onOpen(node)}>
                      <bdi>{titleIn(node, locale)}</bdi>
                    </button>{' '}
                    <code>{node.id}</code> · {nodeDetail(node, m)}
                    {share !== '' && ` · ${share}`}
                  </p>
                  {pinned !== undefined && (
                    <button
                      type="button"
                      class="link map-list-findings"
                      onClick={() => props.onBadge(pinned.findings)}
                    >
                      {m.findingsBadge(pinned.errors, pinned.warnings)}
                    </button>
                  )}
                  <dl>
                    <dt>{m.ledToBy}</dt>
                    <dd>{links(incoming.get(key), 'from')}</dd>
                    <dt>{m.leadsTo}</dt>
                    <dd>{links(outgoing.get(key), 'to')}</dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

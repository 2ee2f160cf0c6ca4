import type { MapNode, NodeKey, ScenarioGraph } from './graph';

/** A column of the map: the meters that warn, one per earliest turn, events nothing reaches, endings. */
export type ColumnKind = 'warnings' | 'turn' | 'unreached' | 'endings';

export interface Column {
  readonly kind: ColumnKind;
  /** For a turn column: the earliest turn its events can be shown in. */
  readonly turn: number;
  readonly x: number;
  readonly keys: readonly NodeKey[];
}

export interface Placed {
  readonly node: MapNode;
  readonly x: number;
  readonly y: number;
  readonly column: number;
  readonly row: number;
}

export interface MapLayout {
  readonly columns: readonly Column[];
  readonly placed: ReadonlyMap<NodeKey, Placed>;
  readonly width: number;
  readonly height: number;
}

/** Sizes in SVG units (CSS pixels at 100% zoom): a node holds two lines of title, its range and its heat. */
export const NODE_WIDTH = 208;
export const NODE_HEIGHT = 76;
export const COLUMN_GAP = 72;
export const ROW_GAP = 14;
export const HEADER_HEIGHT = 44;
export const PADDING = 16;

const ORDER: Readonly<Record<ColumnKind, number>> = { warnings: 0, turn: 1, unreached: 2, endings: 3 };

function columnOf(node: MapNode): { kind: ColumnKind; turn: number } {
  if (node.kind === 'meter') return { kind: 'warnings', turn: 0 };
  if (node.kind === 'ending') return { kind: 'endings', turn: 0 };
  return node.range === null ? { kind: 'unreached', turn: 0 } : { kind: 'turn', turn: node.range.first };
}

/**
 * Columns left to right (warnings, turns in order, unreached, endings), only those with nodes, so a
 * long calendar with few events stays narrow; nodes keep file order within a column.
 */
export function layoutGraph(graph: ScenarioGraph): MapLayout {
  const groups = new Map<string, { kind: ColumnKind; turn: number; nodes: MapNode[] }>();
  for (const node of graph.nodes) {
    const { kind, turn } = columnOf(node);
    const id = `${kind}:${turn}`;
    const group = groups.get(id) ?? { kind, turn, nodes: [] };
    group.nodes.push(node);
    groups.set(id, group);
  }
  const sorted = [...groups.values()].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.turn - b.turn);
  const placed = new Map<NodeKey, Placed>();
  let tallest = 0;
  const columns = sorted.map((group, c): Column => {
    const x = PADDING + c * (NODE_WIDTH + COLUMN_GAP);
    group.nodes.forEach((node, row) => {
      const y = PADDING + HEADER_HEIGHT + row * (NODE_HEIGHT + ROW_GAP);
      placed.set(node.key, { node, x, y, column: c, row });
    });
    tallest = Math.max(tallest, group.nodes.length);
    return { kind: group.kind, turn: group.turn, x, keys: group.nodes.map((n) => n.key) };
  });
  return {
    columns,
    placed,
    width: PADDING * 2 + Math.max(1, columns.length) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP,
    height: PADDING * 2 + HEADER_HEIGHT + tallest * (NODE_HEIGHT + ROW_GAP),
  };
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/**
 * The node the arrow keys move to: up and down within a column, left and right to the next column that
 * has nodes, at the nearest row; Home and End to the column's first and last. Stays put at an edge.
 */
export function neighbour(layout: MapLayout, from: NodeKey, direction: Direction): NodeKey {
  const here = layout.placed.get(from);
  if (here === undefined) return layout.columns[0]?.keys[0] ?? from;
  const keys = layout.columns[here.column]?.keys ?? [];
  switch (direction) {
    case 'up':
      return keys[here.row - 1] ?? from;
    case 'down':
      return keys[here.row + 1] ?? from;
    case 'first':
      return keys[0] ?? from;
    case 'last':
      return keys[keys.length - 1] ?? from;
    default: {
      const column = layout.columns[here.column + (direction === 'left' ? -1 : 1)];
      if (column === undefined) return from;
      return column.keys[Math.min(here.row, column.keys.length - 1)] ?? from;
    }
  }
}

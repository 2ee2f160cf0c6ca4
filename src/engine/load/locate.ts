import type { Node } from 'jsonc-parser';
import type { Diagnostic, JsonPath } from '../diagnostics';
import type { Position, PositionOf } from './position';

/** Where in a property a finding points: at its value (wrong type, out of range) or its key (unknown key). */
export type Anchor = 'value' | 'key';

/** Places JSON paths in the text, using the parse tree only for offsets (never for values). */
export interface Locator {
  /** The position of the node at `path`, or of its deepest existing ancestor (e.g. the object that lacks a key). */
  at(path: JsonPath, anchor?: Anchor): Position;
}

export function createLocator(root: Node | undefined, positionOf: PositionOf): Locator {
  return {
    at: (path, anchor = 'value') => positionOf(root ? offsetOfPath(root, path, anchor) : 0),
  };
}

/** The offset of the node at `path`, falling back to the deepest ancestor that exists. */
export function offsetOfPath(root: Node, path: JsonPath, anchor: Anchor = 'value'): number {
  let node = root;
  for (const [index, segment] of path.entries()) {
    // The format reads a plain objectives list as {"shows": list}: a path through `shows` into a plain
    // list points at the list's own item.
    if (segment === 'shows' && node.type === 'array') continue;
    const property = node.type === 'object' ? lastPropertyNamed(node, String(segment)) : undefined;
    const isLast = index === path.length - 1;
    if (property && isLast && anchor === 'key') return property.children?.[0]?.offset ?? property.offset;
    const child = property ? property.children?.[1] : elementAt(node, segment);
    if (!child) return node.offset;
    node = child;
  }
  return node.offset;
}

/**
 * The last property with this key, because JSON.parse keeps the last of duplicate keys and the
 * finding is about the value the loader actually used (duplicates themselves are reported as LD209).
 */
function lastPropertyNamed(object: Node, key: string): Node | undefined {
  const properties = object.children ?? [];
  for (let i = properties.length - 1; i >= 0; i--) {
    const property = properties[i];
    if (property?.children?.[0]?.value === key) return property;
  }
  return undefined;
}

function elementAt(node: Node, segment: string | number): Node | undefined {
  if (node.type !== 'array' || typeof segment !== 'number') return undefined;
  return node.children?.[segment];
}

/** A finding placed in the text: a Diagnostic before the loader adds the file name. */
export type PlacedFinding = Omit<Diagnostic, 'file'>;

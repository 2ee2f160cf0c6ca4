import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics';
import { finding } from '../diagnostics/messages';
import { isPlainObject, valueAt } from './json-value';
import type { PlacedFinding } from './locate';
import type { Position, PositionOf } from './position';

/**
 * Keys that JSON.parse keeps as plain data but that change how objects behave once code copies them
 * with `obj[key] = …` (zod's record parsing does): "__proto__" would set the prototype instead.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__']);

export interface KeyCheck {
  readonly findings: PlacedFinding[];
  /** Paths of reserved keys, to remove from the parsed value before the shape check. */
  readonly reservedKeyPaths: JsonPath[];
}

/**
 * Walks every object in the tree (with a stack, not recursion) for keys JSON.parse would silently
 * mishandle: a duplicate key (only the last one survives) and reserved keys like "__proto__".
 */
export function checkKeys(root: Node, positionOf: PositionOf): KeyCheck {
  const findings: PlacedFinding[] = [];
  const reservedKeyPaths: JsonPath[] = [];
  const pending: { node: Node; path: JsonPath }[] = [{ node: root, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path } = next;
    if (node.type === 'array') {
      for (const [index, element] of (node.children ?? []).entries())
        pending.push({ node: element, path: [...path, index] });
      continue;
    }
    if (node.type !== 'object') continue;
    const firstKeyNodes = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || typeof keyNode.value !== 'string') continue;
      const key = keyNode.value;
      const keyPath = [...path, key];
      const first = firstKeyNodes.get(key);
      if (first) findings.push(duplicateKey(keyPath, positionOf(keyNode.offset), positionOf(first.offset)));
      else firstKeyNodes.set(key, keyNode);
      if (RESERVED_KEYS.has(key)) {
        findings.push(reservedKey(keyPath, positionOf(keyNode.offset)));
        reservedKeyPaths.push(keyPath);
      } else if (valueNode) {
        pending.push({ node: valueNode, path: keyPath });
      }
    }
  }
  return { findings, reservedKeyPaths };
}

function duplicateKey(path: JsonPath, at: Position, first: Position): PlacedFinding {
  const key = String(path[path.length - 1]);
  return {
    ...at,
    ...finding('LD209', path, { key: JSON.stringify(key), line: first.line, column: first.column }),
  };
}

function reservedKey(path: JsonPath, at: Position): PlacedFinding {
  const key = String(path[path.length - 1]);
  return { ...at, ...finding('LD210', path, { key: JSON.stringify(key) }) };
}

/** Deletes the reserved keys found by checkKeys from the value JSON.parse returned (own properties only). */
export function removeReservedKeys(value: unknown, paths: readonly JsonPath[]): void {
  for (const path of paths) {
    const parent = valueAt(value, path.slice(0, -1));
    const key = path[path.length - 1];
    if (isPlainObject(parent) && typeof key === 'string') delete parent[key];
  }
}

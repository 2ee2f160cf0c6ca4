import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { JsonPath } from '../../engine';

/**
 * The text offset of a 1-based line and column (as the loader reports them, counting UTF-16 code
 * units, like a textarea's selection). Past the end of a line or the text, the nearest end.
 */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const end = text.indexOf('\n', offset);
    if (end < 0) return text.length;
    offset = end + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const limit = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + Math.max(column - 1, 0), limit);
}

/**
 * Where a finding points: its line and column when it has them, else the value at its JSON path (a
 * finding about a missing field points at the object that lacks it), else the start of the text.
 */
export function findingOffset(
  text: string,
  finding: { line: number; column: number; path: JsonPath },
): number {
  if (finding.line > 0) return offsetOf(text, finding.line, finding.column);
  const tree = parseTree(text);
  for (let depth = finding.path.length; tree !== undefined && depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, [...finding.path.slice(0, depth)]);
    if (node !== undefined) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return 0;
}

/** The 1-based line of an offset, to scroll the line into view. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

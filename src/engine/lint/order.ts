import type { Finding, JsonPath } from '../diagnostics';

/**
 * Findings sorted by where their paths lead in the scenario: numbers by index, keys by their position in
 * the object, missing keys after present ones, a parent before its children. Stable, so findings at one
 * path keep the order the checks reported them in.
 */
export function sortInDocumentOrder(findings: readonly Finding[], document: unknown): Finding[] {
  const ranked = findings.map((finding) => ({ finding, rank: rankPath(finding.path, document) }));
  ranked.sort((a, b) => compareRanks(a.rank, b.rank));
  return ranked.map(({ finding }) => finding);
}

function rankPath(path: JsonPath, document: unknown): number[] {
  const rank: number[] = [];
  let node: unknown = document;
  for (const part of path) {
    if (typeof part === 'number') {
      rank.push(part);
      node = Array.isArray(node) ? node[part] : undefined;
      continue;
    }
    const keys = isRecord(node) ? Object.keys(node) : [];
    const position = keys.indexOf(part);
    rank.push(position === -1 ? keys.length : position);
    node = isRecord(node) ? node[part] : undefined;
  }
  return rank;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

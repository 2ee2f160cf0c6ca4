import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every TypeScript module under `root`, by its path relative to the repository (forward slashes). */
function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.posix.join(root, name.split(path.sep).join('/')))
    .sort();
}

// Static imports and re-exports, type-only ones included (`import type` still ties the two modules'
// meaning together). Dynamic `import('…')` is left out on purpose: it is how the game splits lazy
// chunks, and a lazy edge back to a module already loaded is not a load-order cycle.
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;

/** The relative modules `file` imports statically, resolved to repository paths; packages left out. */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (!specifier.startsWith('.')) continue;
    const resolved = resolve(path.posix.join(path.posix.dirname(file), specifier), known);
    if (resolved !== undefined) found.push(resolved);
  }
  return found;
}

function resolve(base: string, known: ReadonlySet<string>): string | undefined {
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => known.has(candidate));
}

export type Graph = ReadonlyMap<string, readonly string[]>;

/** The import graph of every module under `root`. */
export function importGraph(root: string): Graph {
  const files = sourceFiles(root);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, known)]));
}

/**
 * Every strongly connected group of more than one node (or a node importing itself), by Tarjan's
 * algorithm, each as a list of its members in a cycle-revealing order (sorted, for stable messages).
 */
export function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

/** The graph between `src/`'s top-level folders (engine, store, ui…): an edge for any import between them. */
export function folderGraph(graph: Graph, root: string): Graph {
  const folder = (file: string) => file.slice(root.length + 1).split('/')[0] ?? '';
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folder(file);
    const set = edges.get(from) ?? new Set<string>();
    for (const target of targets) if (folder(target) !== from) set.add(folder(target));
    edges.set(from, set);
  }
  return new Map([...edges].map(([from, set]) => [from, [...set]]));
}

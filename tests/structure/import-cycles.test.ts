import { describe, expect, test } from 'vitest';
import { cycles, folderGraph, importGraph } from './imports';

// Written by hand (about 80 lines in imports.ts) rather than with madge or dependency-cruiser: those are
// not dependencies of the project, and a regular expression over our own Biome-formatted imports is all
// this needs.

const graph = importGraph('src');

describe('imports under src/', () => {
  test('the walker sees the modules and their imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/engine/run/types.ts')).toContain('src/engine/run/verdicts.ts');
  });

  test('no module imports itself through others (no import cycle)', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test("no two of src/'s folders import each other, directly or around a loop", () => {
    expect(cycles(folderGraph(graph, 'src'))).toEqual([]);
  });

  test('the cycle finder finds a cycle', () => {
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(loop)).toEqual([['a', 'b', 'c']]);
  });
});

import { type Node, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { createLocator, offsetOfPath } from '../../../src/engine/load/locate';
import { positionsIn } from '../../../src/engine/load/position';

describe('positionsIn', () => {
  it('counts lines and columns from 1 across \\n, \\r\\n and a lone \\r', () => {
    const positionOf = positionsIn('ab\ncd\r\nef\rgh');
    expect(positionOf(0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(2)).toEqual({ line: 1, column: 3 });
    expect(positionOf(3)).toEqual({ line: 2, column: 1 });
    expect(positionOf(7)).toEqual({ line: 3, column: 1 });
    expect(positionOf(10)).toEqual({ line: 4, column: 1 });
    expect(positionOf(12)).toEqual({ line: 4, column: 3 });
  });

  it('clamps offsets outside the text', () => {
    const positionOf = positionsIn('ab\ncd');
    expect(positionOf(-5)).toEqual({ line: 1, column: 1 });
    expect(positionOf(99)).toEqual({ line: 2, column: 3 });
  });
});

describe('offsetOfPath', () => {
  const text = '{\n  "a": [1, {"b": true}],\n  "c": "x",\n  "c": "y"\n}';
  const tree = parseTree(text) as Node;
  const at = (path: (string | number)[], anchor?: 'key' | 'value') => {
    const { line, column } = createLocator(tree, positionsIn(text)).at(path, anchor);
    return `${line}:${column}`;
  };

  it('finds values, and keys when asked', () => {
    expect(at([])).toBe('1:1');
    expect(at(['a'])).toBe('2:8');
    expect(at(['a'], 'key')).toBe('2:3');
    expect(at(['a', 1, 'b'])).toBe('2:18');
    expect(at(['a', 1, 'b'], 'key')).toBe('2:13');
  });

  it('falls back to the deepest ancestor that exists', () => {
    expect(at(['a', 1, 'missing'])).toBe('2:12');
    expect(at(['a', 7])).toBe('2:8');
    expect(at(['a', 0, 'b'])).toBe('2:9');
  });

  it('picks the last of duplicate keys, the one JSON.parse keeps', () => {
    expect(at(['c'])).toBe('4:8');
    expect(offsetOfPath(tree, ['c'], 'key')).toBe(text.lastIndexOf('"c"'));
  });
});

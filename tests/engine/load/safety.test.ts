import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_FILE_CHARACTERS } from '../../../src/engine/load';
import { findTooDeepNesting, MAX_NESTING_DEPTH } from '../../../src/engine/load/depth';

const minimal = readFileSync(new URL('../../fixtures/minimal.json', import.meta.url), 'utf8');
const CONDITION = '"when": { "meter": "trust", "atLeast": 50 }';

function codesAt(text: string): string[] {
  return loadScenario('x.json', text).diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
}

describe('file size', () => {
  it('rejects a file over the limit before parsing it, naming the size and the limit', () => {
    const result = loadScenario('big.json', `${minimal}${' '.repeat(MAX_FILE_CHARACTERS)}`);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'LD003', line: 0, column: 0, path: [] });
    expect(result.diagnostics[0]?.message).toContain(`limit 2,000,000`);
    expect(result.diagnostics[0]?.message).toMatch(/file too large: 2,00\d,\d{3} characters/);
  });

  it('accepts a file of exactly the limit', () => {
    const result = loadScenario('big.json', minimal + ' '.repeat(MAX_FILE_CHARACTERS - minimal.length));
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario).toBeDefined();
  });
});

describe('nesting depth', () => {
  it('reports 5,000 open brackets as too deep, at the first bracket past the limit', () => {
    expect(codesAt('['.repeat(5000))).toEqual([`LD004 1:${MAX_NESTING_DEPTH + 1}`]);
    expect(codesAt(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toEqual([`LD004 1:${MAX_NESTING_DEPTH + 1}`]);
  });

  it('reports 5,000 nested objects as too deep', () => {
    expect(codesAt('{"a":'.repeat(5000))).toEqual([`LD004 1:${5 * MAX_NESTING_DEPTH + 1}`]);
  });

  it('reports a deeply nested condition in an otherwise valid scenario', () => {
    const deep = `"when": ${'{"not":'.repeat(200)}{"flag":"x"}${'}'.repeat(200)}`;
    const [diagnostic] = loadScenario('x.json', minimal.replace(CONDITION, deep)).diagnostics;
    expect(diagnostic?.code).toBe('LD004');
    expect(diagnostic?.message).toBe(
      `nesting too deep: more than ${MAX_NESTING_DEPTH} levels of lists and objects`,
    );
  });

  it('checks a condition nested 80 levels deep without running out of stack', () => {
    const deep = `"when": ${'{"not":'.repeat(80)}{"meter":"trust","atLeast":1}${'}'.repeat(80)}`;
    const result = loadScenario('x.json', minimal.replace(CONDITION, deep));
    expect(result.diagnostics.filter((d) => d.code.startsWith('LD0') || d.code.startsWith('LD2'))).toEqual(
      [],
    );
  });

  it('does not count brackets inside strings', () => {
    const text = minimal.replace('"en": "A lab visit"', `"en": "${'[{'.repeat(1000)}"`);
    expect(findTooDeepNesting(text)).toBeUndefined();
    expect(loadScenario('x.json', text).diagnostics).toEqual([]);
  });
});

describe('"__proto__" keys', () => {
  const proto = readFileSync(new URL('../../fixtures/bad/proto-keys.json', import.meta.url), 'utf8');

  it('are reported and never reach Object.prototype', () => {
    const result = loadScenario('proto.json', proto);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['LD210', 'LD210', 'LD210']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('are reported even where any key is allowed (an effects record)', () => {
    const text = minimal.replace('"trust": -5, "security": 5', '"trust": -5, "__proto__": { "polluted": 1 }');
    const result = loadScenario('x.json', text);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['LD210', ['events', 0, 'choices', 1, 'effects', '__proto__']],
    ]);
    expect(result.scenario).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text encodings', () => {
  it('ignores a byte-order mark without shifting columns', () => {
    expect(loadScenario('x.json', `\uFEFF${minimal}`).diagnostics).toEqual([]);
    expect(codesAt(`\uFEFF${minimal.replace('"minutes": 5', '"minutes": "5"')}`)).toEqual(['LD201 14:14']);
  });

  it('counts lines the same with Windows line endings', () => {
    const windows = minimal.replace(/\n/g, '\r\n').replace('"minutes": 5', '"minutes": "5"');
    expect(codesAt(windows)).toEqual(['LD201 14:14']);
  });
});

describe('never throws', () => {
  const noInternalErrors = (text: string) => {
    const { diagnostics } = loadScenario('fuzz.json', text);
    expect(diagnostics.filter((d) => d.code === 'LD000')).toEqual([]);
    const order = diagnostics.map((d) => d.line * 1e6 + d.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  };

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), noInternalErrors), { numRuns: 300 });
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => noInternalErrors(JSON.stringify(value))),
      {
        numRuns: 300,
      },
    );
  });

  it('on the minimal scenario with a slice cut out or replaced', () => {
    const edits = fc.record({
      start: fc.nat({ max: minimal.length }),
      length: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.constant(''),
        fc.string({ maxLength: 8 }),
        fc.constantFrom('{', '}', '[', ']', ',', '"', ':'),
      ),
    });
    fc.assert(
      fc.property(edits, ({ start, length, insert }) =>
        noInternalErrors(minimal.slice(0, start) + insert + minimal.slice(start + length)),
      ),
      { numRuns: 300 },
    );
  });
});

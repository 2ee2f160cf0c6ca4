import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { findingOffset, lineOf, offsetOf } from '../../src/studio/editor/caret';

describe('where a finding points in the text', () => {
  const text = 'ab\ncdé\n\nlast';

  it('turns a 1-based line and column into an offset, clamped to the line and the text', () => {
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 3)).toBe(5);
    expect(offsetOf(text, 2, 99)).toBe(6);
    expect(offsetOf(text, 4, 2)).toBe(9);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });

  it('gives back the line of an offset', () => {
    expect([0, 3, 7, 9].map((o) => lineOf(text, o))).toEqual([1, 2, 3, 4]);
  });

  it("puts the caret on the loader's position of a misspelt id", () => {
    const typo = BLANK_TEMPLATE.replace('"objective": "first-objective"', '"objective": "first-objectiv"');
    const finding = loadScenario('x.json', typo).diagnostics.find((d) => d.code === 'LD107');
    if (finding === undefined) throw new Error('no LD107');
    const at = findingOffset(typo, finding);
    expect(typo.slice(at, at + '"first-objectiv"'.length)).toBe('"first-objectiv"');
  });

  it('finds a finding without a position by its JSON path, else the nearest parent', () => {
    const json = '{\n  "events": [\n    { "id": "a", "choices": [] }\n  ]\n}';
    const at = findingOffset(json, { line: 0, column: 0, path: ['events', 0, 'choices'] });
    expect(json.slice(at).startsWith('"choices"')).toBe(true);
    const parent = findingOffset(json, { line: 0, column: 0, path: ['events', 0, 'missing'] });
    expect(json.slice(parent).startsWith('{ "id"')).toBe(true);
  });
});

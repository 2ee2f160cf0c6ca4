import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/engine/edit-distance';
import { CONDITION_KINDS } from '../../../src/engine/format';
import { closestMatch } from '../../../src/engine/load/suggest';

describe('editDistance', () => {
  it.each([
    ['trust', 'trust', 0],
    ['trsut', 'trust', 1],
    ['strat', 'start', 1],
    ['efects', 'effects', 1],
    ['colour', 'color', 1],
    ['abc', 'xyz', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestMatch', () => {
  it('suggests near misses, ignoring case', () => {
    expect(closestMatch('metre', CONDITION_KINDS)).toBe('meter');
    expect(closestMatch('atleast', ['atLeast', 'atMost'])).toBe('atLeast');
    expect(closestMatch('turnSince', CONDITION_KINDS)).toBe('turnsSince');
  });

  it('suggests nothing for far-off or very short words', () => {
    expect(closestMatch('banana', CONDITION_KINDS)).toBeUndefined();
    expect(closestMatch('a', ['id', 'in'])).toBeUndefined();
    expect(closestMatch('trust', ['trust'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { LINT_CODES } from '../../../src/engine/lint';
import { lintWith } from './builder';

describe('lint on a clean scenario', () => {
  it('finds nothing', () => {
    expect(lintWith()).toEqual([]);
  });

  it('keeps every code in its documented range', () => {
    for (const code of Object.keys(LINT_CODES)) expect(code).toMatch(/^LD[134]\d\d$/);
  });
});

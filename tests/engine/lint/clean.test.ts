import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../../src/engine/diagnostics/messages';
import { lintWith } from './builder';

describe('lint on a clean scenario', () => {
  it('finds nothing', () => {
    expect(lintWith()).toEqual([]);
  });

  it('keeps every code in its documented range', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(code).toMatch(/^LD[0-5]\d\d$/);
  });
});

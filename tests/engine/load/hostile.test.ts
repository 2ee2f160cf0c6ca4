import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadScenario, MAX_FINDINGS_PER_FILE } from '../../../src/engine/load';
import { MAX_LIST_LENGTH } from '../../../src/engine/load/list-length';

const minimal = readFileSync(new URL('../../fixtures/minimal.json', import.meta.url), 'utf8');
const CONDITION = '"when": { "meter": "trust", "atLeast": 50 }';

const withCondition = (condition: unknown) =>
  minimal.replace(CONDITION, `"when": ${JSON.stringify(condition)}`);
const emptyConditions = (count: number) => Array.from({ length: count }, () => ({}));

describe('hostile list lengths', () => {
  it('refuses a flat list of 643,000 empty conditions as too long, at the list, with one finding', () => {
    const { diagnostics } = loadScenario('x.json', withCondition({ any: emptyConditions(643_000) }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'LD005', path: ['endings', 0, 'when', 'any'] });
    expect(diagnostics[0]?.message).toBe('list too long: 643,000 items, at most 1,000 in any list');
  });

  it('refuses an object with more keys than any record needs', () => {
    const effects = Object.fromEntries(Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, i) => [`m${i}`, 1]));
    const text = minimal.replace(CONDITION, `${CONDITION}, "x": ${JSON.stringify(effects)}`);
    expect(loadScenario('x.json', text).diagnostics.map((d) => d.code)).toEqual(['LD005']);
  });

  it('caps all and any at 100 conditions in the format itself', () => {
    const condition = { all: Array.from({ length: 101 }, () => ({ meter: 'trust', atLeast: 1 })) };
    const { diagnostics } = loadScenario('x.json', withCondition(condition));
    expect(diagnostics.map((d) => d.code)).toContain('LD204');
    const fine = { all: Array.from({ length: 100 }, () => ({ meter: 'trust', atLeast: 1 })) };
    expect(loadScenario('x.json', withCondition(fine)).diagnostics.filter((d) => d.code === 'LD204')).toEqual(
      [],
    );
  });

  it('shows at most 200 findings per file, then says how many more there are', () => {
    const { diagnostics } = loadScenario(
      'x.json',
      withCondition({ any: [{ not: { any: emptyConditions(99) } }, ...emptyConditions(99)] }),
    );
    expect(diagnostics.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
    const many = loadScenario(
      'x.json',
      withCondition({ all: Array.from({ length: 4 }, () => ({ any: emptyConditions(100) })) }),
    );
    expect(many.diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(many.diagnostics.at(-1)).toMatchObject({ code: 'LD006', severity: 'error', line: 0 });
    expect(many.diagnostics.at(-1)?.message).toBe(
      'and 200 more findings not shown (fix these and check again)',
    );
  });
});

describe('an unexpected stack overflow', () => {
  it('is an internal error (LD000), never a nesting diagnosis', async () => {
    vi.resetModules();
    vi.doMock('../../../src/engine/lint', () => ({
      lint: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    }));
    const { loadScenario: load } = await import('../../../src/engine/load');
    const [diagnostic] = load('x.json', minimal).diagnostics;
    expect(diagnostic?.code).toBe('LD000');
    expect(diagnostic?.message).not.toMatch(/nesting/);
    vi.doUnmock('../../../src/engine/lint');
  });
});

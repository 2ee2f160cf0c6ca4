import { describe, expect, it } from 'vitest';
import { MAX_RUNS, main, PROGRESS_FROM_RUNS } from '../../src/cli/simulate';
import { READ_NOTHING_NAMES } from '../../src/engine/simulate/policies';

const SAMPLE = 'scenarios/sample-visiting-lab.json';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('simulate command line', () => {
  it('exits 2 with a clear message when --seed has no value', () => {
    const { code, err } = run([SAMPLE, '--seed']);
    expect(code).toBe(2);
    expect(err[0]).toBe('--seed needs a value');
  });

  it('exits 2 on an unknown option', () => {
    const { code, err } = run([SAMPLE, '--run', '50']);
    expect(code).toBe(2);
    expect(err[0]).toBe('unknown option --run');
  });

  it('caps the runs at the documented maximum', () => {
    const { code, err } = run([SAMPLE, '--runs', String(MAX_RUNS + 1)]);
    expect(code).toBe(2);
    expect(err[0]).toBe(`--runs needs a whole number from 1 to ${MAX_RUNS}, got "${MAX_RUNS + 1}"`);
  });

  it('shows progress on stderr for a long batch, and keeps stdout the report', { timeout: 120_000 }, () => {
    const { code, out, err } = run([
      SAMPLE,
      '--runs',
      String(PROGRESS_FROM_RUNS),
      '--policy',
      'random',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(err).toHaveLength(10);
    expect(err.at(-1)).toBe(`simulate random: 50,000 of 50,000 runs`);
    expect(JSON.parse(out.join('\n')).runs).toBe(PROGRESS_FROM_RUNS);
  });

  it('shows no progress for a short batch', () => {
    const { code, err } = run([SAMPLE, '--runs', '100', '--policy', 'random']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
  });

  it('accepts a read-nothing style as --policy', () => {
    const { code, out } = run([SAMPLE, '--runs', '50', '--policy', 'largest-gain', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).policy).toBe('largest-gain');
  });

  it('prints each read-nothing style beside random play, and warns (exit 0) on each above 15%', {
    timeout: 120_000,
  }, () => {
    const { code, out } = run([SAMPLE, '--runs', '200']);
    expect(code).toBe(0);
    const start = out.indexOf('best ending without reading (at most 15.0% each):');
    expect(start).toBeGreaterThan(0);
    const rows = out.slice(start + 1, start + 7).map((line) => /^ +([\d.]+)% {2}(\S+)/.exec(line));
    expect(rows.map((r) => r?.[2])).toEqual(['random', ...READ_NOTHING_NAMES]);
    const guessable = rows
      .slice(1)
      .filter((r) => Number(r?.[1]) > 15)
      .map((r) => r?.[2]);
    const warned = out.filter((line) => line.includes(' LD501 warning '));
    expect(warned.map((line) => /"([^"]+)" reads nothing/.exec(line)?.[1])).toEqual(guessable);
    expect(out.some((line) => /^minutes: stated \d+, measured \d+ /.test(line))).toBe(true);
  });
});

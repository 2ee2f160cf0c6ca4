import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/simulate';
import { POLICY_NAMES, READ_NOTHING_NAMES } from '../../src/engine/simulate/policies';

const SAMPLE = 'scenarios/sample-visiting-lab.json';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('simulate --workers', () => {
  it('prints the same report on two worker threads as on one thread', { timeout: 300_000 }, async () => {
    const argv = [SAMPLE, '--runs', '500', '--seed', '9', '--json'];
    const one = await run([...argv, '--workers', '1']);
    const two = await run([...argv, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toEqual(one.out);
    // Every style, the read-nothing ones included, and the teaching checks drawn from them.
    const report = JSON.parse(one.out[0] ?? '{}');
    expect(report.reports.map((r: { policy: string }) => r.policy)).toEqual([...POLICY_NAMES]);
    expect(report.teaching.guessability.styles.map((s: { policy: string }) => s.policy)).toEqual([
      ...READ_NOTHING_NAMES,
    ]);
  });

  it('exits 2 on a worker count that is not a positive whole number', async () => {
    for (const bad of ['0', '1.5', 'many']) {
      const { code, err } = await run([SAMPLE, '--workers', bad]);
      expect(code).toBe(2);
      expect(err[0]).toBe(`--workers needs a whole number from 1 to 64, got "${bad}"`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/simulate';

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
  });

  it('exits 2 on a worker count that is not a positive whole number', async () => {
    for (const bad of ['0', '1.5', 'many']) {
      const { code, err } = await run([SAMPLE, '--workers', bad]);
      expect(code).toBe(2);
      expect(err[0]).toBe(`--workers needs a whole number from 1 to 64, got "${bad}"`);
    }
  });
});

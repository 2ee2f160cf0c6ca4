import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

describe('zod under the page CSP', () => {
  it('never probes for eval with Function once the jitless config is loaded', async () => {
    vi.resetModules();
    const spy = vi.spyOn(globalThis, 'Function');
    await import('../src/zod-jitless');
    const { Scenario } = await import('../src/engine/format/scenario');
    Scenario.safeParse({ format: 1 });
    const { object, string, safeParse } = await import('zod/mini');
    safeParse(object({ a: string() }), { a: 'x' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('is the first module the page imports', () => {
    const main = readFileSync(new URL('../src/main.tsx', import.meta.url), 'utf8');
    expect(/^import\s+(.+?);/m.exec(main)?.[1]).toBe("'./zod-jitless'");
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/csp-plugin';
import { compile, loadScenario, simulate } from '../../src/engine/index';
import { type Browser, launchChromium } from './helpers/browser';
import { type Served, servePreview } from './helpers/preview';

const SAMPLE = 'scenarios/sample-visiting-lab.json';

/**
 * The studio's heat worker in real Chromium: a fixture page (tests/fixtures/heat/) is built by Vite here
 * with the game's Content Security Policy, served, and asked for a report; the report must equal the
 * one Node computes from the same file and seed, with no CSP violation or console error on the way.
 */
describe('the heat simulation in a Web Worker', () => {
  let outDir: string;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'lab-doors-heat-'));
    await build({
      configFile: false,
      root: path.resolve('tests/fixtures/heat'),
      base: './',
      logLevel: 'warn',
      plugins: [contentSecurityPolicy()],
      worker: { format: 'es' },
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    served = await servePreview({ outDir, configFile: false });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  async function reportFrom(query: string): Promise<{ text: string; progress: string; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${served.url}index.html${query}`);
    await page.waitForSelector('#report[data-done="true"]', { timeout: 120_000 });
    const text = (await page.textContent('#report')) ?? '';
    const progress = (await page.textContent('#progress')) ?? '';
    await page.close();
    return { text, progress, problems };
  }

  it('reports what Node reports for the same seed', { timeout: 180_000 }, async () => {
    const { text, progress, problems } = await reportFrom('?runs=300&seed=77');
    const { scenario } = loadScenario(SAMPLE, readFileSync(SAMPLE, 'utf8'));
    if (scenario === undefined) throw new Error(`${SAMPLE} does not load`);
    const expected = simulate(compile(scenario), { runs: 300, seed: 77, policy: 'random' });
    expect(problems).toEqual([]);
    expect(JSON.parse(text)).toEqual(expected);
    // Progress came slice by slice, up to the whole batch.
    const told = progress.trim().split(' ');
    expect(told.at(-1)).toBe('300/300');
    expect(told.map((p) => Number(p.split('/')[0]))).toEqual(told.map((_, i) => (i + 1) * 100));
    // The page ran under the game's policy, which lets a worker start only from the page's own files.
    // (Vite writes the policy's quotes as &#39;.)
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toMatch(
      /worker-src (&#39;|')self(&#39;|')/,
    );
  });

  it('stops when cancelled: the run rejects as cancelled', { timeout: 180_000 }, async () => {
    const { text, problems } = await reportFrom('?runs=1000000&cancel');
    expect(problems).toEqual([]);
    expect(JSON.parse(text).error).toBe('HeatCancelled');
  });

  it('refuses a broken scenario with its diagnostics', { timeout: 180_000 }, async () => {
    const { text, problems } = await reportFrom('?broken');
    expect(problems).toEqual([]);
    const refused = JSON.parse(text);
    expect(refused.error).toBe('ScenarioProblems');
    expect(refused.codes.length).toBeGreaterThan(0);
  });
});

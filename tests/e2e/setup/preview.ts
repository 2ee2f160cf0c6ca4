import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { servePreview } from '../helpers/preview';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built game is served, ending in a slash. */
    baseUrl: string;
    /** Whether the built code sets `window.__labDoorsReady`, so `openGame` can wait for it. */
    readyHook: boolean;
  }
}

/** The built game to test; another built copy can be tested by naming its directory. */
const DIST = process.env.LAB_DOORS_DIST || 'dist';

/**
 * Vitest global setup for the browser tests: serves the built game (`dist/`, from `npx vite build`,
 * which `npm test` runs first) with Vite's preview server on a free port, and closes it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build the game first (npx vite build)`);
  }
  const assets = path.join(DIST, 'assets');
  const readyHook =
    existsSync(assets) &&
    readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .some((name) => readFileSync(path.join(assets, name), 'utf8').includes('__labDoorsReady'));
  const served = await servePreview({ outDir: DIST });
  project.provide('baseUrl', served.url);
  project.provide('readyHook', readyHook);
  return () => served.close();
}

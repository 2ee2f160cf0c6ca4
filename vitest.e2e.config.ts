import { defineConfig } from 'vitest/config';

/**
 * The browser tests: the built game (`dist/`) served by Vite's preview server (started in the global
 * setup, on a free port) and driven in Debian's Chromium through playwright-core. `npm test` builds the
 * game and makes sure Chromium is installed before running them; so does `npm run test:e2e`.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/setup/preview.ts'],
    environment: 'node',
    pool: 'forks',
    // Each test file drives its own Chromium; two cores run two of them well, more only contend.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

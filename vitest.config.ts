import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    // No test may depend on the machine's speed: property tests run explicit counts, and the limits are
    // generous so a 2-core machine busy with other work still finishes them (Vitest's 5 s default did not).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

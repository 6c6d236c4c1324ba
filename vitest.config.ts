import { defineConfig } from 'vitest/config';

// Pure-core and Node adapter tests. Tests that need the Workers runtime live in test/worker/
// and run through vitest.worker.config.ts (see package.json "test").
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/worker/**', 'test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});

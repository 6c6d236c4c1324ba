import { defineConfig } from 'vitest/config';

// Tests that start real processes (wrangler dev, a browser): test/e2e/**, one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { bundleFixtures } from './scripts/bundle-fixtures.ts';

// Tests that need the Workers runtime: test/worker/**, inside workerd with a real local D1.
// Migrations are read here (Node) and applied in test/worker/setup.ts (workerd).
export default defineConfig(async () => {
  bundleFixtures();
  const migrations = await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url)));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          // DB from wrangler.toml, plus an empty database for test/worker/migrations.test.ts (it migrates step by step)
          d1Databases: { DB: '00000000-0000-4000-8000-000000000000', MIGRATION_TEST_DB: 'migration-test' },
          bindings: {
            TEST_MIGRATIONS: migrations,
            API_TOKEN: 'test-api-token',
            EDITOR_TOKEN: 'test-editor-token',
            SESSION_SECRET: 'test-session-secret-0123456789abcdef',
            PUBLIC_BASE_URL: 'https://groundbrief.test',
          },
          // wrangler.toml's production limits would make tests that share one client address (none) depend on
          // their order; these stay generous, and test/worker/rate-limit.security.test.ts sets its own small limits.
          ratelimits: Object.fromEntries(
            ['SIGN_IN_RATE_LIMIT', 'API_RATE_LIMIT', 'SUBSCRIBE_RATE_LIMIT'].map((name, index) => [
              name,
              { namespace_id: String(9001 + index), simple: { limit: 100_000, period: 60 as const } },
            ]),
          ),
        },
      }),
    ],
    // the same stubs as wrangler.toml [alias] (ccxt inside workerd)
    resolve: {
      alias: [
        {
          find: /^undici$/,
          replacement: fileURLToPath(new URL('./src/adapters/workerd/undici-stub.ts', import.meta.url)),
        },
        {
          find: /^protobufjs\/minimal(\.js)?$/,
          replacement: fileURLToPath(new URL('./src/adapters/workerd/protobufjs-stub.ts', import.meta.url)),
        },
      ],
    },
    test: {
      include: ['test/worker/**/*.test.ts', 'test/worker/**/*.test.tsx'],
      setupFiles: ['./test/worker/setup.ts'],
      testTimeout: 30_000,
    },
  };
});

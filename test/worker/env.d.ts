// Bindings the workers test pool adds to the generated Env (src/worker-env.d.ts): the migrations for setup.ts and a
// database of its own for the migration test.
/// <reference types="@cloudflare/vitest-pool-workers/types" />
import type { D1Migration } from '@cloudflare/vitest-pool-workers';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** An empty D1 that test/worker/migrations.test.ts migrates step by step. */
      MIGRATION_TEST_DB: D1Database;
    }
  }
}

// Shared helpers for workerd tests: the real app over the real local D1 from the pool.
import { env } from 'cloudflare:workers';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';

export const apiToken = 'test-api-token';
export const app = createApp({ services: buildServices });

/** POST /api/runs as the API client, with optional env overrides (e.g. AUTO_PUBLISH: 'false'). */
export async function postRun(body?: unknown, overrides: Partial<Record<string, unknown>> = {}): Promise<Response> {
  return app.request(
    '/api/runs',
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiToken}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    { ...env, ...overrides },
  );
}

/** GET through the app with the pool's env. */
export async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return app.request(path, { headers }, env);
}

/** Row count of a table (direct SQL, independent of the repositories under test). */
export async function countRows(
  table: 'briefs' | 'snapshots' | 'claims' | 'audit_log',
  where = '1 = 1',
): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).first<{ n: number }>();
  return row?.n ?? 0;
}

export type ErrorJson = { error: { code: string; message: string } };

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';

describe('GET /health', () => {
  it('answers ok with the mode from wrangler.toml', async () => {
    const response = await createApp({ services: buildServices }).request('/health', {}, env);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, mode: 'offline' });
  });

  it('names a missing binding in a 500 instead of crashing', async () => {
    const { DB: _db, ...withoutDb } = env;
    const response = await createApp({ services: buildServices }).request('/health', {}, withoutDb);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('MISCONFIGURED');
    expect(body.error.message).toContain('DB');
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await createApp({ services: buildServices }).request('/nope', {}, env);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});

// The one bearer gate (API_TOKEN) over a small Hono app: right token in, everything else 401, unset secret 500.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/env.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import type { Services } from '../../src/ports.ts';
import { handleError } from '../../src/http/error-handler.ts';
import { requireApiToken } from '../../src/http/require-bearer.ts';

function buildApp(apiToken: string | undefined) {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use(async (c, next) => {
    const unlimited = { limit: async () => ({ ok: true as const }) };
    const rateLimits = { signIn: unlimited, bearer: unlimited, subscribe: unlimited };
    c.set('services', { config: { API_TOKEN: apiToken } as AppConfig, rateLimits } as unknown as Services);
    await next();
  });
  app.get('/api/thing', requireApiToken, (c) => c.text('in'));
  return app;
}

describe('requireApiToken', () => {
  it('lets the exact token through', async () => {
    const response = await buildApp('secret-token').request('/api/thing', {
      headers: { Authorization: 'Bearer secret-token' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('in');
  });

  it('answers 401 UNAUTHORIZED with WWW-Authenticate to missing, wrong, near-miss and non-bearer credentials', async () => {
    const app = buildApp('secret-token');
    for (const authorization of [
      undefined,
      'Bearer secret-tokeN',
      'Bearer secret',
      'Bearer secret-token-x',
      'Bearer ',
      'Basic c2VjcmV0LXRva2Vu',
      'secret-token',
    ]) {
      const response = await app.request('/api/thing', {
        headers: authorization ? { Authorization: authorization } : {},
      });
      expect(response.status, String(authorization)).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="groundbrief"/);
    }
  });

  it('fails closed (500 MISCONFIGURED naming API_TOKEN) when the secret is unset, whatever is presented', async () => {
    for (const authorization of ['Bearer ', 'Bearer anything']) {
      const response = await buildApp(undefined).request('/api/thing', { headers: { Authorization: authorization } });
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('API_TOKEN');
    }
  });
});

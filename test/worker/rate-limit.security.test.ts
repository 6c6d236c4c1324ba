// Rate limits and body caps inside workerd: editor sign-in, the bearer routes and /api/subscribe.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createRateLimitCounters } from '../../src/http/rate-limit/memory-rate-limiter.ts';
import { buildServices } from '../../src/services.ts';
import { createRecordingProvider, emailVars, resetEmailTables } from './email-seed.ts';
import { origin, readCsrfField } from './review-helpers.ts';

let recording: ReturnType<typeof createRecordingProvider>;
let counters: ReturnType<typeof createRateLimitCounters>;
const app = createApp({
  services: (workerEnv, invocation) =>
    buildServices(workerEnv, { ...invocation, emailProvider: recording.provider, rateLimitCounters: counters }),
});

/** The pool's env without the three bindings (-> the in-memory fallback) and with small fallback limits. */
const fallbackEnv = {
  ...env,
  ...emailVars,
  SIGN_IN_RATE_LIMIT: undefined,
  API_RATE_LIMIT: undefined,
  SUBSCRIBE_RATE_LIMIT: undefined,
  RATE_LIMITS: JSON.stringify({
    signIn: { limit: 3, periodSeconds: 60 },
    bearer: { limit: 2, periodSeconds: 60 },
    subscribe: { limit: 2, periodSeconds: 60 },
  }),
};

beforeEach(async () => {
  recording = createRecordingProvider();
  counters = createRateLimitCounters();
  await resetEmailTables(env.DB);
});

async function signInAttempt(token: string, ip: string, workerEnv: object = fallbackEnv) {
  const form = await app.request('/review/sign-in', { headers: { 'CF-Connecting-IP': ip } }, workerEnv);
  const loginCookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
  const body = new URLSearchParams({ _csrf: readCsrfField(await form.text()), next: '/review', name: 'ana', token });
  return app.request(
    '/review/sign-in',
    { method: 'POST', headers: { Cookie: loginCookie, Origin: origin, 'CF-Connecting-IP': ip }, body },
    workerEnv,
  );
}

const bearer = (token: string, ip: string, workerEnv: object = fallbackEnv) =>
  app.request('/api/review', { headers: { Authorization: `Bearer ${token}`, 'CF-Connecting-IP': ip } }, workerEnv);

const subscribe = (email: string, ip: string, workerEnv: object = fallbackEnv) =>
  app.request(
    '/api/subscribe',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'CF-Connecting-IP': ip },
      body: JSON.stringify({ email }),
    },
    workerEnv,
  );

describe('editor sign-in', () => {
  it('after the limit of wrong tokens, even the right token is refused with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await signInAttempt('wrong-token', '203.0.113.7')).status).toBe(401);
    const refused = await signInAttempt('test-editor-token', '203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.headers.getSetCookie().some((cookie) => cookie.startsWith('__Host-gb_review='))).toBe(false);
    // another client is counted on its own
    expect((await signInAttempt('test-editor-token', '198.51.100.2')).status).toBe(303);
  });

  it('a body over 8 KiB is refused with 413 before it is read', async () => {
    const response = await app.request(
      '/review/sign-in',
      {
        method: 'POST',
        headers: { Origin: origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${'x'.repeat(9 * 1024)}`,
      },
      fallbackEnv,
    );
    expect(response.status).toBe(413);
  });
});

describe('bearer routes', () => {
  it('count every request per client; over the limit the right token gets 429 TOO_MANY_REQUESTS', async () => {
    expect((await bearer('wrong', '203.0.113.8')).status).toBe(401);
    expect((await bearer('wrong', '203.0.113.8')).status).toBe(401);
    const refused = await bearer('test-api-token', '203.0.113.8');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
    expect((await bearer('test-api-token', '203.0.113.9')).status).toBe(200);
  });

  it('an IPv6 client is counted per /64', async () => {
    expect((await bearer('wrong', '2001:db8:1:2::1')).status).toBe(401);
    expect((await bearer('wrong', '2001:db8:1:2:aaaa::9')).status).toBe(401);
    expect((await bearer('test-api-token', '2001:0db8:0001:0002:ffff:0:0:1')).status).toBe(429);
  });

  it('use the Workers Rate Limiting binding when it is bound, keyed by the client, Retry-After its period', async () => {
    const keys: string[] = [];
    const binding = {
      async limit({ key }: { key: string }) {
        keys.push(key);
        return { success: keys.length < 2 };
      },
    };
    const bound = { ...fallbackEnv, API_RATE_LIMIT: binding };
    expect((await bearer('test-api-token', '203.0.113.10', bound)).status).toBe(200);
    const refused = await bearer('test-api-token', '203.0.113.10', bound);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(keys).toEqual(['203.0.113.10', '203.0.113.10']);
  });
});

describe('POST /api/subscribe', () => {
  it('is limited per client: the third address from one client in a minute gets 429, no email', async () => {
    expect((await subscribe('a@example.com', '203.0.113.11')).status).toBe(202);
    expect((await subscribe('b@example.com', '203.0.113.11')).status).toBe(202);
    const refused = await subscribe('c@example.com', '203.0.113.11');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(recording.sent.map((message) => message.to)).toEqual(['a@example.com', 'b@example.com']);
  });

  it('a browser form post over the limit gets a page (429, Retry-After), not JSON', async () => {
    const post = () =>
      app.request(
        '/api/subscribe',
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': '203.0.113.13' },
          body: 'email=form%40example.com',
        },
        fallbackEnv,
      );
    expect((await post()).status).toBe(202);
    expect((await post()).status).toBe(202);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.text()).toContain('Please try again later');
  });

  it('a body over 8 KiB is refused with 413, chunked or not', async () => {
    const big = JSON.stringify({ email: 'a@example.com', pad: 'x'.repeat(9 * 1024) });
    const sized = await subscribe(`${'x'.repeat(9 * 1024)}@example.com`, '203.0.113.12');
    expect(sized.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await app.request(
      '/api/subscribe',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit,
      fallbackEnv,
    );
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(recording.sent).toHaveLength(0);
  });
});

describe('wrangler.toml', () => {
  it('binds the three limits as Workers Rate Limiting bindings (simulated locally)', async () => {
    for (const name of ['SIGN_IN_RATE_LIMIT', 'API_RATE_LIMIT', 'SUBSCRIBE_RATE_LIMIT'] as const) {
      expect(typeof env[name].limit, name).toBe('function');
      expect(await env[name].limit({ key: `probe-${name}` })).toEqual({ success: true });
    }
  });
});

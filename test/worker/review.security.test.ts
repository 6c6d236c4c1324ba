// Review desk security inside workerd with a real local D1: auth on every page and API, CSRF, sessions, tokens.
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { computeHmac, decodeBase64Url } from '../../src/lib/hmac.ts';
import { signSession } from '../../src/http/auth/session.ts';
import { verifySecret } from '../../src/http/auth/verify-secret.ts';
import { buildServices } from '../../src/services.ts';
import {
  audience,
  buildAccessClaims,
  certsUrl,
  createAccessSigner,
  teamDomain,
  type AccessSigner,
} from '../http/auth/access-token-kit.ts';
import {
  apiHeaders,
  app,
  auditActions,
  fetchReviewJson,
  origin,
  postForm,
  readCsrfField,
  resetDb,
  seedBrief,
  signIn,
} from './review-helpers.ts';
import { editorSession } from './shared-setup.ts';

beforeEach(resetDb);

describe('without auth', () => {
  it('every review page redirects GETs to sign-in and refuses POSTs with 401', async () => {
    const { id } = await seedBrief({ contradict: false });
    for (const path of ['/review', `/review/${id}`, `/review/${id}/email`]) {
      const response = await app.request(path, {}, env);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toBe(`/review/sign-in?next=${encodeURIComponent(path)}`);
    }
    for (const action of ['edit', 'approve', 'reject', 'regenerate']) {
      const response = await app.request(
        `/review/${id}/${action}`,
        { method: 'POST', headers: { Origin: origin }, body: new URLSearchParams({ reason: 'x' }) },
        env,
      );
      expect(response.status, action).toBe(401);
    }
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
  });

  it('every review API answers 401 without a bearer token or with a wrong one', async () => {
    const { id } = await seedBrief({ contradict: false });
    const calls: [string, string][] = [
      ['GET', '/api/review'],
      ['GET', `/api/review/${id}`],
      ['POST', `/api/review/${id}/approve`],
      ['POST', `/api/review/${id}/reject`],
      ['POST', `/api/review/${id}/edit`],
      ['POST', `/api/review/${id}/regenerate`],
    ];
    for (const [method, path] of calls) {
      for (const authorization of [undefined, 'Bearer wrong-token', 'Bearer test-editor-token', 'Basic dGVzdA==']) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (authorization) headers.Authorization = authorization;
        const response = await app.request(
          path,
          { method, headers, body: method === 'POST' ? '{"reason":"x","override":true}' : undefined },
          env,
        );
        expect(response.status, `${method} ${path} with ${authorization}`).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      }
    }
    expect(await auditActions(id)).toEqual([expect.objectContaining({ action: 'created' })]);
  });

  it('a session cookie signed with another secret, or expired, is not a session', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const forged = await signSession({ sid: 's', actor: 'editor:mallory', exp }, 'not-the-secret');
    const expired = await signSession(
      { sid: 's', actor: 'editor:ana', exp: Math.floor(Date.now() / 1000) - 1 },
      env.SESSION_SECRET!,
    );
    for (const value of [forged, expired, 'garbage']) {
      const response = await app.request('/review', { headers: { Cookie: `__Host-gb_review=${value}` } }, env);
      expect(response.status).toBe(303);
    }
  });
});

describe('sign-in', () => {
  it('sets a signed, HttpOnly, Secure, SameSite=Strict session cookie with an expiry, and audits it', async () => {
    const { response, cookie, setCookies } = await signIn();
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/review');
    const sessionCookie = setCookies.find((c) => c.startsWith('__Host-gb_review='))!;
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; Secure/);
    expect(sessionCookie).toMatch(/; SameSite=Strict/);
    expect(sessionCookie).toMatch(/; Path=\//);
    expect(sessionCookie).toMatch(/; Max-Age=28800/);
    expect(cookie).not.toBeNull();
    expect((await app.request('/review', { headers: { Cookie: cookie! } }, env)).status).toBe(200);
    expect(await auditActions(null)).toEqual([expect.objectContaining({ action: 'signed_in', actor: 'editor:ana' })]);
  });

  it('a wrong token gets 401, no session, and an audit entry', async () => {
    const { response, cookie } = await signIn('wrong-token', 'eve');
    expect(response.status).toBe(401);
    expect(cookie).toBeNull();
    expect(await response.text()).toContain('Wrong token.');
    expect(await auditActions(null)).toEqual([
      expect.objectContaining({ action: 'sign_in_failed', actor: 'anonymous' }),
    ]);
  });

  it('refuses a sign-in POST without the form nonce or from another origin', async () => {
    const body = new URLSearchParams({ name: 'x', token: 'test-editor-token', _csrf: 'made-up' });
    const noNonce = await app.request('/review/sign-in', { method: 'POST', headers: { Origin: origin }, body }, env);
    expect(noNonce.status).toBe(403);
    const crossSite = await app.request(
      '/review/sign-in',
      { method: 'POST', headers: { Origin: 'https://evil.example' }, body },
      env,
    );
    expect(crossSite.status).toBe(403);
    expect(noNonce.headers.getSetCookie().some((c) => c.startsWith('__Host-gb_review='))).toBe(false);
  });

  it('sign-out needs the CSRF token, clears the cookie and is audited', async () => {
    const session = await editorSession();
    expect((await postForm('/review/sign-out', session, { _csrf: '' })).status).toBe(403);
    const response = await postForm('/review/sign-out', session, {});
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie().find((c) => c.startsWith('__Host-gb_review='))).toMatch(/Max-Age=0/);
    expect((await auditActions(null)).map((e) => e.action)).toEqual(['signed_in', 'signed_out']);
  });

  it('right and wrong tokens take the same comparison path inside workerd (two HMACs, one key)', async () => {
    const expected = 'test-editor-token';
    for (const presented of [expected, 'wrong', '']) {
      const calls: { key: string; message: string }[] = [];
      const result = await verifySecret({
        presented,
        expected,
        hmac: async (key, message) => {
          calls.push({ key, message });
          return computeHmac(key, message);
        },
      });
      expect(result).toBe(presented === expected);
      expect(calls.map((call) => call.message)).toEqual([presented, expected]);
      expect(calls[0]!.key).toBe(calls[1]!.key);
    }
  });
});

describe('CSRF', () => {
  it('refuses a POST with a missing, forged or other-session CSRF token, or from another origin', async () => {
    const { id } = await seedBrief({ contradict: false });
    const session = await editorSession();
    const other = await editorSession('bob');
    const attempts: { fields: Record<string, string>; headers?: Record<string, string>; label: string }[] = [
      { fields: { _csrf: '' }, label: 'missing' },
      { fields: { _csrf: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, label: 'forged' },
      { fields: { _csrf: other.csrf }, label: 'token of another session' },
      { fields: {}, headers: { Origin: 'https://evil.example' }, label: 'cross-origin' },
    ];
    for (const attempt of attempts) {
      const response = await postForm(`/review/${id}/approve`, session, attempt.fields, attempt.headers);
      expect(response.status, attempt.label).toBe(403);
    }
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
    expect((await auditActions(id)).map((e) => e.action)).toEqual(['created']);
    // the same request with the right token goes through
    const ok = await postForm(`/review/${id}/approve`, session, {});
    expect(ok.status).toBe(303);
    expect((await fetchReviewJson(id)).brief.status).toBe('published');
  });
});

describe('Cloudflare Access mode', () => {
  // the Access JWKS is served through the injected services fetch; tokens are signed in the test
  const accessEnv = { ...env, REVIEW_AUTH_MODE: 'access', CF_ACCESS_TEAM_DOMAIN: teamDomain, CF_ACCESS_AUD: audience };
  let signer: AccessSigner;
  let jwksCalls = 0;
  const jwksFetch: typeof fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== certsUrl) throw new Error(`unexpected fetch ${url}`);
    jwksCalls += 1;
    return Response.json(signer.jwks);
  };
  const accessApp = createApp({
    services: (workerEnv, invocation) => buildServices(workerEnv, { ...invocation, fetch: jwksFetch }),
  });
  const jwtHeader = async (email: string, overrides: Record<string, unknown> = {}) => ({
    'Cf-Access-Jwt-Assertion': await signer.sign(buildAccessClaims(email, Date.now(), overrides)),
  });
  beforeAll(async () => {
    signer = await createAccessSigner();
  });

  it('refuses without a JWT (the identity header alone is not trusted) and lets in the JWT email', async () => {
    expect((await accessApp.request('/review', {}, accessEnv)).status).toBe(401);
    const headerOnly = await accessApp.request(
      '/review',
      { headers: { 'Cf-Access-Authenticated-User-Email': 'Editor@Example.com' } },
      accessEnv,
    );
    expect(headerOnly.status).toBe(401);
    expect(await headerOnly.text()).not.toContain('signed in as');
    const response = await accessApp.request('/review', { headers: await jwtHeader('Editor@Example.com') }, accessEnv);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('signed in as editor@example.com');
    expect(jwksCalls).toBeGreaterThan(0);
  });

  it('refuses a JWT for another application, from another team, expired, or signed by another key', async () => {
    const impostor = await createAccessSigner(signer.kid);
    const claims = buildAccessClaims('editor@example.com', Date.now());
    const cases: [string, Record<string, string>][] = [
      ['aud', await jwtHeader('editor@example.com', { aud: ['another-app'] })],
      ['iss', await jwtHeader('editor@example.com', { iss: 'https://evil.cloudflareaccess.com' })],
      ['exp', await jwtHeader('editor@example.com', { exp: Math.floor(Date.now() / 1000) - 1 })],
      ['signature', { 'Cf-Access-Jwt-Assertion': await impostor.sign(claims) }],
    ];
    for (const [label, headers] of cases) {
      expect((await accessApp.request('/review', { headers }, accessEnv)).status, label).toBe(401);
    }
  });

  it('fails closed (500 naming CF_ACCESS_TEAM_DOMAIN and CF_ACCESS_AUD) when access mode lacks them', async () => {
    const response = await accessApp.request(
      '/review',
      { headers: await jwtHeader('editor@example.com') },
      { ...env, REVIEW_AUTH_MODE: 'access' },
    );
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('MISCONFIGURED');
    expect(body.error.message).toContain('CF_ACCESS_TEAM_DOMAIN');
    expect(body.error.message).toContain('CF_ACCESS_AUD');
  });

  it('still requires the CSRF token on POSTs and audits the Access identity', async () => {
    const { id } = await seedBrief({ contradict: false });
    const headers = { ...(await jwtHeader('editor@example.com')), Origin: origin };
    const page = await (await accessApp.request(`/review/${id}`, { headers }, accessEnv)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const refused = await accessApp.request(
      `/review/${id}/reject`,
      { method: 'POST', headers, body: new URLSearchParams({ reason: 'x' }) },
      accessEnv,
    );
    expect(refused.status).toBe(403);
    const done = await accessApp.request(
      `/review/${id}/reject`,
      { method: 'POST', headers, body: new URLSearchParams({ reason: 'off-topic', _csrf: csrf }) },
      accessEnv,
    );
    expect(done.status).toBe(303);
    expect(await auditActions(id)).toContainEqual(
      expect.objectContaining({ action: 'rejected', actor: 'editor:editor@example.com', reason: 'off-topic' }),
    );
  });
});

describe('services clock', () => {
  it('sign-in stamps the session expiry and the audit row from services.now, not the wall clock', async () => {
    const fixed = new Date('2030-01-02T03:04:05.000Z');
    const clockApp = createApp({
      services: (workerEnv, invocation) => buildServices(workerEnv, { ...invocation, now: () => fixed }),
    });
    const form = await clockApp.request('/review/sign-in', {}, env);
    const loginCookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
    const body = new URLSearchParams({
      _csrf: readCsrfField(await form.text()),
      next: '/review',
      name: 'ana',
      token: 'test-editor-token',
    });
    const response = await clockApp.request(
      '/review/sign-in',
      { method: 'POST', headers: { Cookie: loginCookie, Origin: origin }, body },
      env,
    );
    expect(response.status).toBe(303);
    const value = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-gb_review='))!
      .split(';')[0]!
      .slice('__Host-gb_review='.length);
    const payload = JSON.parse(new TextDecoder().decode(decodeBase64Url(value.split('.')[0]!)!)) as { exp: number };
    expect(payload.exp).toBe(Date.UTC(2030, 0, 2, 3, 4, 5) / 1000 + 8 * 3600);
    expect(await auditActions(null)).toEqual([
      expect.objectContaining({ action: 'signed_in', at: '2030-01-02T03:04:05.000Z' }),
    ]);
  });
});

describe('review API bearer', () => {
  it('lists the queue with the right token', async () => {
    const { id, baseline } = await seedBrief({ contradict: true });
    const response = await app.request('/api/review', { headers: apiHeaders }, env);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: { id: string; status: string; counts: { contradicted: number } }[];
    };
    expect(body.items).toEqual([
      expect.objectContaining({
        id,
        status: 'needs_review',
        counts: expect.objectContaining({ contradicted: baseline.contradicted! + 1 }),
      }),
    ]);
  });
});

// Review desk security inside workerd with a real local D1: auth on every page and API, CSRF, sessions, tokens.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeHmac } from '../../src/http/auth/hmac.ts';
import { signSession } from '../../src/http/auth/session.ts';
import { verifySecret } from '../../src/http/auth/verify-secret.ts';
import { apiHeaders, app, auditActions, fetchReviewJson, origin, postForm, resetDb, seedBrief, signIn } from './review-helpers.ts';

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
      const response = await app.request(`/review/${id}/${action}`, { method: 'POST', headers: { Origin: origin }, body: new URLSearchParams({ reason: 'x' }) }, env);
      expect(response.status, action).toBe(401);
    }
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
  });

  it('every review API answers 401 without a bearer token or with a wrong one', async () => {
    const { id } = await seedBrief({ contradict: false });
    const calls: [string, string][] = [['GET', '/api/review'], ['GET', `/api/review/${id}`], ['POST', `/api/review/${id}/approve`],
      ['POST', `/api/review/${id}/reject`], ['POST', `/api/review/${id}/edit`], ['POST', `/api/review/${id}/regenerate`]];
    for (const [method, path] of calls) {
      for (const authorization of [undefined, 'Bearer wrong-token', 'Bearer test-editor-token', 'Basic dGVzdA==']) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (authorization) headers.Authorization = authorization;
        const response = await app.request(path, { method, headers, body: method === 'POST' ? '{"reason":"x","override":true}' : undefined }, env);
        expect(response.status, `${method} ${path} with ${authorization}`).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      }
    }
    expect(await auditActions(id)).toEqual([expect.objectContaining({ action: 'created' })]);
  });

  it('a session cookie signed with another secret, or expired, is not a session', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const forged = await signSession({ sid: 's', actor: 'editor:mallory', exp }, 'not-the-secret');
    const expired = await signSession({ sid: 's', actor: 'editor:ana', exp: Math.floor(Date.now() / 1000) - 1 }, env.SESSION_SECRET!);
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
    expect(await auditActions(null)).toEqual([expect.objectContaining({ action: 'sign_in_failed', actor: 'anonymous' })]);
  });

  it('refuses a sign-in POST without the form nonce or from another origin', async () => {
    const body = new URLSearchParams({ name: 'x', token: 'test-editor-token', _csrf: 'made-up' });
    const noNonce = await app.request('/review/sign-in', { method: 'POST', headers: { Origin: origin }, body }, env);
    expect(noNonce.status).toBe(403);
    const crossSite = await app.request('/review/sign-in', { method: 'POST', headers: { Origin: 'https://evil.example' }, body }, env);
    expect(crossSite.status).toBe(403);
    expect(noNonce.headers.getSetCookie().some((c) => c.startsWith('__Host-gb_review='))).toBe(false);
  });

  it('sign-out needs the CSRF token, clears the cookie and is audited', async () => {
    const session = (await signIn()) as { cookie: string; csrf: string };
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
      const result = await verifySecret({ presented, expected, hmac: async (key, message) => (calls.push({ key, message }), computeHmac(key, message)) });
      expect(result).toBe(presented === expected);
      expect(calls.map((call) => call.message)).toEqual([presented, expected]);
      expect(calls[0]!.key).toBe(calls[1]!.key);
    }
  });
});

describe('CSRF', () => {
  it('refuses a POST with a missing, forged or other-session CSRF token, or from another origin', async () => {
    const { id } = await seedBrief({ contradict: false });
    const session = (await signIn()) as { cookie: string; csrf: string };
    const other = (await signIn('test-editor-token', 'bob')) as { cookie: string; csrf: string };
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
  const accessEnv = { ...env, REVIEW_AUTH_MODE: 'access' };
  it('refuses without the Access identity header and trusts it when present', async () => {
    expect((await app.request('/review', {}, accessEnv)).status).toBe(401);
    const response = await app.request('/review', { headers: { 'Cf-Access-Authenticated-User-Email': 'Editor@Example.com' } }, accessEnv);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('signed in as editor@example.com');
  });

  it('still requires the CSRF token on POSTs and audits the Access identity', async () => {
    const { id } = await seedBrief({ contradict: false });
    const headers = { 'Cf-Access-Authenticated-User-Email': 'editor@example.com', Origin: origin };
    const page = await (await app.request(`/review/${id}`, { headers }, accessEnv)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const refused = await app.request(`/review/${id}/reject`, { method: 'POST', headers, body: new URLSearchParams({ reason: 'x' }) }, accessEnv);
    expect(refused.status).toBe(403);
    const done = await app.request(`/review/${id}/reject`, { method: 'POST', headers, body: new URLSearchParams({ reason: 'off-topic', _csrf: csrf }) }, accessEnv);
    expect(done.status).toBe(303);
    expect(await auditActions(id)).toContainEqual(expect.objectContaining({ action: 'rejected', actor: 'editor:editor@example.com', reason: 'off-topic' }));
  });
});

describe('review API bearer', () => {
  it('lists the queue with the right token', async () => {
    const { id, baseline } = await seedBrief({ contradict: true });
    const response = await app.request('/api/review', { headers: apiHeaders }, env);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { id: string; status: string; counts: { contradicted: number } }[] };
    expect(body.items).toEqual([expect.objectContaining({ id, status: 'needs_review', counts: expect.objectContaining({ contradicted: baseline.contradicted! + 1 }) })]);
  });
});

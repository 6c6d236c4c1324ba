// The editor gate in access mode, over a small Hono app: JWT verified against the team JWKS (msw), header alone refused,
// fail-closed config, and the services clock (not the wall clock) deciding expiry.
import { Hono } from 'hono';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv, type Env } from '../../../src/env.ts';
import type { Services } from '../../../src/ports.ts';
import { readAuthConfig } from '../../../src/http/auth/auth-config.ts';
import type { ReviewPageEnv } from '../../../src/http/auth/editor.ts';
import { requireEditor } from '../../../src/http/auth/require-editor.tsx';
import { signSession } from '../../../src/http/auth/session.ts';
import { handleError } from '../../../src/http/error-handler.ts';
import { createStore } from '../../../src/store/index.ts';
import {
  audience,
  buildAccessClaims,
  certsUrl,
  createAccessSigner,
  teamDomain,
  type AccessSigner,
} from './access-token-kit.ts';

let signer: AccessSigner;
let jwksRequests = 0;
const server = setupServer(
  http.get(certsUrl, () => {
    jwksRequests += 1;
    return HttpResponse.json(signer.jwks);
  }),
);
beforeAll(async () => {
  signer = await createAccessSigner();
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

const fixedNow = new Date('2031-03-04T05:06:07Z');
const baseEnv = {
  DB: {
    prepare: () => {
      throw new Error('no database in this test');
    },
  },
  GROUNDBRIEF_MODE: 'offline',
  AUTO_PUBLISH: 'false',
  PUBLIC_BASE_URL: 'https://groundbrief.test',
  SESSION_SECRET: 'test-session-secret-0123456789abcdef',
  EDITOR_TOKEN: 'editor-token',
};
const accessEnv = {
  ...baseEnv,
  REVIEW_AUTH_MODE: 'access',
  CF_ACCESS_TEAM_DOMAIN: teamDomain,
  CF_ACCESS_AUD: audience,
};

/** /review behind requireEditor; services carry the fixed clock and Node's fetch (answered by msw). */
function buildApp(now = fixedNow) {
  const app = new Hono<ReviewPageEnv>();
  app.onError(handleError as never);
  app.use(async (c, next) => {
    const config = parseEnv(c.env);
    c.set('services', {
      config,
      store: createStore(config.DB, () => now),
      now: () => now,
      fetch,
      reviewAuth: () => readAuthConfig(config),
    } as unknown as Services);
    c.set('nonce', 'n');
    await next();
  });
  app.use(requireEditor);
  app.get('/review', (c) => c.text(c.var.editor.actor));
  return app;
}

const request = (env: Record<string, unknown>, headers: Record<string, string> = {}) =>
  buildApp().request('https://groundbrief.test/review', { headers }, env as unknown as Env);

describe('requireEditor in access mode', () => {
  it('lets in the email of a valid Access JWT', async () => {
    const token = await signer.sign(buildAccessClaims('Ana@Example.com', fixedNow.getTime()));
    const response = await request({ ...accessEnv }, { 'Cf-Access-Jwt-Assertion': token });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('editor:ana@example.com');
  });

  it('refuses the identity header alone, and a JWT for another address does not borrow the header', async () => {
    const alone = await request({ ...accessEnv }, { 'Cf-Access-Authenticated-User-Email': 'ana@example.com' });
    expect(alone.status).toBe(401);
    expect(await alone.text()).toContain('no Cf-Access-Jwt-Assertion header');
    const token = await signer.sign(buildAccessClaims('bob@example.com', fixedNow.getTime()));
    const both = await request(
      { ...accessEnv },
      { 'Cf-Access-Authenticated-User-Email': 'admin@example.com', 'Cf-Access-Jwt-Assertion': token },
    );
    expect(await both.text()).toBe('editor:bob@example.com');
  });

  it('refuses wrong audience, wrong issuer and a missing header with 401', async () => {
    const claims = buildAccessClaims('ana@example.com', fixedNow.getTime());
    for (const [label, headers] of [
      ['aud', { 'Cf-Access-Jwt-Assertion': await signer.sign({ ...claims, aud: ['other'] }) }],
      [
        'iss',
        { 'Cf-Access-Jwt-Assertion': await signer.sign({ ...claims, iss: 'https://other.cloudflareaccess.com' }) },
      ],
      ['none', {}],
    ] as const) {
      expect((await request({ ...accessEnv }, headers)).status, label).toBe(401);
    }
  });

  it('judges expiry by the services clock, not the wall clock', async () => {
    // valid around the fixed 2031 clock: refused by a gate whose clock says 2032, accepted by the 2031 one
    const token = await signer.sign(buildAccessClaims('ana@example.com', fixedNow.getTime()));
    const later = buildApp(new Date('2032-01-01T00:00:00Z'));
    const env = { ...accessEnv } as unknown as Env;
    expect(
      (await later.request('https://groundbrief.test/review', { headers: { 'Cf-Access-Jwt-Assertion': token } }, env))
        .status,
    ).toBe(401);
    expect(
      (
        await buildApp().request(
          'https://groundbrief.test/review',
          { headers: { 'Cf-Access-Jwt-Assertion': token } },
          env,
        )
      ).status,
    ).toBe(200);
  });

  it('fails closed with 500 MISCONFIGURED naming CF_ACCESS_TEAM_DOMAIN / CF_ACCESS_AUD when they are unset', async () => {
    const token = await signer.sign(buildAccessClaims('ana@example.com', fixedNow.getTime()));
    const before = jwksRequests;
    for (const [env, names] of [
      [{ ...baseEnv, REVIEW_AUTH_MODE: 'access' }, ['CF_ACCESS_TEAM_DOMAIN', 'CF_ACCESS_AUD']],
      [{ ...accessEnv, CF_ACCESS_AUD: undefined }, ['CF_ACCESS_AUD']],
      [{ ...accessEnv, CF_ACCESS_TEAM_DOMAIN: '' }, ['CF_ACCESS_TEAM_DOMAIN']],
    ] as const) {
      const response = await request({ ...env }, { 'Cf-Access-Jwt-Assertion': token });
      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('MISCONFIGURED');
      for (const name of names) expect(body.error.message).toContain(name);
    }
    expect(jwksRequests).toBe(before);
  });
});

describe('requireEditor in token mode', () => {
  it('judges the session expiry by the services clock', async () => {
    const exp = Math.floor(fixedNow.getTime() / 1000) + 60;
    const cookie = `__Host-gb_review=${await signSession({ sid: 's1', actor: 'editor:ana', exp }, baseEnv.SESSION_SECRET)}`;
    // editor_sessions: the session row is live until its expiry, judged (like the cookie) by the services clock
    const expiresAt = new Date(exp * 1000).toISOString();
    const DB = {
      prepare: () => ({
        bind: (_sid: string, at: string) => ({ first: async () => (at < expiresAt ? { active: 1 } : null) }),
      }),
    };
    const env = { ...baseEnv, DB } as unknown as Env;
    // by the wall clock (2026) this session is valid; the gate must still go by its own clock
    expect(
      (await buildApp().request('https://groundbrief.test/review', { headers: { Cookie: cookie } }, env)).status,
    ).toBe(200);
    const later = buildApp(new Date(exp * 1000));
    expect((await later.request('https://groundbrief.test/review', { headers: { Cookie: cookie } }, env)).status).toBe(
      303,
    );
  });
});

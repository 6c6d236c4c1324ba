// The Access JWT verifier end to end over its real key source: the team's JWKS served by msw, fetched by fetchAccessKey.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccessKeyCache, fetchAccessKey, type AccessKeyCache } from '../../../src/http/auth/fetch-access-keys.ts';
import { verifyAccessJwt } from '../../../src/http/auth/verify-access-jwt.ts';
import { encodeBase64Url } from '../../../src/lib/hmac.ts';
import {
  audience,
  buildAccessClaims,
  certsUrl,
  createAccessSigner,
  teamDomain,
  type AccessSigner,
} from './access-token-kit.ts';

const nowMs = Date.UTC(2026, 10, 21, 7, 0, 0);
let signer: AccessSigner;
let cache: AccessKeyCache;
const server = setupServer(http.get(certsUrl, () => HttpResponse.json(signer.jwks)));

beforeAll(async () => {
  signer = await createAccessSigner();
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());
beforeEach(() => {
  cache = createAccessKeyCache();
});

function verify(token: string | undefined, at = nowMs) {
  return verifyAccessJwt({
    token,
    access: { teamDomain, audience },
    nowMs: at,
    lookupKey: (kid) => fetchAccessKey({ teamDomain, kid, fetch, nowMs: at, cache }),
  });
}

describe('verifyAccessJwt', () => {
  it('accepts a token signed by the team key for this audience and returns its email, lower-cased', async () => {
    const token = await signer.sign(buildAccessClaims('Editor@Example.com', nowMs));
    expect(await verify(token)).toEqual({ ok: true, email: 'editor@example.com' });
  });

  it('accepts `aud` given as a plain string', async () => {
    const token = await signer.sign(buildAccessClaims('ana@example.com', nowMs, { aud: audience }));
    expect(await verify(token)).toEqual({ ok: true, email: 'ana@example.com' });
  });

  it('refuses a token for another application (aud)', async () => {
    for (const aud of [['another-app-aud'], 'another-app-aud', [], undefined]) {
      const token = await signer.sign(buildAccessClaims('ana@example.com', nowMs, { aud }));
      expect(await verify(token), JSON.stringify(aud)).toEqual({ ok: false, reason: expect.stringContaining('aud') });
    }
  });

  it('refuses a token issued by another team (iss)', async () => {
    for (const iss of ['https://evil.cloudflareaccess.com', `${teamDomain}/`, undefined]) {
      const token = await signer.sign(buildAccessClaims('ana@example.com', nowMs, { iss }));
      expect(await verify(token), String(iss)).toEqual({ ok: false, reason: expect.stringContaining('another team') });
    }
  });

  it('refuses an expired token, at and after exp, and one without exp', async () => {
    const exp = Math.floor(nowMs / 1000);
    const token = await signer.sign(buildAccessClaims('ana@example.com', nowMs, { exp }));
    expect(await verify(token, exp * 1000)).toEqual({ ok: false, reason: 'Access token expired' });
    expect(await verify(token, exp * 1000 + 3_600_000)).toEqual({ ok: false, reason: 'Access token expired' });
    expect((await verify(token, exp * 1000 - 1)).ok).toBe(true);
    const noExp = await signer.sign(buildAccessClaims('ana@example.com', nowMs, { exp: undefined }));
    expect(await verify(noExp)).toEqual({ ok: false, reason: 'Access token expired' });
  });

  it('refuses a token used before its nbf', async () => {
    const nbf = Math.floor(nowMs / 1000) + 120;
    const token = await signer.sign(buildAccessClaims('ana@example.com', nowMs, { nbf }));
    expect(await verify(token)).toEqual({ ok: false, reason: 'Access token not valid yet' });
    expect((await verify(token, nbf * 1000)).ok).toBe(true);
  });

  it('refuses a bad signature: another key under the same kid, and a payload altered after signing', async () => {
    const impostor = await createAccessSigner(signer.kid);
    const forged = await impostor.sign(buildAccessClaims('mallory@example.com', nowMs));
    expect(await verify(forged)).toEqual({ ok: false, reason: 'Access token signature does not verify' });

    const genuine = await signer.sign(buildAccessClaims('ana@example.com', nowMs));
    const [header, , signature] = genuine.split('.');
    const payload = encodeBase64Url(
      new TextEncoder().encode(JSON.stringify(buildAccessClaims('mallory@example.com', nowMs))),
    );
    expect(await verify(`${header}.${payload}.${signature}`)).toEqual({
      ok: false,
      reason: 'Access token signature does not verify',
    });
  });

  it('refuses a missing or empty header', async () => {
    expect(await verify(undefined)).toEqual({ ok: false, reason: 'no Cf-Access-Jwt-Assertion header' });
    expect(await verify('  ')).toEqual({ ok: false, reason: 'no Cf-Access-Jwt-Assertion header' });
  });

  it('refuses other algorithms (none, HS256), unknown keys, garbage and tokens without email', async () => {
    const claims = buildAccessClaims('ana@example.com', nowMs);
    const unsigned = `${(await signer.sign(claims, { alg: 'none' })).split('.').slice(0, 2).join('.')}.`;
    expect((await verify(unsigned)).ok).toBe(false);
    expect(await verify(await signer.sign(claims, { alg: 'HS256' }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('HS256'),
    });
    expect(await verify(await signer.sign(claims, { kid: 'rotated-away' }))).toEqual({
      ok: false,
      reason: 'Access token signed by an unknown key',
    });
    for (const garbage of ['a.b', 'a.b.c', 'not a token', '...'])
      expect((await verify(garbage)).ok, garbage).toBe(false);
    const serviceToken = await signer.sign(
      buildAccessClaims('', nowMs, { email: undefined, common_name: 'ci.access' }),
    );
    expect(await verify(serviceToken)).toEqual({ ok: false, reason: 'Access token carries no email' });
  });
});

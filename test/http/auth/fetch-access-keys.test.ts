// The Access JWKS source: one fetch per TTL, refetch on rotation (rate-limited), nothing cached on failure, time limit,
// a made-up kid cannot evict the good keys, and no caller hangs on a shared fetch whose starter went away.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/errors.ts';
import {
  accessKeysRefetchMs,
  accessKeysTtlMs,
  createAccessKeyCache,
  fetchAccessKey,
} from '../../../src/http/auth/fetch-access-keys.ts';
import { verifyAccessJwt } from '../../../src/http/auth/verify-access-jwt.ts';
import {
  audience,
  buildAccessClaims,
  certsUrl,
  createAccessSigner,
  teamDomain,
  type AccessSigner,
} from './access-token-kit.ts';

let first: AccessSigner;
let second: AccessSigner;
let served: { keys: Record<string, unknown>[] } | null = null;
let status = 200;
let requests = 0;
const server = setupServer(
  http.get(certsUrl, () => {
    requests += 1;
    return status === 200 ? HttpResponse.json(served) : new HttpResponse('down', { status });
  }),
);

beforeAll(async () => {
  [first, second] = await Promise.all([createAccessSigner('key-1'), createAccessSigner('key-2')]);
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());
afterEach(() => {
  requests = 0;
  status = 200;
});

const t0 = Date.UTC(2026, 10, 21, 7, 0, 0);

describe('fetchAccessKey', () => {
  it('fetches the key set once and serves it from the cache until the TTL ends', async () => {
    served = first.jwks;
    const cache = createAccessKeyCache();
    const lookup = (nowMs: number, kid = 'key-1') => fetchAccessKey({ teamDomain, kid, fetch, nowMs, cache });
    expect(await lookup(t0)).not.toBeNull();
    expect(await lookup(t0 + 1000)).not.toBeNull();
    expect(await Promise.all([lookup(t0 + 2000), lookup(t0 + 3000)])).toHaveLength(2);
    expect(requests).toBe(1);
    await lookup(t0 + accessKeysTtlMs);
    expect(requests).toBe(2);
  });

  it('shares one fetch between concurrent first callers', async () => {
    served = first.jwks;
    const cache = createAccessKeyCache();
    await Promise.all([1, 2, 3].map(() => fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0, cache })));
    expect(requests).toBe(1);
  });

  it('refetches for an unknown kid (key rotation), but not more often than the refetch interval', async () => {
    served = first.jwks;
    const cache = createAccessKeyCache();
    expect(await fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0, cache })).not.toBeNull();
    served = { keys: [...first.jwks.keys, ...second.jwks.keys] };
    expect(
      await fetchAccessKey({ teamDomain, kid: 'key-2', fetch, nowMs: t0 + accessKeysRefetchMs - 1, cache }),
    ).toBeNull();
    expect(requests).toBe(1);
    expect(
      await fetchAccessKey({ teamDomain, kid: 'key-2', fetch, nowMs: t0 + accessKeysRefetchMs, cache }),
    ).not.toBeNull();
    expect(requests).toBe(2);
  });

  it('throws UpstreamError when the certs endpoint fails or answers junk, and caches nothing', async () => {
    const cache = createAccessKeyCache();
    status = 503;
    await expect(fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0, cache })).rejects.toBeInstanceOf(
      UpstreamError,
    );
    status = 200;
    served = { nope: true } as never;
    await expect(fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0 + 1, cache })).rejects.toThrow(
      /did not return a JWKS/,
    );
    served = first.jwks;
    expect(await fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0 + 2, cache })).not.toBeNull();
    expect(requests).toBe(3);
  });

  it('gives up after the time limit and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const hanging: typeof fetch = (_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    };
    const cache = createAccessKeyCache();
    await expect(
      fetchAccessKey({ teamDomain, kid: 'key-1', fetch: hanging, nowMs: t0, cache, timeoutMs: 20 }),
    ).rejects.toThrow(/did not answer within 20 ms/);
    expect(signal?.aborted).toBe(true);
  });

  it('a token naming a made-up kid cannot knock out the cached keys while the certs endpoint is down', async () => {
    served = first.jwks;
    const cache = createAccessKeyCache();
    const verify = (token: string, nowMs: number) =>
      verifyAccessJwt({
        token,
        access: { teamDomain, audience },
        nowMs,
        lookupKey: (kid) => fetchAccessKey({ teamDomain, kid, fetch, nowMs, cache }),
      });
    const good = await first.sign(buildAccessClaims('editor@example.com', t0));
    const fake = await first.sign(buildAccessClaims('mallory@example.com', t0), { kid: 'made-up-kid' });
    expect(await verify(good, t0)).toEqual({ ok: true, email: 'editor@example.com' });
    expect(requests).toBe(1);

    status = 503;
    // Past the refetch interval, the unknown kid triggers one refresh; it fails, so this request fails.
    await expect(verify(fake, t0 + 31_000)).rejects.toBeInstanceOf(UpstreamError);
    expect(requests).toBe(2);
    // The good key set survived the failed refresh: no fetch, no wait.
    expect(await verify(good, t0 + 32_000)).toEqual({ ok: true, email: 'editor@example.com' });
    // The failed attempt counts for the throttle: another made-up kid within 30 s is refused without a fetch.
    expect(await verify(fake, t0 + 33_000)).toEqual({ ok: false, reason: 'Access token signed by an unknown key' });
    expect(requests).toBe(2);
    // 30 s after the failed attempt one more refresh is allowed (and fails again); the good kid still verifies.
    await expect(verify(fake, t0 + 31_000 + accessKeysRefetchMs)).rejects.toBeInstanceOf(UpstreamError);
    expect(requests).toBe(3);
    expect(await verify(good, t0 + 32_000 + accessKeysRefetchMs)).toEqual({ ok: true, email: 'editor@example.com' });
    expect(requests).toBe(3);

    // The restored set kept its original expiry: at t0 + TTL it must be fetched again, and that fetch failing fails.
    await expect(verify(good, t0 + accessKeysTtlMs)).rejects.toBeInstanceOf(UpstreamError);
    expect(requests).toBe(4);
    status = 200;
    expect(await verify(good, t0 + accessKeysTtlMs + 1)).toEqual({ ok: true, email: 'editor@example.com' });
    expect(requests).toBe(5);
  });

  it('serves known kids from the cached set while an unknown-kid refresh is still in flight', async () => {
    let calls = 0;
    let answer: (response: Response) => void = () => {};
    let refreshStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (refreshStarted = resolve));
    const slowSecond: typeof fetch = async (url, init) => {
      calls += 1;
      if (calls === 1) return fetch(url, init);
      refreshStarted();
      return new Promise<Response>((resolve) => (answer = resolve));
    };
    served = first.jwks;
    const cache = createAccessKeyCache();
    const lookup = (kid: string, nowMs: number) =>
      fetchAccessKey({ teamDomain, kid, fetch: slowSecond, nowMs, cache, timeoutMs: 60_000 });
    expect(await lookup('key-1', t0)).not.toBeNull();
    const refresh = lookup('key-2', t0 + accessKeysRefetchMs);
    await started;
    expect(await lookup('key-1', t0 + accessKeysRefetchMs + 1)).not.toBeNull();
    answer(new Response('down', { status: 503 }));
    await expect(refresh).rejects.toThrow(/answered HTTP 503/);
    expect(await lookup('key-1', t0 + accessKeysRefetchMs + 2)).not.toBeNull();
    expect(calls).toBe(2);
  });

  it('a second caller sharing a fetch whose first caller was abandoned gets a clean error, then keys', async () => {
    let calls = 0;
    // The first fetch never answers and ignores its signal, like I/O of a request the runtime has torn down.
    const stuckFirst: typeof fetch = async (url, init) => {
      calls += 1;
      return calls === 1 ? new Promise<Response>(() => {}) : fetch(url, init);
    };
    served = first.jwks;
    const cache = createAccessKeyCache();
    const lookup = (nowMs: number, timeoutMs: number) =>
      fetchAccessKey({ teamDomain, kid: 'key-1', fetch: stuckFirst, nowMs, cache, timeoutMs });
    const abandoned = lookup(t0, 60_000);
    abandoned.catch(() => {});
    // The second caller shares the stuck fetch but waits only its own time limit.
    await expect(lookup(t0 + 1, 20)).rejects.toThrow(/did not answer within 20 ms/);
    expect(calls).toBe(1);
    // Once the stuck fetch is past its own deadline it is replaced, and the next caller gets the keys.
    expect(await lookup(t0 + 60_000, 5_000)).not.toBeNull();
    expect(calls).toBe(2);
    expect(requests).toBe(1);
  });
});

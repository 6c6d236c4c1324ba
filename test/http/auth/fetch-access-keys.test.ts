// The Access JWKS source: one fetch per TTL, refetch on rotation (rate-limited), nothing cached on failure, time limit.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/errors.ts';
import { accessKeysRefetchMs, accessKeysTtlMs, createAccessKeyCache, fetchAccessKey } from '../../../src/http/auth/fetch-access-keys.ts';
import { certsUrl, createAccessSigner, teamDomain, type AccessSigner } from './access-token-kit.ts';

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
    expect(await fetchAccessKey({ teamDomain, kid: 'key-2', fetch, nowMs: t0 + accessKeysRefetchMs - 1, cache })).toBeNull();
    expect(requests).toBe(1);
    expect(await fetchAccessKey({ teamDomain, kid: 'key-2', fetch, nowMs: t0 + accessKeysRefetchMs, cache })).not.toBeNull();
    expect(requests).toBe(2);
  });

  it('throws UpstreamError when the certs endpoint fails or answers junk, and caches nothing', async () => {
    const cache = createAccessKeyCache();
    status = 503;
    await expect(fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0, cache })).rejects.toBeInstanceOf(UpstreamError);
    status = 200;
    served = { nope: true } as never;
    await expect(fetchAccessKey({ teamDomain, kid: 'key-1', fetch, nowMs: t0 + 1, cache })).rejects.toThrow(/did not return a JWKS/);
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
    await expect(fetchAccessKey({ teamDomain, kid: 'key-1', fetch: hanging, nowMs: t0, cache, timeoutMs: 20 })).rejects.toThrow(/did not answer within 20 ms/);
    expect(signal?.aborted).toBe(true);
  });
});

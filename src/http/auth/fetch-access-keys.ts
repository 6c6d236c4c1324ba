// Adapter: Cloudflare Access signing keys (JWKS at `<team domain>/cdn-cgi/access/certs`), cached per isolate.
import { z } from 'zod';
import { UpstreamError } from '../../errors.ts';

/** How long a fetched key set is trusted before it is fetched again: 5 minutes (ms). */
export const accessKeysTtlMs = 5 * 60_000;
/** A token naming a key the cached set lacks refetches the set, but at most this often: 30 s (ms). */
export const accessKeysRefetchMs = 30_000;
/** Time limit of one JWKS fetch, body included: 5 s (ms). */
export const accessKeysTimeoutMs = 5_000;

type CachedKeySet = { fetchedAtMs: number; keys: Promise<Map<string, CryptoKey>> };
/** Key sets by team domain. One lives per isolate (module scope); tests pass their own. */
export type AccessKeyCache = Map<string, CachedKeySet>;

/** An empty cache (tests; the Worker uses the isolate's). */
export function createAccessKeyCache(): AccessKeyCache {
  return new Map();
}

const isolateCache = createAccessKeyCache();

const jwksSchema = z.object({
  keys: z.array(z.object({ kid: z.string().min(1), kty: z.string(), n: z.string().optional(), e: z.string().optional() })),
});

/** The certs URL of a team domain (`https://<team>.cloudflareaccess.com`). */
export function buildAccessCertsUrl(teamDomain: string): string {
  return `${teamDomain.replace(/\/+$/, '')}/cdn-cgi/access/certs`;
}

/**
 * The RS256 verification key `kid` of `teamDomain`, or null when the team's key set has no such key.
 * The set is fetched once and reused for `accessKeysTtlMs` (by `nowMs`, epoch ms); an unknown `kid` refetches it
 * when the cached set is older than `accessKeysRefetchMs` (key rotation). Concurrent callers share one fetch.
 * Throws `UpstreamError` (502) when the set cannot be fetched or parsed within `timeoutMs`; nothing is cached then.
 */
export async function fetchAccessKey(input: {
  teamDomain: string;
  kid: string;
  fetch: typeof fetch;
  nowMs: number;
  cache?: AccessKeyCache;
  timeoutMs?: number;
}): Promise<CryptoKey | null> {
  const cache = input.cache ?? isolateCache;
  let entry = cache.get(input.teamDomain);
  const age = entry ? input.nowMs - entry.fetchedAtMs : Number.POSITIVE_INFINITY;
  let refetch = !entry || !(age >= 0 && age < accessKeysTtlMs);
  if (entry && !refetch && age >= accessKeysRefetchMs) refetch = !(await entry.keys.catch(() => new Map())).has(input.kid);
  if (!entry || refetch) {
    const keys = fetchKeySet(input.teamDomain, input.fetch, input.timeoutMs ?? accessKeysTimeoutMs);
    const fresh: CachedKeySet = { fetchedAtMs: input.nowMs, keys };
    cache.set(input.teamDomain, fresh);
    keys.catch(() => {
      if (cache.get(input.teamDomain) === fresh) cache.delete(input.teamDomain);
    });
    entry = fresh;
  }
  return (await entry.keys).get(input.kid) ?? null;
}

async function fetchKeySet(teamDomain: string, fetchFn: typeof fetch, timeoutMs: number): Promise<Map<string, CryptoKey>> {
  const url = buildAccessCertsUrl(teamDomain);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new UpstreamError(`Cloudflare Access keys: ${url} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const body = await Promise.race([
      (async () => {
        const response = await fetchFn(url, { signal: controller.signal, headers: { accept: 'application/json' } });
        if (!response.ok) throw new UpstreamError(`Cloudflare Access keys: ${url} answered HTTP ${response.status}`);
        return (await response.json()) as unknown;
      })(),
      timeout,
    ]);
    const parsed = jwksSchema.safeParse(body);
    if (!parsed.success) throw new UpstreamError(`Cloudflare Access keys: ${url} did not return a JWKS`, { cause: parsed.error });
    const keys = new Map<string, CryptoKey>();
    for (const jwk of parsed.data.keys) {
      if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) continue;
      const key = await crypto.subtle
        .importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify'])
        .catch(() => null);
      if (key) keys.set(jwk.kid, key);
    }
    return keys;
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(`Cloudflare Access keys: fetching ${url} failed`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

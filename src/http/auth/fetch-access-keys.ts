// Adapter: Cloudflare Access signing keys (JWKS at `<team domain>/cdn-cgi/access/certs`), cached per isolate.
import * as z from 'zod';
import { UpstreamError } from '../../errors.ts';

/** How long a fetched key set is trusted before it is fetched again: 5 minutes (ms). */
export const accessKeysTtlMs = 5 * 60_000;
/** A token naming a key the cached set lacks refetches the set, but at most this often: 30 s (ms). */
export const accessKeysRefetchMs = 30_000;
/** Time limit of one JWKS fetch, body included: 5 s (ms). */
export const accessKeysTimeoutMs = 5_000;

type KeySet = Map<string, CryptoKey>;
/** A fetch in flight, shared by concurrent callers; `deadlineMs` (epoch ms) = start + its time limit. */
type PendingFetch = { promise: Promise<KeySet>; deadlineMs: number };
type CachedKeySet = {
  /** When `keys` was fetched (epoch ms): the TTL runs from here. */
  fetchedAtMs: number;
  /** When the last fetch started, successful or not (epoch ms): throttles unknown-kid refetches. */
  attemptedAtMs: number;
  /** The last good key set; absent while the first fetch is in flight. */
  keys?: KeySet;
  pending?: PendingFetch;
};
/** Key sets by team domain. One lives per isolate (module scope); tests pass their own. */
export type AccessKeyCache = Map<string, CachedKeySet>;

/** An empty cache (tests; the Worker uses the isolate's). */
export function createAccessKeyCache(): AccessKeyCache {
  return new Map();
}

const isolateCache = createAccessKeyCache();

const jwksSchema = z.object({
  keys: z.array(
    z.object({ kid: z.string().min(1), kty: z.string(), n: z.string().optional(), e: z.string().optional() }),
  ),
});

/** The certs URL of a team domain (`https://<team>.cloudflareaccess.com`). */
export function buildAccessCertsUrl(teamDomain: string): string {
  return `${teamDomain.replace(/\/+$/, '')}/cdn-cgi/access/certs`;
}

/**
 * The RS256 verification key `kid` of `teamDomain`, or null when the team's key set has no such key.
 * The set is fetched once and reused for `accessKeysTtlMs` (by `nowMs`, epoch ms). An unknown `kid` refetches it
 * (key rotation) at most once per `accessKeysRefetchMs`; while that refresh runs, and after it fails, the cached
 * set keeps serving the kids it has (same expiry), so a token with a made-up kid cannot evict the good keys.
 * Concurrent callers share one fetch, but each waits at most its own `timeoutMs` (default `accessKeysTimeoutMs`),
 * so a caller never hangs on a fetch whose starting request went away; a fetch still unsettled past its own
 * deadline is replaced. Throws `UpstreamError` (502) when a needed fetch fails, answers junk or runs out of time;
 * a failure is never cached.
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
  const timeoutMs = input.timeoutMs ?? accessKeysTimeoutMs;
  const now = input.nowMs;
  let entry = cache.get(input.teamDomain);
  const live = (pending: PendingFetch | undefined) => pending !== undefined && now < pending.deadlineMs;
  const age = entry?.keys ? now - entry.fetchedAtMs : Number.POSITIVE_INFINITY;
  if (entry?.keys && age >= 0 && age < accessKeysTtlMs) {
    const known = entry.keys.get(input.kid);
    if (known) return known;
    if (!live(entry.pending) && !(now - entry.attemptedAtMs < accessKeysRefetchMs)) {
      entry = startFetch(cache, input.teamDomain, input.fetch, now, timeoutMs);
    }
    if (!live(entry.pending)) return null;
  } else if (!entry || !live(entry.pending)) {
    entry = startFetch(cache, input.teamDomain, input.fetch, now, timeoutMs);
  }
  const keys = await raceAbort(entry.pending!.promise, AbortSignal.timeout(timeoutMs), () =>
    timeoutError(input.teamDomain, timeoutMs),
  );
  return keys.get(input.kid) ?? null;
}

/** Starts fetching the set into the cache entry. Success replaces the entry; failure restores the previous good set. */
function startFetch(
  cache: AccessKeyCache,
  teamDomain: string,
  fetchFn: typeof fetch,
  now: number,
  timeoutMs: number,
): CachedKeySet {
  const previous = cache.get(teamDomain);
  const pending: PendingFetch = { promise: fetchKeySet(teamDomain, fetchFn, timeoutMs), deadlineMs: now + timeoutMs };
  const entry: CachedKeySet = {
    fetchedAtMs: previous?.fetchedAtMs ?? now,
    attemptedAtMs: now,
    keys: previous?.keys,
    pending,
  };
  cache.set(teamDomain, entry);
  pending.promise.then(
    (keys) => {
      if (cache.get(teamDomain) === entry) cache.set(teamDomain, { fetchedAtMs: now, attemptedAtMs: now, keys });
    },
    () => {
      if (cache.get(teamDomain) !== entry) return;
      if (entry.keys) cache.set(teamDomain, { fetchedAtMs: entry.fetchedAtMs, attemptedAtMs: now, keys: entry.keys });
      else cache.delete(teamDomain);
    },
  );
  return entry;
}

function timeoutError(teamDomain: string, timeoutMs: number): UpstreamError {
  return new UpstreamError(
    `Cloudflare Access keys: ${buildAccessCertsUrl(teamDomain)} did not answer within ${timeoutMs} ms`,
  );
}

/** `work`, or a rejection with `onAbort()` as soon as `signal` aborts, whichever comes first. */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(onAbort());
  let listener = () => {};
  const aborted = new Promise<never>((_, reject) => {
    listener = () => reject(onAbort());
    signal.addEventListener('abort', listener, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', listener));
}

async function fetchKeySet(teamDomain: string, fetchFn: typeof fetch, timeoutMs: number): Promise<KeySet> {
  const url = buildAccessCertsUrl(teamDomain);
  // Its own timer, not the starting request's: the fetch settles by itself even if that request is gone.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const body = await raceAbort(
      (async () => {
        const response = await fetchFn(url, { signal, headers: { accept: 'application/json' } });
        if (!response.ok) throw new UpstreamError(`Cloudflare Access keys: ${url} answered HTTP ${response.status}`);
        return (await response.json()) as unknown;
      })(),
      signal,
      () => timeoutError(teamDomain, timeoutMs),
    );
    const parsed = jwksSchema.safeParse(body);
    if (!parsed.success)
      throw new UpstreamError(`Cloudflare Access keys: ${url} did not return a JWKS`, { cause: parsed.error });
    const keys: KeySet = new Map();
    for (const jwk of parsed.data.keys) {
      if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) continue;
      const key = await crypto.subtle
        .importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
          'verify',
        ])
        .catch(() => null);
      if (key) keys.set(jwk.kid, key);
    }
    return keys;
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(`Cloudflare Access keys: fetching ${url} failed`, { cause: error });
  }
}

// Cache of rendered public responses (briefs API, feeds, pages, home): a short per-isolate Map in front of the
// Cloudflare cache (caches.default), both keyed with the store's public version, so a publish, edit, correction or
// withdrawal is visible on the next request: the key changes, old entries are never read again and age out.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

type CachedResponse = { body: ArrayBuffer; status: number; headers: [string, string][]; expires: number };

/** Per-isolate entries: at most this many, each for at most `isolateTtlMs`. */
const isolateLimit = 200;
const isolateTtlMs = 60_000;
const isolateCache = new Map<string, CachedResponse>();
/** Statuses worth caching: a page, or the withdrawal notice of a withdrawn brief. */
const cacheableStatuses = new Set([200, 410]);

function fromCached(entry: CachedResponse): Response {
  return new Response(entry.body.slice(0), { status: entry.status, headers: entry.headers });
}

function remember(key: string, entry: CachedResponse): void {
  if (isolateCache.size >= isolateLimit) isolateCache.delete(isolateCache.keys().next().value!);
  isolateCache.set(key, entry);
}

const defaultCache = (): Cache | undefined =>
  typeof caches === 'undefined' ? undefined : (caches as unknown as { default?: Cache }).default;

/**
 * GET only. The key holds the public version, the base URL, the full URL (with `?format=`, `?style=`) and the
 * Accept header (format negotiation, HTML or JSON 404s). Only 200 and 410 are cached, with an ETag computed once.
 */
export function publicCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const { store, config, now } = c.var.services;
    const version = await store.briefs.publicVersion();
    const key = `${version}|${config.PUBLIC_BASE_URL}|${c.req.url}|${c.req.header('Accept') ?? ''}`;
    const at = now().getTime();
    const local = isolateCache.get(key);
    if (local && local.expires > at) return fromCached(local);
    const shared = defaultCache();
    const cacheRequest = new Request(`https://public-cache.groundbrief.invalid/${encodeURIComponent(key)}`);
    const hit = await shared?.match(cacheRequest);
    if (hit) {
      const body = await hit.arrayBuffer();
      remember(key, { body, status: hit.status, headers: [...hit.headers], expires: at + isolateTtlMs });
      return new Response(body, hit);
    }
    await next();
    if (!cacheableStatuses.has(c.res.status) || c.res.headers.has('Set-Cookie')) return;
    const body = await c.res.arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', body));
    const headers = new Headers(c.res.headers);
    headers.set('ETag', `"${[...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')}"`);
    const entry = { body, status: c.res.status, headers: [...headers], expires: at + isolateTtlMs };
    remember(key, entry);
    c.res = fromCached(entry);
    if (shared) {
      const put = shared.put(cacheRequest, fromCached(entry)).catch(() => {});
      try {
        c.executionCtx.waitUntil(put);
      } catch {
        await put; // no execution context (app.request in tests)
      }
    }
  };
}

/** Validators remembered from a feed's last good response, for conditional GET. */
export type ConditionalValidators = { etag?: string; lastModified?: string };

/**
 * One feed's last good response: its validators AND its decoded body, stored together (never one
 * without the other), so a later `304 Not Modified` can be answered from `body` without losing items.
 * `body` is the text after charset decoding; `contentType` is the response's header, for the record.
 */
export type CachedFeed = ConditionalValidators & { body: string; contentType?: string };

/**
 * Largest body kept in a cache, in UTF-8 bytes (1 MB). Real feeds are 20-200 KB; D1 caps a string or
 * row at 2,000,000 bytes. A larger body is simply not cached (the next run does a full GET).
 */
export const MAX_CACHED_BODY_BYTES = 1_000_000;

/**
 * Port for remembering a feed's last good response per URL between runs. The Worker backs it with the
 * D1 `feed_cache` table (live mode only); the CLI and tests use createMemoryConditionalCache() or none.
 * `get` returns undefined for an unknown URL or an entry without a body (then no conditional headers
 * are sent). Callers swallow errors from both methods: a broken cache only costs a full GET.
 */
export type ConditionalCache = {
  get(url: string): Promise<CachedFeed | undefined>;
  set(url: string, entry: CachedFeed): Promise<void>;
};

/** UTF-8 size of `text` in bytes. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** In-memory ConditionalCache (lives as long as the process or isolate). */
export function createMemoryConditionalCache(): ConditionalCache & { entries: Map<string, CachedFeed> } {
  const entries = new Map<string, CachedFeed>();
  return {
    entries,
    async get(url) {
      const entry = entries.get(url);
      return entry ? { ...entry } : undefined;
    },
    async set(url, entry) {
      entries.set(url, { ...entry });
    },
  };
}

// D1 repository for `feed_cache`: each feed URL's last good response (ETag / Last-Modified + decoded body).

import {
  MAX_CACHED_BODY_BYTES,
  utf8Length,
  type CachedFeed,
  type ConditionalCache,
  type ConditionalValidators,
} from '../sources/conditional-cache.ts';

export type { CachedFeed, ConditionalCache };
/** Validators for a conditional GET (`If-None-Match` / `If-Modified-Since`). */
export type CacheValidators = ConditionalValidators;

type FeedCacheRow = {
  etag: string | null;
  last_modified: string | null;
  body: string | null;
  content_type: string | null;
};

/**
 * ConditionalCache over D1 (migrations 0001 + 0003); `now` stamps `updated_at` (ISO-8601 UTC).
 * `get` treats a row without a body (written before 0003) as a miss. `set` writes validators and body in
 * one upsert and refuses (throws RangeError) a body over MAX_CACHED_BODY_BYTES, under D1's 2 MB value cap.
 */
export function createFeedCacheRepository(db: D1Database, now: () => Date): ConditionalCache {
  return {
    async get(url) {
      const row = await db
        .prepare('SELECT etag, last_modified, body, content_type FROM feed_cache WHERE url = ?')
        .bind(url)
        .first<FeedCacheRow>();
      if (!row || row.body === null) return undefined;
      const entry: CachedFeed = { body: row.body };
      if (row.etag) entry.etag = row.etag;
      if (row.last_modified) entry.lastModified = row.last_modified;
      if (row.content_type) entry.contentType = row.content_type;
      return entry;
    },
    async set(url, entry) {
      const size = utf8Length(entry.body);
      if (size > MAX_CACHED_BODY_BYTES)
        throw new RangeError(`feed_cache: body of ${size} bytes for ${url} exceeds ${MAX_CACHED_BODY_BYTES}`);
      await db
        .prepare(
          `INSERT INTO feed_cache (url, etag, last_modified, body, content_type, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
             body = excluded.body, content_type = excluded.content_type, updated_at = excluded.updated_at`,
        )
        .bind(
          url,
          entry.etag ?? null,
          entry.lastModified ?? null,
          entry.body,
          entry.contentType ?? null,
          now().toISOString(),
        )
        .run();
    },
  };
}

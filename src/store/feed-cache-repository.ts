// D1 repository for `feed_cache`: the ETag / Last-Modified each feed URL answered with last time.

import type { ConditionalCache, ConditionalValidators } from '../sources/conditional-cache.ts';

export type { ConditionalCache };
/** Validators for a conditional GET (`If-None-Match` / `If-Modified-Since`). */
export type CacheValidators = ConditionalValidators;

/** ConditionalCache over D1; `now` stamps `updated_at` (ISO-8601 UTC). */
export function createFeedCacheRepository(db: D1Database, now: () => Date): ConditionalCache {
  return {
    async get(url) {
      const row = await db.prepare('SELECT etag, last_modified FROM feed_cache WHERE url = ?').bind(url).first<{ etag: string | null; last_modified: string | null }>();
      if (!row) return undefined;
      return { ...(row.etag ? { etag: row.etag } : {}), ...(row.last_modified ? { lastModified: row.last_modified } : {}) };
    },
    async set(url, validators) {
      await db
        .prepare(
          `INSERT INTO feed_cache (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
        )
        .bind(url, validators.etag ?? null, validators.lastModified ?? null, now().toISOString())
        .run();
    },
  };
}

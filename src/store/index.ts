// D1 store: one object holding every repository over the `DB` binding.
import { createAuditRepository } from './audit-repository.ts';
import { createBriefRepository } from './brief-repository.ts';
import { createClaimRepository } from './claim-repository.ts';
import { createFeedCacheRepository } from './feed-cache-repository.ts';
import { createSnapshotRepository } from './snapshot-repository.ts';

/** Builds every repository over one D1 database. `now` only stamps cache rows; callers pass times explicitly elsewhere. */
export function createStore(db: D1Database, now: () => Date) {
  return {
    db,
    briefs: createBriefRepository(db),
    snapshots: createSnapshotRepository(db),
    claims: createClaimRepository(db),
    audit: createAuditRepository(db),
    feedCache: createFeedCacheRepository(db, now),
  };
}
export type Store = ReturnType<typeof createStore>;

export type { StoredBrief } from './stored-brief.ts';
export type { BriefPage, ListBriefsQuery, NewEdition } from './brief-repository.ts';
export type { AuditEntry, StoredAuditEntry } from './audit-repository.ts';
export type { RunRecord, SnapshotRecord } from './snapshot-repository.ts';
export type { CacheValidators, CachedFeed, ConditionalCache } from './feed-cache-repository.ts';

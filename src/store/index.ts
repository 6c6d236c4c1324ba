// D1 store: one object holding every repository over the `DB` binding. The only place that runs SQL.
import { createAuditRepository } from './audit-repository.ts';
import { createBriefRepository } from './brief-repository.ts';
import { createClaimRepository } from './claim-repository.ts';
import { createCorrectionRepository } from './correction-repository.ts';
import { createFeedCacheRepository } from './feed-cache-repository.ts';
import { createOutboxRepository } from './outbox-repository.ts';
import { createPublicVersionCache } from './public-version-cache.ts';
import { createReviewRepository } from './review-repository.ts';
import { createSessionRepository } from './session-repository.ts';
import { createSnapshotRepository } from './snapshot-repository.ts';
import { createSubscriberListRepository } from './subscriber-list-repository.ts';
import { createSubscriberRepository } from './subscriber-repository.ts';

/** What the composition root may set beside the database and the clock. */
export type StoreOptions = {
  /**
   * How long this isolate may reuse the public version (the key of cached public responses) before asking D1 again:
   * the longest a write made in another isolate can go unseen here. Writes through this store in this isolate are
   * seen at once. Default 0 (always ask).
   */
  publicVersionTtlMs?: number;
};

/**
 * Builds every repository over one D1 database. `now` stamps cache rows and ages the public version memo; callers
 * pass times explicitly elsewhere.
 */
export function createStore(db: D1Database, now: () => Date, options: StoreOptions = {}) {
  const versions = createPublicVersionCache(db, now, options.publicVersionTtlMs ?? 0);
  const briefs = createBriefRepository(db);
  const review = createReviewRepository(db);
  const corrections = createCorrectionRepository(db);
  return {
    // every write that can change what the public reads show forgets this isolate's public version when it settles
    briefs: {
      ...briefs,
      insertEdition: versions.afterWrite(briefs.insertEdition),
      publicVersion: () => versions.get(briefs.publicVersion),
    },
    snapshots: createSnapshotRepository(db),
    claims: createClaimRepository(db),
    audit: createAuditRepository(db),
    feedCache: createFeedCacheRepository(db, now),
    review: {
      ...review,
      saveVersion: versions.afterWrite(review.saveVersion),
      moveStatus: versions.afterWrite(review.moveStatus),
    },
    corrections: {
      ...corrections,
      publishCorrection: versions.afterWrite(corrections.publishCorrection),
      withdraw: versions.afterWrite(corrections.withdraw),
    },
    subscribers: createSubscriberRepository(db),
    subscriberList: createSubscriberListRepository(db),
    outbox: createOutboxRepository(db),
    sessions: createSessionRepository(db),
  };
}
export type Store = ReturnType<typeof createStore>;

export type { BriefListing, StoredBrief } from './stored-brief.ts';
export type { BriefPage, ListBriefsQuery, NewEdition } from './brief-repository.ts';
export type { AuditEntry, StoredAuditEntry } from './audit-repository.ts';
export type { RunRecord, SnapshotRecord } from './snapshot-repository.ts';
export type { CacheValidators, CachedFeed, ConditionalCache } from './feed-cache-repository.ts';
export type { BriefCorrection, CorrectionRepository, NewCorrection } from './correction-repository.ts';
export type { BriefVersion, NewVersion, ReviewRepository } from './review-repository.ts';
export type { Subscriber, SubscriberStatus, SubscriberRepository } from './subscriber-repository.ts';
export type { SubscriberCounts, SubscriberListRow } from './subscriber-list-repository.ts';
export type { ClaimedEmail, EmailOutcome, OutboxRepository, UnknownEmail } from './outbox-repository.ts';

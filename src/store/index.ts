// D1 store: one object holding every repository over the `DB` binding. The only place that runs SQL.
import { createAuditRepository } from './audit-repository.ts';
import { createBriefRepository } from './brief-repository.ts';
import { createClaimRepository } from './claim-repository.ts';
import { createCorrectionRepository } from './correction-repository.ts';
import { createFeedCacheRepository } from './feed-cache-repository.ts';
import { createOutboxRepository } from './outbox-repository.ts';
import { createReviewRepository } from './review-repository.ts';
import { createSessionRepository } from './session-repository.ts';
import { createSnapshotRepository } from './snapshot-repository.ts';
import { createSubscriberListRepository } from './subscriber-list-repository.ts';
import { createSubscriberRepository } from './subscriber-repository.ts';

/** Builds every repository over one D1 database. `now` only stamps cache rows; callers pass times explicitly elsewhere. */
export function createStore(db: D1Database, now: () => Date) {
  return {
    briefs: createBriefRepository(db),
    snapshots: createSnapshotRepository(db),
    claims: createClaimRepository(db),
    audit: createAuditRepository(db),
    feedCache: createFeedCacheRepository(db, now),
    review: createReviewRepository(db),
    corrections: createCorrectionRepository(db),
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

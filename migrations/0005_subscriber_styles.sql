-- Subscribers choose styles (daily-snapshot, sector-recap, weekly-update): the style ids joined by commas, canonical
-- order (src/domain/subscription-styles.ts). Existing subscribers keep getting every style. A published brief is queued
-- only for confirmed subscribers whose list holds its style.
ALTER TABLE subscribers ADD COLUMN styles TEXT NOT NULL DEFAULT 'daily-snapshot,sector-recap,weekly-update';

-- The editor's subscriber list sums the outbox per subscriber; unsubscribing closes a subscriber's queued rows.
CREATE INDEX outbox_subscriber ON outbox (subscriber_id, status);

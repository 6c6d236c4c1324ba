-- Email outbox retries (email helper): when a queued row may be tried next, and the lease of a row being sent.
-- queued: next_attempt_at = earliest time to try (backoff after a transient failure).
-- sending: next_attempt_at = lease expiry; a row still 'sending' after it means the worker stopped mid-send.
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
UPDATE outbox SET next_attempt_at = created_at WHERE next_attempt_at IS NULL;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- When the last confirmation email went to a pending address (at most one per hour: no mail-bombing via /api/subscribe).
ALTER TABLE subscribers ADD COLUMN confirm_sent_at TEXT;

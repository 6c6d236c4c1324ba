-- 0008: (1) the outbox carries correction emails; (2) briefs.html is dropped (derivable from the Markdown).
--
-- Correction emails go through the outbox (retries, idempotency keys, exactly-once, unknown outcomes settled on the
-- desk), so a brief may have more than one email per subscriber: its edition email and one per correction that asked
-- for one. `correction_version` tells them apart (0: the edition email; N: the correction that published version N)
-- and joins the primary key. SQLite cannot change a primary key, so `outbox` (a child table: nothing points at it) is
-- rebuilt with the same rows (all edition emails) and indexes.
CREATE TABLE outbox_next (
  brief_id TEXT NOT NULL REFERENCES briefs(id),
  subscriber_id TEXT NOT NULL REFERENCES subscribers(id),
  correction_version INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('queued','sending','sent','failed','unknown')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  provider_id TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  next_attempt_at TEXT,
  first_attempt_at TEXT,
  PRIMARY KEY (brief_id, subscriber_id, correction_version)
);
INSERT INTO outbox_next (brief_id, subscriber_id, correction_version, status, attempts, last_error, provider_id,
  created_at, sent_at, next_attempt_at, first_attempt_at)
  SELECT brief_id, subscriber_id, 0, status, attempts, last_error, provider_id, created_at, sent_at, next_attempt_at,
    first_attempt_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_status ON outbox (status, brief_id);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_subscriber ON outbox (subscriber_id, status);

-- `briefs.html` was derivable state: every write rendered the Markdown and stored it, while every HTML view (public
-- page, feeds, the API's ?format=html, the desk's preview) renders the Markdown itself through the one parser
-- (src/brief/parse-markdown.ts). Nothing reads the column any more, so it goes; the Markdown stays the only text.
ALTER TABLE briefs DROP COLUMN html;

-- Corrections and withdrawals (review desk). A published brief can be corrected (a new, re-checked version
-- published with a visible note) or withdrawn (status 'withdrawn' with a reason; the page shows a notice, the
-- feeds drop it). SQLite cannot alter a CHECK constraint, so `briefs` is rebuilt with the new status and four
-- columns; the rows, ids and indexes stay the same.
--
-- Dropping a parent table deletes its rows first, and with foreign keys on (D1 always has them on) every child row
-- that points at it is a violation that a later rename does not undo: the migration would fail on any database that
-- holds a brief. So the four child tables (snapshots, claims, brief_versions, outbox) are rebuilt too, pointing at
-- `briefs_next`; the children are dropped before the old parent, and renaming `briefs_next` to `briefs` rewrites
-- their references. test/worker/migrations.test.ts runs this on a populated database.
PRAGMA defer_foreign_keys = true;

CREATE TABLE briefs_next (
  id TEXT PRIMARY KEY,
  edition_date TEXT NOT NULL,
  style TEXT NOT NULL CHECK (style IN ('daily-snapshot','sector-recap','weekly-update')),
  status TEXT NOT NULL CHECK (status IN ('draft','needs_review','approved','published','rejected','withdrawn')),
  title TEXT NOT NULL,
  dek TEXT,
  markdown TEXT NOT NULL,
  html TEXT NOT NULL,
  report_json TEXT NOT NULL,
  writer_json TEXT NOT NULL,
  fallback_json TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,
  corrected_at TEXT,                        -- when the latest correction was published (feeds: updated)
  correction_note TEXT,                     -- its note (feeds carry it; every note is in brief_corrections)
  withdrawn_at TEXT,
  withdrawn_reason TEXT,
  UNIQUE (edition_date, style)
);
INSERT INTO briefs_next (id, edition_date, style, status, title, dek, markdown, html, report_json, writer_json,
  fallback_json, version, created_at, updated_at, published_at)
SELECT id, edition_date, style, status, title, dek, markdown, html, report_json, writer_json,
  fallback_json, version, created_at, updated_at, published_at FROM briefs;

CREATE TABLE snapshots_next (
  brief_id TEXT PRIMARY KEY REFERENCES briefs_next(id),
  snapshot_json TEXT NOT NULL,              -- MarketSnapshot
  sheet_json TEXT NOT NULL,                 -- FactsSheet
  run_json TEXT NOT NULL,                   -- { timings, sources, requestCount }
  created_at TEXT NOT NULL
);
INSERT INTO snapshots_next (brief_id, snapshot_json, sheet_json, run_json, created_at)
  SELECT brief_id, snapshot_json, sheet_json, run_json, created_at FROM snapshots;

CREATE TABLE claims_next (
  brief_id TEXT NOT NULL REFERENCES briefs_next(id),
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  fact_id TEXT,
  expected REAL,
  reason TEXT NOT NULL,
  PRIMARY KEY (brief_id, idx)
);
INSERT INTO claims_next (brief_id, idx, text, span_start, span_end, verdict, fact_id, expected, reason)
  SELECT brief_id, idx, text, span_start, span_end, verdict, fact_id, expected, reason FROM claims;

CREATE TABLE brief_versions_next (
  brief_id TEXT NOT NULL REFERENCES briefs_next(id),
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  markdown TEXT NOT NULL,
  report_json TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (brief_id, version)
);
INSERT INTO brief_versions_next (brief_id, version, title, markdown, report_json, author, created_at)
  SELECT brief_id, version, title, markdown, report_json, author, created_at FROM brief_versions;

CREATE TABLE outbox_next (
  brief_id TEXT NOT NULL REFERENCES briefs_next(id),
  subscriber_id TEXT NOT NULL REFERENCES subscribers(id),
  status TEXT NOT NULL CHECK (status IN ('queued','sending','sent','failed','unknown')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  provider_id TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  next_attempt_at TEXT,
  first_attempt_at TEXT,                    -- when the first attempt was claimed (NULL: never, or before 0004)
  PRIMARY KEY (brief_id, subscriber_id)
);
INSERT INTO outbox_next (brief_id, subscriber_id, status, attempts, last_error, provider_id, created_at, sent_at,
  next_attempt_at, first_attempt_at)
  SELECT brief_id, subscriber_id, status, attempts, last_error, provider_id, created_at, sent_at, next_attempt_at,
    first_attempt_at FROM outbox;

DROP TABLE snapshots;
DROP TABLE claims;
DROP TABLE brief_versions;
DROP TABLE outbox;
DROP TABLE briefs;
ALTER TABLE briefs_next RENAME TO briefs;
ALTER TABLE snapshots_next RENAME TO snapshots;
ALTER TABLE claims_next RENAME TO claims;
ALTER TABLE brief_versions_next RENAME TO brief_versions;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX briefs_status ON briefs (status, edition_date DESC);
CREATE INDEX briefs_published ON briefs (published_at DESC) WHERE status = 'published';
CREATE INDEX outbox_status ON outbox (status, brief_id);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_subscriber ON outbox (subscriber_id, status);

-- One row per published correction: the version it published, the editor's note (shown on the page and in the
-- feeds), and whether subscribers were sent a correction email.
CREATE TABLE brief_corrections (
  brief_id TEXT NOT NULL REFERENCES briefs(id),
  version INTEGER NOT NULL,
  note TEXT NOT NULL,
  actor TEXT NOT NULL,
  notify_subscribers INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL,
  PRIMARY KEY (brief_id, version)
);

-- Corrections and withdrawals (review desk). A published brief can be corrected (a new, re-checked version
-- published with a visible note) or withdrawn (status 'withdrawn' with a reason; the page shows a notice, the
-- feeds drop it). SQLite cannot alter a CHECK constraint, so `briefs` is rebuilt with the new status and four
-- columns; the rows, ids and indexes stay the same (foreign keys deferred until the rename is done).
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
DROP TABLE briefs;
ALTER TABLE briefs_next RENAME TO briefs;
CREATE INDEX briefs_status ON briefs (status, edition_date DESC);
CREATE INDEX briefs_published ON briefs (published_at DESC) WHERE status = 'published';

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

-- groundbrief D1 schema. Times are ISO-8601 UTC strings; JSON columns hold zod-validated documents.

CREATE TABLE briefs (
  id TEXT PRIMARY KEY,                      -- e.g. 2026-11-20-daily-snapshot
  edition_date TEXT NOT NULL,
  style TEXT NOT NULL CHECK (style IN ('daily-snapshot','sector-recap','weekly-update')),
  status TEXT NOT NULL CHECK (status IN ('draft','needs_review','approved','published','rejected')),
  title TEXT NOT NULL,
  dek TEXT,
  markdown TEXT NOT NULL,
  html TEXT NOT NULL,
  report_json TEXT NOT NULL,                -- CheckReport
  writer_json TEXT NOT NULL,                -- WriterInfo (model, tokens, cost, latency, repair rounds)
  fallback_json TEXT,                       -- { brief, report } of the template brief offered beside a failed LLM brief
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,
  UNIQUE (edition_date, style)              -- one brief per edition and style: double cron fires never make two
);
CREATE INDEX briefs_status ON briefs (status, edition_date DESC);
CREATE INDEX briefs_published ON briefs (published_at DESC) WHERE status = 'published';

-- The recorded inputs of a brief, so it can be reproduced and regenerated.
CREATE TABLE snapshots (
  brief_id TEXT PRIMARY KEY REFERENCES briefs(id),
  snapshot_json TEXT NOT NULL,              -- MarketSnapshot
  sheet_json TEXT NOT NULL,                 -- FactsSheet
  run_json TEXT NOT NULL,                   -- { timings, sources, requestCount }
  created_at TEXT NOT NULL
);

-- One row per checked number of the current version.
CREATE TABLE claims (
  brief_id TEXT NOT NULL REFERENCES briefs(id),
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

-- Every edit keeps the previous text.
CREATE TABLE brief_versions (
  brief_id TEXT NOT NULL REFERENCES briefs(id),
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  markdown TEXT NOT NULL,
  report_json TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (brief_id, version)
);

-- Who did what, when, and why: runs, edits, approvals, rejections, publications, sends.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  brief_id TEXT,
  actor TEXT NOT NULL,                      -- 'cron', 'api', 'editor:<name>'
  action TEXT NOT NULL,                     -- created, edited, approved, rejected, published, regenerated, ...
  from_status TEXT,
  to_status TEXT,
  reason TEXT,
  detail_json TEXT,
  at TEXT NOT NULL
);
CREATE INDEX audit_brief ON audit_log (brief_id, id);

-- Conditional GET memory for feeds (ETag / Last-Modified).
CREATE TABLE feed_cache (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE subscribers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending','confirmed','unsubscribed')),
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  unsubscribed_at TEXT
);

-- One row per (brief, subscriber): the unique key makes every send exactly-once.
CREATE TABLE outbox (
  brief_id TEXT NOT NULL REFERENCES briefs(id),
  subscriber_id TEXT NOT NULL REFERENCES subscribers(id),
  status TEXT NOT NULL CHECK (status IN ('queued','sending','sent','failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  provider_id TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  PRIMARY KEY (brief_id, subscriber_id)
);
CREATE INDEX outbox_status ON outbox (status, brief_id);

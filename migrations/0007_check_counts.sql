-- The check's verdict counts in columns, so public lists and the latest brief are read without parsing report_json
-- (the whole check report, tens of KB per brief). Written with report_json by every store write; backfilled here.
ALTER TABLE briefs ADD COLUMN check_ok INTEGER NOT NULL DEFAULT 0;
ALTER TABLE briefs ADD COLUMN check_supported INTEGER NOT NULL DEFAULT 0;
ALTER TABLE briefs ADD COLUMN check_contradicted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE briefs ADD COLUMN check_unsupported INTEGER NOT NULL DEFAULT 0;
ALTER TABLE briefs ADD COLUMN check_by_source INTEGER NOT NULL DEFAULT 0;
UPDATE briefs SET
  check_ok = COALESCE(json_extract(report_json, '$.ok'), 0),
  check_supported = COALESCE(json_extract(report_json, '$.counts.supported'), 0),
  check_contradicted = COALESCE(json_extract(report_json, '$.counts.contradicted'), 0),
  check_unsupported = COALESCE(json_extract(report_json, '$.counts.unsupported'), 0),
  check_by_source = COALESCE(json_extract(report_json, '$.counts."supported-by-source"'), 0);

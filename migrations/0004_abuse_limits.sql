-- Abuse limits (issue 13): throttling by normalized address, server-side editor sessions, aggregated failed
-- sign-ins, and email sends whose outcome is unknown.

-- 1. subscribers.address_key: the address as the per-recipient throttle sees it (src/email/normalize-address.ts):
-- lower-cased, `+tag` dropped from the local part, and for gmail.com / googlemail.com the dots dropped and the domain
-- folded to gmail.com. Only for throttling: mail still goes to `email` exactly as given.
ALTER TABLE subscribers ADD COLUMN address_key TEXT;
UPDATE subscribers SET address_key = lower(trim(email));
UPDATE subscribers
  SET address_key = substr(address_key, 1, instr(address_key, '+') - 1) || substr(address_key, instr(address_key, '@'))
  WHERE instr(address_key, '+') > 1 AND instr(address_key, '+') < instr(address_key, '@');
UPDATE subscribers
  SET address_key = replace(substr(address_key, 1, instr(address_key, '@') - 1), '.', '') || '@gmail.com'
  WHERE substr(address_key, instr(address_key, '@') + 1) IN ('gmail.com', 'googlemail.com');
CREATE INDEX subscribers_address_key ON subscribers (address_key, confirm_sent_at);
-- the global cap on confirmation emails counts rows by confirm_sent_at
CREATE INDEX subscribers_confirm_sent ON subscribers (confirm_sent_at) WHERE confirm_sent_at IS NOT NULL;

-- 2. Editor sessions (token mode): the cookie names a row; sign-out revokes it, so the cookie stops working at once.
CREATE TABLE editor_sessions (
  sid TEXT PRIMARY KEY,
  actor TEXT NOT NULL,                      -- 'editor:<name>'
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX editor_sessions_expiry ON editor_sessions (expires_at);

-- 3. Failed sign-ins, counted per hour (one row per hour, not one audit row per attempt). The first failure of an
-- hour also writes one `sign_in_failed` audit row; the count here is the total.
CREATE TABLE sign_in_failures (
  hour TEXT PRIMARY KEY,                    -- 'YYYY-MM-DDTHH' (UTC)
  count INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL
);

-- 4. outbox: status 'unknown' (the invocation stopped between send and record, and the send could not be retried
-- safely) and first_attempt_at (a retry with the same idempotency key is safe only within the provider's window:
-- Resend keeps keys 24 h). SQLite cannot alter a CHECK constraint, so the table is rebuilt; rows failed earlier as
-- 'outcome unknown' become 'unknown'.
PRAGMA defer_foreign_keys = true;
CREATE TABLE outbox_next (
  brief_id TEXT NOT NULL REFERENCES briefs(id),
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
  next_attempt_at)
  SELECT brief_id, subscriber_id,
    CASE WHEN status = 'failed' AND last_error LIKE 'outcome unknown%' THEN 'unknown' ELSE status END,
    attempts, last_error, provider_id, created_at, sent_at, next_attempt_at
  FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_status ON outbox (status, brief_id);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

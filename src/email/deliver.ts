// Email delivery over the D1 outbox: enqueue one row per (published brief, confirmed subscriber), then claim, send, record.
import { createBriefRepository } from '../store/brief-repository.ts';
import { createSnapshotRepository } from '../store/snapshot-repository.ts';
import { createBriefEmailComposer, type BriefEmailComposer } from './build-brief-email.ts';
import type { EmailConfig } from './email-config.ts';
import { EmailSendError, TransientEmailError, type EmailProvider } from './email-provider.ts';
import type { EmailBrief } from './render-email.ts';

/** Sends per invocation by default: under the Workers free plan's 50 subrequests, with room for D1. */
export const DEFAULT_BATCH_SIZE = 40;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** A row left `sending` longer than this means the invocation died between send and record. */
export const SENDING_LEASE_MS = 10 * 60 * 1000;

/** Backoff after the n-th failed attempt (n >= 1): 1, 4, 16, 64 min, capped at 2 h; Retry-After wins when longer. */
export function computeBackoffMs(attempts: number, retryAfterSeconds?: number): number {
  const base = Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 2 * 60 * 60 * 1000);
  return Math.max(base, (retryAfterSeconds ?? 0) * 1000);
}

/**
 * Queues the brief for every confirmed subscriber: one outbox row per (brief, subscriber), INSERT OR IGNORE
 * on that primary key, so calling it again (double cron fire, approve after auto-publish) adds nothing.
 * Does nothing unless the brief's status is `published`. Returns how many rows were new.
 */
export async function enqueueBriefEmail(
  db: D1Database,
  briefId: string,
  options: { now?: Date } = {},
): Promise<{ enqueued: number }> {
  const at = (options.now ?? new Date()).toISOString();
  const result = await db
    .prepare(`INSERT OR IGNORE INTO outbox (brief_id, subscriber_id, status, attempts, created_at, next_attempt_at)
      SELECT b.id, s.id, 'queued', 0, ?2, ?2 FROM briefs b JOIN subscribers s ON s.status = 'confirmed'
      WHERE b.id = ?1 AND b.status = 'published'`)
    .bind(briefId, at)
    .run();
  return { enqueued: result.meta.changes ?? 0 };
}

/** How far back the sweep looks for published briefs that were never queued. */
export const SWEEP_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/**
 * Safety net for the sweep: queues every brief published in the last 24 h (by `published_at`) that has no outbox row
 * at all (its dispatch never ran or failed before enqueueing), for every confirmed subscriber. One INSERT OR IGNORE
 * on the outbox primary key, so it can never add a second row for a (brief, subscriber). Returns how many rows were new.
 */
export async function enqueueUnqueuedBriefEmail(
  db: D1Database,
  options: { now?: Date } = {},
): Promise<{ enqueued: number }> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - SWEEP_LOOKBACK_MS).toISOString();
  const result = await db
    .prepare(`INSERT OR IGNORE INTO outbox (brief_id, subscriber_id, status, attempts, created_at, next_attempt_at)
      SELECT b.id, s.id, 'queued', 0, ?1, ?1 FROM briefs b JOIN subscribers s ON s.status = 'confirmed'
      WHERE b.status = 'published' AND b.published_at >= ?2 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.brief_id = b.id)`)
    .bind(now.toISOString(), since)
    .run();
  return { enqueued: result.meta.changes ?? 0 };
}

export type DeliverDeps = {
  db: D1Database;
  provider: EmailProvider;
  settings: Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'unsubscribeMailto'>;
  now: () => Date;
};

export type DeliverOptions = { briefId?: string; batchSize?: number; maxAttempts?: number; concurrency?: number };

export type DeliverReport = {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  /** Rows still queued after this round (for `briefId` when given). */
  remaining: number;
  /** Earliest next_attempt_at among them (ISO), null when none remain. */
  nextDueAt: string | null;
};

type Claimed = { brief_id: string; subscriber_id: string; attempts: number };
type Outcome = {
  sql: string;
  params: unknown[];
  counter: 'sent' | 'retrying' | 'failed' | 'skipped';
  audit?: { briefId: string; reason: string; subscriberId: string };
};

/**
 * One delivery round: recovers expired `sending` leases, claims up to `batchSize` due rows atomically
 * (UPDATE ... RETURNING, so two concurrent rounds never claim the same row), sends them
 * `concurrency` at a time, and records each outcome: sent; transient error -> queued again with
 * backoff until `maxAttempts`; permanent error (or attempts used up) -> failed with the reason, per
 * subscriber. Rows whose brief is no longer published or whose subscriber left are skipped (failed, `skipped: ...`).
 */
export async function deliverOutbox(deps: DeliverDeps, options: DeliverOptions = {}): Promise<DeliverReport> {
  const { db, provider, now } = deps;
  // At most 90: the subscriber lookup binds one parameter per row and D1 allows 100 per query.
  const batchSize = Math.min(Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE), 90);
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const concurrency = options.concurrency ?? 10;
  const briefFilter = options.briefId ? ' AND brief_id = ?3' : '';
  const start = now();
  const nowIso = start.toISOString();

  // A lease that expired: with an idempotent provider a re-send is safe; otherwise never risk a second copy.
  await db
    .prepare(
      provider.idempotent
        ? `UPDATE outbox SET status = 'queued' WHERE status = 'sending' AND next_attempt_at < ?1`
        : `UPDATE outbox SET status = 'failed', last_error = 'outcome unknown: the invocation stopped between send and record; not re-sent' WHERE status = 'sending' AND next_attempt_at < ?1`,
    )
    .bind(nowIso)
    .run();

  const lease = new Date(start.getTime() + SENDING_LEASE_MS).toISOString();
  const claimSql = `UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ?2
    WHERE rowid IN (SELECT rowid FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?1${briefFilter} ORDER BY next_attempt_at LIMIT ?4)
    RETURNING brief_id, subscriber_id, attempts`;
  const claimParams = options.briefId ? [nowIso, lease, options.briefId, batchSize] : [nowIso, lease, null, batchSize];
  const claimed = (
    await db
      .prepare(claimSql)
      .bind(...claimParams)
      .all<Claimed>()
  ).results;

  const report: DeliverReport = {
    claimed: claimed.length,
    sent: 0,
    retrying: 0,
    failed: 0,
    skipped: 0,
    remaining: 0,
    nextDueAt: null,
  };
  const briefs = await loadBriefs(db, [...new Set(claimed.map((row) => row.brief_id))], deps.settings);
  const subscribers = await loadSubscribers(
    db,
    claimed.map((row) => row.subscriber_id),
  );

  for (let i = 0; i < claimed.length; i += concurrency) {
    const chunk = claimed.slice(i, i + concurrency);
    const outcomes = await Promise.all(chunk.map((row) => sendOne(row)));
    const statements = outcomes.map((outcome) => db.prepare(outcome.sql).bind(...outcome.params));
    for (const outcome of outcomes) {
      report[outcome.counter]++;
      if (outcome.audit)
        statements.push(
          db
            .prepare(
              `INSERT INTO audit_log (brief_id, actor, action, reason, detail_json, at) VALUES (?1, 'email', 'email_failed', ?2, ?3, ?4)`,
            )
            .bind(
              outcome.audit.briefId,
              outcome.audit.reason,
              JSON.stringify({ subscriberId: outcome.audit.subscriberId }),
              now().toISOString(),
            ),
        );
    }
    if (statements.length) await db.batch(statements);
  }

  const left = await db
    .prepare(
      `SELECT COUNT(*) AS n, MIN(next_attempt_at) AS due FROM outbox WHERE status = 'queued'${options.briefId ? ' AND brief_id = ?1' : ''}`,
    )
    .bind(...(options.briefId ? [options.briefId] : []))
    .first<{ n: number; due: string | null }>();
  report.remaining = left?.n ?? 0;
  report.nextDueAt = left?.due ?? null;
  return report;

  async function sendOne(row: Claimed): Promise<Outcome> {
    const key = [row.brief_id, row.subscriber_id];
    const fail = (reason: string, counter: 'failed' | 'skipped'): Outcome => ({
      sql: `UPDATE outbox SET status = 'failed', last_error = ?3 WHERE brief_id = ?1 AND subscriber_id = ?2`,
      params: [...key, reason],
      counter,
      ...(counter === 'failed' ? { audit: { briefId: row.brief_id, reason, subscriberId: row.subscriber_id } } : {}),
    });
    const brief = briefs.get(row.brief_id);
    const subscriber = subscribers.get(row.subscriber_id);
    if (!brief) return fail('skipped: brief is not published', 'skipped');
    if (subscriber?.status !== 'confirmed') return fail('skipped: subscriber is not confirmed', 'skipped');
    try {
      const message = await brief.compose(subscriber, now());
      const result = await provider.send(message);
      return {
        sql: `UPDATE outbox SET status = 'sent', sent_at = ?3, provider_id = ?4, last_error = NULL WHERE brief_id = ?1 AND subscriber_id = ?2`,
        params: [...key, now().toISOString(), result.id],
        counter: 'sent',
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof EmailSendError && error.kind === 'transient' && row.attempts < maxAttempts) {
        const retryAfter = error instanceof TransientEmailError ? error.retryAfterSeconds : undefined;
        const due = new Date(now().getTime() + computeBackoffMs(row.attempts, retryAfter)).toISOString();
        return {
          sql: `UPDATE outbox SET status = 'queued', last_error = ?3, next_attempt_at = ?4 WHERE brief_id = ?1 AND subscriber_id = ?2`,
          params: [...key, reason, due],
          counter: 'retrying',
        };
      }
      // Permanent errors, transient ones out of attempts, and unexpected errors (a bug: retrying will not fix it).
      return fail(
        error instanceof EmailSendError && error.kind === 'transient'
          ? `gave up after ${row.attempts} attempts: ${reason}`
          : reason,
        'failed',
      );
    }
  }
}

type LoadedBrief = { compose: BriefEmailComposer };

/** Published briefs only: anything else is never sent, even when an outbox row exists. */
async function loadBriefs(
  db: D1Database,
  ids: string[],
  settings: DeliverDeps['settings'],
): Promise<Map<string, LoadedBrief>> {
  const briefRepository = createBriefRepository(db);
  const snapshotRepository = createSnapshotRepository(db);
  const loaded = new Map<string, LoadedBrief>();
  for (const id of ids) {
    const stored = await briefRepository.get(id);
    if (stored?.status !== 'published') continue;
    const snapshot = await snapshotRepository.get(id);
    // Rendered once per brief and round; each subscriber's message only adds its signed link and MIME.
    const brief: EmailBrief = {
      id: stored.id,
      title: stored.title,
      dek: stored.dek,
      markdown: stored.markdown,
      editionDate: stored.editionDate,
      writer: stored.writer,
      report: stored.report,
    };
    loaded.set(id, { compose: createBriefEmailComposer({ brief, sheet: snapshot?.sheet ?? null, settings }) });
  }
  return loaded;
}

async function loadSubscribers(
  db: D1Database,
  ids: string[],
): Promise<Map<string, { id: string; email: string; status: string }>> {
  const map = new Map<string, { id: string; email: string; status: string }>();
  if (ids.length === 0) return map;
  const placeholders = ids.map((_, i) => `?${i + 1}`).join(',');
  const rows = await db
    .prepare(`SELECT id, email, status FROM subscribers WHERE id IN (${placeholders})`)
    .bind(...ids)
    .all<{ id: string; email: string; status: string }>();
  for (const row of rows.results) map.set(row.id, row);
  return map;
}

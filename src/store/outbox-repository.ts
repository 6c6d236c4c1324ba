// D1 repository for `outbox`: one row per (published brief, confirmed subscriber, email: the edition or a correction),
// claimed, sent and recorded.
import { buildAuditInsertIfChanged } from './audit-repository.ts';

/**
 * Which email of which brief to which subscriber: `correctionVersion` 0 is the brief's edition email, N the email of
 * the correction that published version N.
 */
export type OutboxKey = { briefId: string; subscriberId: string; correctionVersion: number };

/** A row one delivery round claimed (status `sending`, attempts already counted). */
export type ClaimedEmail = OutboxKey & { attempts: number };

/** A row whose send may or may not have gone out (status `unknown`). Times are ISO-8601 UTC. */
export type UnknownEmail = OutboxKey & {
  /** The recipient (null when the subscriber row is gone). */
  email: string | null;
  attempts: number;
  reason: string;
  firstAttemptAt: string | null;
  /** When the lease of the stopped attempt ran out. */
  leaseEndedAt: string | null;
};

/** What happened to one claimed row. `failed` rows with `audit` also write an `email_failed` audit entry. */
export type EmailOutcome = OutboxKey &
  (
    | { kind: 'sent'; providerId: string; at: string }
    | { kind: 'retry'; error: string; dueAt: string }
    | { kind: 'failed'; reason: string; audit: boolean; at: string }
    | { kind: 'unknown'; reason: string }
  );

/**
 * Confirmed subscribers who chose the brief's style (`subscribers.styles`: style ids joined by commas), one row each
 * for the edition email (`?3` = 0). `?1` is the time; the caller adds the WHERE.
 */
const enqueueOutboxSql = `INSERT OR IGNORE INTO outbox (brief_id, subscriber_id, correction_version, status, attempts, created_at, next_attempt_at)
  SELECT b.id, s.id, ?3, 'queued', 0, ?1, ?1 FROM briefs b JOIN subscribers s
    ON s.status = 'confirmed' AND instr(',' || s.styles || ',', ',' || b.style || ',') > 0`;

/**
 * The readers of a correction's email (`?3`: the version it published; `?1` the time): the confirmed subscribers who
 * still choose the brief's style and whose edition email (correction_version 0) of that brief was sent or has an
 * unknown outcome, including one being sent right now (`sending`: composed before the correction, so it carries the
 * old text). Nobody who subscribed after the edition went out, nor a reader whose edition email failed, was skipped or
 * is still queued (a queued one is composed when sent, from the corrected text). The caller adds the WHERE on `b`.
 */
export const enqueueCorrectionSql = `INSERT OR IGNORE INTO outbox (brief_id, subscriber_id, correction_version, status, attempts, created_at, next_attempt_at)
  SELECT b.id, s.id, ?3, 'queued', 0, ?1, ?1 FROM briefs b
    JOIN outbox e ON e.brief_id = b.id AND e.correction_version = 0 AND e.status IN ('sent', 'sending', 'unknown')
    JOIN subscribers s ON s.id = e.subscriber_id AND s.status = 'confirmed'
      AND instr(',' || s.styles || ',', ',' || b.style || ',') > 0`;

const byKey = 'brief_id = ?1 AND subscriber_id = ?2 AND correction_version = ?3';

export function createOutboxRepository(db: D1Database) {
  const outcomeStatement = (outcome: EmailOutcome): D1PreparedStatement => {
    const key = [outcome.briefId, outcome.subscriberId, outcome.correctionVersion];
    if (outcome.kind === 'sent')
      return db
        .prepare(`UPDATE outbox SET status = 'sent', sent_at = ?4, provider_id = ?5, last_error = NULL WHERE ${byKey}`)
        .bind(...key, outcome.at, outcome.providerId);
    if (outcome.kind === 'retry')
      return db
        .prepare(`UPDATE outbox SET status = 'queued', last_error = ?4, next_attempt_at = ?5 WHERE ${byKey}`)
        .bind(...key, outcome.error, outcome.dueAt);
    if (outcome.kind === 'unknown')
      return db
        .prepare(`UPDATE outbox SET status = 'unknown', last_error = ?4 WHERE ${byKey}`)
        .bind(...key, `outcome unknown: ${outcome.reason}`);
    return db
      .prepare(`UPDATE outbox SET status = 'failed', last_error = ?4 WHERE ${byKey}`)
      .bind(...key, outcome.reason);
  };
  return {
    /**
     * Queues one published brief's edition email for every confirmed subscriber who chose its style (INSERT OR IGNORE on
     * the (brief, subscriber, 0) key: calling it again adds nothing). Nothing unless the brief is `published`. Returns
     * how many rows were new. (A correction's emails are queued with the correction: correction-repository.)
     */
    async enqueueBrief(briefId: string, at: string): Promise<number> {
      const result = await db
        .prepare(`${enqueueOutboxSql} WHERE b.id = ?2 AND b.status = 'published'`)
        .bind(at, briefId, 0)
        .run();
      return result.meta.changes ?? 0;
    },
    /** Queues every brief published since `since` (ISO) that has no edition email row at all. Returns how many rows were new. */
    async enqueueUnqueued(at: string, since: string): Promise<number> {
      const result = await db
        .prepare(
          `${enqueueOutboxSql} WHERE b.status = 'published' AND b.published_at >= ?2 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.brief_id = b.id AND o.correction_version = 0)`,
        )
        .bind(at, since, 0)
        .run();
      return result.meta.changes ?? 0;
    },
    /**
     * Rows left `sending` past their lease (`next_attempt_at` < `at`: the invocation stopped between send and record).
     * With `idempotencyWindowMs` (the provider dedupes on the row's idempotency key for that long) a row whose first
     * attempt is inside the window and that has attempts left goes back to `queued`, due at once: the retry carries the
     * same key, so it cannot deliver twice. Every other such row becomes `unknown` (never risk a second copy; the
     * review desk and the API show them). Returns how many rows went each way.
     */
    async recoverExpiredLeases(
      at: string,
      options: { idempotencyWindowMs: number | null; maxAttempts: number },
    ): Promise<{ requeued: number; unknown: number }> {
      const expired = `status = 'sending' AND next_attempt_at < ?1`;
      const statements: D1PreparedStatement[] = [];
      if (options.idempotencyWindowMs !== null) {
        const windowStart = new Date(Date.parse(at) - options.idempotencyWindowMs).toISOString();
        statements.push(
          db
            .prepare(
              `UPDATE outbox SET status = 'queued', next_attempt_at = ?1, last_error = 'retried after a stopped send (same idempotency key)'
                WHERE ${expired} AND attempts < ?2 AND COALESCE(first_attempt_at, created_at) > ?3`,
            )
            .bind(at, options.maxAttempts, windowStart),
        );
      }
      statements.push(
        db
          .prepare(`UPDATE outbox SET status = 'unknown', last_error = ?2 WHERE ${expired}`)
          .bind(
            at,
            options.idempotencyWindowMs === null
              ? 'outcome unknown: the invocation stopped between send and record; not re-sent (the provider has no idempotency key)'
              : 'outcome unknown: the invocation stopped between send and record; not re-sent (attempts used up or the idempotency window passed)',
          ),
      );
      const results = await db.batch(statements);
      const changes = results.map((result) => result.meta.changes ?? 0);
      return {
        requeued: options.idempotencyWindowMs === null ? 0 : (changes[0] ?? 0),
        unknown: changes[changes.length - 1] ?? 0,
      };
    },
    /**
     * Claims up to `limit` rows due at `at` (of `briefId` when given), atomically (UPDATE ... RETURNING: two rounds never
     * claim the same row): `sending`, one more attempt, leased until `leaseUntil`; the first claim stamps first_attempt_at.
     */
    async claimDue(input: {
      at: string;
      leaseUntil: string;
      limit: number;
      briefId?: string;
    }): Promise<ClaimedEmail[]> {
      const briefFilter = input.briefId ? ' AND brief_id = ?3' : '';
      const { results } = await db
        .prepare(`UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ?2,
            first_attempt_at = COALESCE(first_attempt_at, ?1)
          WHERE rowid IN (SELECT rowid FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?1${briefFilter} ORDER BY next_attempt_at LIMIT ?4)
          RETURNING brief_id, subscriber_id, correction_version, attempts`)
        .bind(input.at, input.leaseUntil, input.briefId ?? null, input.limit)
        .all<{ brief_id: string; subscriber_id: string; correction_version: number; attempts: number }>();
      return results.map((row) => ({
        briefId: row.brief_id,
        subscriberId: row.subscriber_id,
        correctionVersion: row.correction_version,
        attempts: row.attempts,
      }));
    },
    /** Records outcomes (and their audit rows) in one transaction. */
    async record(outcomes: readonly EmailOutcome[]): Promise<void> {
      const statements = outcomes.map(outcomeStatement);
      for (const outcome of outcomes)
        if (outcome.kind === 'failed' && outcome.audit)
          statements.push(
            db
              .prepare(
                `INSERT INTO audit_log (brief_id, actor, action, reason, detail_json, at) VALUES (?1, 'email', 'email_failed', ?2, ?3, ?4)`,
              )
              .bind(
                outcome.briefId,
                outcome.reason,
                JSON.stringify({
                  subscriberId: outcome.subscriberId,
                  ...(outcome.correctionVersion ? { correctionVersion: outcome.correctionVersion } : {}),
                }),
                outcome.at,
              ),
          );
      if (statements.length) await db.batch(statements);
    },
    /**
     * An editor's decision on one `unknown` row: `resend` queues it again, due at `at` (inside the provider's
     * idempotency window the same key still prevents a duplicate; past it the reader may get two), `delivered` records
     * it as sent (the provider's log shows it went out). Writes an audit row naming the editor in the same batch (both
     * or neither). False when the row is not (or no longer) `unknown`.
     */
    async resolveUnknown(
      input: OutboxKey & {
        decision: 'resend' | 'delivered';
        actor: string;
        at: string;
      },
    ): Promise<boolean> {
      const key = [input.briefId, input.subscriberId, input.correctionVersion];
      const update =
        input.decision === 'resend'
          ? db
              .prepare(
                `UPDATE outbox SET status = 'queued', next_attempt_at = ?4, last_error = ?5 WHERE ${byKey} AND status = 'unknown'`,
              )
              .bind(...key, input.at, `outcome was unknown; ${input.actor} asked to send again`)
          : db
              .prepare(
                `UPDATE outbox SET status = 'sent', sent_at = ?4, last_error = ?5 WHERE ${byKey} AND status = 'unknown'`,
              )
              .bind(...key, input.at, `outcome was unknown; ${input.actor} marked it delivered`);
      // One batch (one transaction), the audit row guarded by the update's changes(): the row is settled with its audit
      // row or not at all (a failing audit insert rolls the update back).
      const [result] = await db.batch([
        update,
        buildAuditInsertIfChanged(db, {
          briefId: input.briefId,
          actor: input.actor,
          action: input.decision === 'resend' ? 'email_unknown_resent' : 'email_unknown_marked_delivered',
          detail: {
            subscriberId: input.subscriberId,
            ...(input.correctionVersion ? { correctionVersion: input.correctionVersion } : {}),
          },
          at: input.at,
        }),
      ]);
      return (result?.meta.changes ?? 0) === 1;
    },
    /** How many rows have an unknown outcome (of `briefId` when given). */
    async countUnknown(briefId?: string): Promise<number> {
      const row = await db
        .prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'unknown'${briefId ? ' AND brief_id = ?1' : ''}`)
        .bind(...(briefId ? [briefId] : []))
        .first<{ n: number }>();
      return row?.n ?? 0;
    },
    /** Up to `limit` rows with an unknown outcome, newest brief first, with the recipient's address. */
    async listUnknown(limit: number): Promise<UnknownEmail[]> {
      const { results } = await db
        .prepare(
          `SELECT o.brief_id, o.subscriber_id, o.correction_version, s.email, o.attempts, o.last_error, o.first_attempt_at,
              o.next_attempt_at
            FROM outbox o LEFT JOIN subscribers s ON s.id = o.subscriber_id
            WHERE o.status = 'unknown' ORDER BY o.brief_id DESC, o.correction_version, o.subscriber_id LIMIT ?1`,
        )
        .bind(limit)
        .all<{
          brief_id: string;
          subscriber_id: string;
          correction_version: number;
          email: string | null;
          attempts: number;
          last_error: string | null;
          first_attempt_at: string | null;
          next_attempt_at: string | null;
        }>();
      return results.map((row) => ({
        briefId: row.brief_id,
        subscriberId: row.subscriber_id,
        correctionVersion: row.correction_version,
        email: row.email,
        attempts: row.attempts,
        reason: row.last_error ?? '',
        firstAttemptAt: row.first_attempt_at,
        leaseEndedAt: row.next_attempt_at,
      }));
    },
    /** Rows still queued (of `briefId` when given) and the earliest `next_attempt_at` among them (null when none). */
    async countQueued(briefId?: string): Promise<{ count: number; nextDueAt: string | null }> {
      const row = await db
        .prepare(
          `SELECT COUNT(*) AS n, MIN(next_attempt_at) AS due FROM outbox WHERE status = 'queued'${briefId ? ' AND brief_id = ?1' : ''}`,
        )
        .bind(...(briefId ? [briefId] : []))
        .first<{ n: number; due: string | null }>();
      return { count: row?.n ?? 0, nextDueAt: row?.due ?? null };
    },
  };
}
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

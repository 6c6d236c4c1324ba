// D1 repository for `editor_sessions` (the server side of the review cookie) and `sign_in_failures` (hourly counts).
import { buildAuditInsert } from './audit-repository.ts';

/** How long a row outlives its expiry before a sign-in sweeps it away: 1 day (ms). */
const keepExpiredMs = 24 * 60 * 60 * 1000;

export function createSessionRepository(db: D1Database) {
  return {
    /** Stores a new session (and deletes rows that expired more than a day ago). Times are ISO-8601 UTC. */
    async create(input: { sid: string; actor: string; createdAt: string; expiresAt: string }): Promise<void> {
      const sweepBefore = new Date(Date.parse(input.createdAt) - keepExpiredMs).toISOString();
      await db.batch([
        db.prepare('DELETE FROM editor_sessions WHERE expires_at < ?1').bind(sweepBefore),
        db
          .prepare('INSERT INTO editor_sessions (sid, actor, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)')
          .bind(input.sid, input.actor, input.createdAt, input.expiresAt),
      ]);
    },
    /** True when session `sid` exists, was not revoked and has not expired at `at` (ISO). */
    async isActive(sid: string, at: string): Promise<boolean> {
      const row = await db
        .prepare('SELECT 1 AS active FROM editor_sessions WHERE sid = ?1 AND revoked_at IS NULL AND expires_at > ?2')
        .bind(sid, at)
        .first<{ active: number }>();
      return row !== null;
    },
    /** Ends session `sid` at `at` (sign-out); the cookie is refused from then on. Revoking twice keeps the first time. */
    async revoke(sid: string, at: string): Promise<void> {
      await db
        .prepare('UPDATE editor_sessions SET revoked_at = ?2 WHERE sid = ?1 AND revoked_at IS NULL')
        .bind(sid, at)
        .run();
    },
    /**
     * Counts one failed sign-in in the hour of `at` (ISO) and returns the hour's count. Only the hour's first failure
     * writes an audit row (`sign_in_failed`, actor `anonymous`, `reason`); the total stays in sign_in_failures, so a
     * token-guessing run costs one small upsert per attempt, not one audit row each. One transaction.
     */
    async recordSignInFailure(input: { at: string; reason: string }): Promise<number> {
      const hour = input.at.slice(0, 13);
      const audit = buildAuditInsert(
        db,
        { briefId: null, actor: 'anonymous', action: 'sign_in_failed', reason: input.reason, at: input.at },
        { sql: '(SELECT count FROM sign_in_failures WHERE hour = ?) = 1', params: [hour] },
      );
      const [counted] = await db.batch<{ count: number }>([
        db
          .prepare(
            `INSERT INTO sign_in_failures (hour, count, first_at, last_at) VALUES (?1, 1, ?2, ?2)
              ON CONFLICT(hour) DO UPDATE SET count = count + 1, last_at = ?2 RETURNING count`,
          )
          .bind(hour, input.at),
        audit,
      ]);
      return counted?.results[0]?.count ?? 0;
    },
    /** Failed sign-ins in the hours from `since` (ISO) on, summed. */
    async countSignInFailures(since: string): Promise<number> {
      const row = await db
        .prepare('SELECT COALESCE(SUM(count), 0) AS n FROM sign_in_failures WHERE hour >= ?1')
        .bind(since.slice(0, 13))
        .first<{ n: number }>();
      return row?.n ?? 0;
    },
  };
}
export type SessionRepository = ReturnType<typeof createSessionRepository>;

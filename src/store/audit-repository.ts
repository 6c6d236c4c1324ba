// D1 repository for `audit_log`: who did what to which brief, when and why.
import { buildInsert, type InsertGuard } from './guarded-insert.ts';

/** One audit entry. `actor`: 'cron' | 'api' | 'editor:<name>' | 'email'. */
export type AuditEntry = {
  briefId: string | null;
  actor: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  detail?: unknown;
  /** ISO-8601 UTC. */
  at: string;
};
export type StoredAuditEntry = AuditEntry & { id: number };

type AuditRow = {
  id: number;
  brief_id: string | null;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  detail_json: string | null;
  at: string;
};

/** The audit_log columns an insert fills, in `auditValues` order. */
export const auditColumns = 'brief_id, actor, action, from_status, to_status, reason, detail_json, at';

/** Bind values for one entry, in `auditColumns` order. */
export function auditValues(entry: AuditEntry): (string | null)[] {
  const detail = entry.detail === undefined ? null : JSON.stringify(entry.detail);
  return [
    entry.briefId,
    entry.actor,
    entry.action,
    entry.fromStatus ?? null,
    entry.toStatus ?? null,
    entry.reason ?? null,
    detail,
    entry.at,
  ];
}

/** Builds the INSERT for one entry (so callers can put it in a `db.batch` with the change it records); with `guard`, only when it holds. */
export function buildAuditInsert(db: D1Database, entry: AuditEntry, guard?: InsertGuard): D1PreparedStatement {
  return buildInsert(db, 'INSERT', 'audit_log', auditColumns, auditValues(entry), guard);
}

/** An audit INSERT that runs only when the statement just before it in the same batch changed one row. */
export function buildAuditInsertIfChanged(db: D1Database, entry: AuditEntry): D1PreparedStatement {
  return buildAuditInsert(db, entry, { sql: 'changes() = 1', params: [] });
}

export function createAuditRepository(db: D1Database) {
  return {
    async append(entry: AuditEntry): Promise<void> {
      await buildAuditInsert(db, entry).run();
    },
    /** Entries of one brief, oldest first. */
    async listForBrief(briefId: string): Promise<StoredAuditEntry[]> {
      const { results } = await db
        .prepare('SELECT * FROM audit_log WHERE brief_id = ? ORDER BY id')
        .bind(briefId)
        .all<AuditRow>();
      return results.map(parseAuditRow);
    },
    /** How many entries `actor` wrote with `action` at or after `since` (ISO-8601 UTC). */
    async countSince(query: { actor: string; action: string; since: string }): Promise<number> {
      const row = await db
        .prepare('SELECT COUNT(*) AS n FROM audit_log WHERE actor = ? AND action = ? AND at >= ?')
        .bind(query.actor, query.action, query.since)
        .first<{ n: number }>();
      return row?.n ?? 0;
    },
    /** The whole log, newest first, `limit` entries older than entry `beforeId` (all when absent). */
    async listRecent(query: { limit: number; beforeId?: number }): Promise<StoredAuditEntry[]> {
      const { results } = await db
        .prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?')
        .bind(query.beforeId ?? Number.MAX_SAFE_INTEGER, query.limit)
        .all<AuditRow>();
      return results.map(parseAuditRow);
    },
  };
}

function parseAuditRow(row: AuditRow): StoredAuditEntry {
  return {
    id: row.id,
    briefId: row.brief_id,
    actor: row.actor,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    reason: row.reason,
    detail: row.detail_json ? (JSON.parse(row.detail_json) as unknown) : undefined,
    at: row.at,
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;

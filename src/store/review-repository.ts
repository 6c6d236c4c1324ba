// D1 repository of the review desk: the queue, versions, and the versioned save / status moves with their audit rows.
import type { BriefStatus, WriterInfo } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import { type AuditEntry, buildAuditInsertIfChanged } from './audit-repository.ts';
import { checkColumnValues, checkColumnsSql, parseBriefRow, type BriefRow, type StoredBrief } from './stored-brief.ts';

/** One kept version of a brief's text (table `brief_versions`). */
export type BriefVersion = {
  version: number;
  title: string;
  markdown: string;
  report: CheckReport;
  author: string;
  createdAt: string;
};

/** A new text for a brief: what an edit or a regeneration saves. */
export type NewVersion = {
  before: StoredBrief;
  title: string;
  markdown: string;
  report: CheckReport;
  status: BriefStatus;
  writer?: WriterInfo;
  audit: Omit<AuditEntry, 'briefId' | 'fromStatus' | 'toStatus' | 'at'>;
  /** ISO-8601 UTC. */
  at: string;
};

/**
 * Keeps the text `before` holds as its version in brief_versions, by 'original', unless that version is kept already
 * (the first edit or correction of a brief keeps the text it started from). `createdAt`: when that text was made.
 */
export function buildKeepVersion(db: D1Database, before: StoredBrief, createdAt: string): D1PreparedStatement {
  return db
    .prepare(
      'INSERT OR IGNORE INTO brief_versions (brief_id, version, title, markdown, report_json, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(
      before.id,
      before.version,
      before.title,
      before.markdown,
      JSON.stringify(before.report),
      'original',
      createdAt,
    );
}

/**
 * Adds a new text as version `version` of a brief, only if the statement before it in the batch changed one row (the
 * guarded UPDATE of `briefs`), like buildAuditInsertIfChanged.
 */
export function buildAddVersionIfChanged(
  db: D1Database,
  version: {
    briefId: string;
    version: number;
    title: string;
    markdown: string;
    report: CheckReport;
    author: string;
    at: string;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO brief_versions (brief_id, version, title, markdown, report_json, author, created_at)
       SELECT ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`,
    )
    .bind(
      version.briefId,
      version.version,
      version.title,
      version.markdown,
      JSON.stringify(version.report),
      version.author,
      version.at,
    );
}

export function createReviewRepository(db: D1Database) {
  return {
    /** Briefs waiting for an editor: needs_review first, then drafts; newest edition first within each. */
    async listQueue(): Promise<StoredBrief[]> {
      const { results } = await db
        .prepare(
          `SELECT * FROM briefs WHERE status IN ('needs_review', 'draft')
           ORDER BY CASE status WHEN 'needs_review' THEN 0 ELSE 1 END, edition_date DESC, created_at ASC LIMIT 200`,
        )
        .all<BriefRow>();
      return results.map(parseBriefRow);
    },
    /** Briefs of one decided status (published, rejected, withdrawn), most recently changed first; at most `limit`. */
    async listByStatus(status: BriefStatus, limit = 200): Promise<StoredBrief[]> {
      const { results } = await db
        .prepare('SELECT * FROM briefs WHERE status = ? ORDER BY updated_at DESC, id DESC LIMIT ?')
        .bind(status, limit)
        .all<BriefRow>();
      return results.map(parseBriefRow);
    },
    /**
     * How many subscribers publishing brief `briefId` would email now: the confirmed ones who chose its style (the
     * outbox's rule). The desk asks before publishing to them.
     */
    async countRecipients(briefId: string): Promise<number> {
      const row = await db
        .prepare(
          `SELECT COUNT(*) AS n FROM briefs b JOIN subscribers s
             ON s.status = 'confirmed' AND instr(',' || s.styles || ',', ',' || b.style || ',') > 0 WHERE b.id = ?`,
        )
        .bind(briefId)
        .first<{ n: number }>();
      return row?.n ?? 0;
    },
    /** Kept versions, newest first. */
    async listVersions(briefId: string): Promise<BriefVersion[]> {
      const { results } = await db
        .prepare('SELECT * FROM brief_versions WHERE brief_id = ? ORDER BY version DESC')
        .bind(briefId)
        .all<{
          version: number;
          title: string;
          markdown: string;
          report_json: string;
          author: string;
          created_at: string;
        }>();
      return results.map((row) => ({
        version: row.version,
        title: row.title,
        markdown: row.markdown,
        report: JSON.parse(row.report_json) as CheckReport,
        author: row.author,
        createdAt: row.created_at,
      }));
    },
    /**
     * Saves a new version in one transaction: keeps the previous text in brief_versions (if not kept yet), bumps
     * `version` only if nobody saved since `before` was read, keeps the new text, and appends the audit row.
     * Returns false (nothing written) when the brief changed in between.
     */
    async saveVersion(input: NewVersion): Promise<boolean> {
      const { before, at } = input;
      const next = before.version + 1;
      const [, update] = await db.batch([
        buildKeepVersion(db, before, before.updatedAt),
        db
          .prepare(
            `UPDATE briefs SET title = ?, markdown = ?, report_json = ?, status = ?, writer_json = COALESCE(?, writer_json),
               version = ?, updated_at = ?, ${checkColumnsSql} WHERE id = ? AND version = ? AND status = ?`,
          )
          .bind(
            input.title,
            input.markdown,
            JSON.stringify(input.report),
            input.status,
            input.writer ? JSON.stringify(input.writer) : null,
            next,
            at,
            ...checkColumnValues(input.report),
            before.id,
            before.version,
            before.status,
          ),
        buildAddVersionIfChanged(db, { ...input, briefId: before.id, version: next, author: input.audit.actor, at }),
        buildAuditInsertIfChanged(db, {
          ...input.audit,
          briefId: before.id,
          fromStatus: before.status,
          toStatus: input.status,
          at,
        }),
      ]);
      return update?.meta.changes === 1;
    },
    /**
     * Moves a brief from `from` to `to` (stamping published_at when `to` is published) with its audit row, in one
     * transaction, only if it is still in `from` at `version`: a decision is about the text the person saw and the
     * checker re-checked, never a newer edit saved meanwhile. False (nothing written) when it changed.
     */
    async moveStatus(input: {
      id: string;
      from: BriefStatus;
      to: BriefStatus;
      version: number;
      entry: Omit<AuditEntry, 'briefId' | 'fromStatus' | 'toStatus'>;
    }): Promise<boolean> {
      const { id, from, to, version, entry } = input;
      const [update] = await db.batch([
        db
          .prepare(
            `UPDATE briefs SET status = ?, updated_at = ?, published_at = CASE WHEN ? = 'published' THEN ? ELSE published_at END WHERE id = ? AND status = ? AND version = ?`,
          )
          .bind(to, entry.at, to, entry.at, id, from, version),
        buildAuditInsertIfChanged(db, { ...entry, briefId: id, fromStatus: from, toStatus: to }),
      ]);
      return update?.meta.changes === 1;
    },
  };
}
export type ReviewRepository = ReturnType<typeof createReviewRepository>;

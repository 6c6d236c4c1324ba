// D1 repository for `briefs` (+ the snapshot, claims and audit rows written with a new brief).
import type { Brief, BriefStatus, BriefStyle } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import { NotFoundError } from '../errors.ts';
import { buildAuditInsert } from './audit-repository.ts';
import { buildClaimInserts } from './claim-repository.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { buildSnapshotInsert, type SnapshotRecord } from './snapshot-repository.ts';
import {
  buildBriefId,
  checkColumnValues,
  listingColumns,
  parseBriefRow,
  parseListingRow,
  type BriefListing,
  type BriefRow,
  type ListingRow,
  type StoredBrief,
} from './stored-brief.ts';

/** Everything one run produced for a new (edition, style). */
export type NewEdition = {
  brief: Brief;
  report: CheckReport;
  fallback?: { brief: Brief; report: CheckReport };
  status: BriefStatus;
  record: SnapshotRecord;
  /** 'cron' | 'api' | ... */
  actor: string;
  /** ISO-8601 UTC. */
  at: string;
};

export type ListBriefsQuery = { status?: BriefStatus; style?: BriefStyle; limit: number; cursor?: string };
export type BriefPage = { items: BriefListing[]; nextCursor: string | null };

export function createBriefRepository(db: D1Database) {
  async function get(id: string): Promise<StoredBrief | null> {
    const row = await db.prepare('SELECT * FROM briefs WHERE id = ?').bind(id).first<BriefRow>();
    return row ? parseBriefRow(row) : null;
  }
  return {
    get,
    async getByEdition(editionDate: string, style: BriefStyle): Promise<StoredBrief | null> {
      return get(buildBriefId(editionDate, style));
    },
    /**
     * Inserts the brief unless its (edition, style) exists, with its snapshot, claims and `created` audit entry, in ONE
     * batch (one transaction): a brief (maybe already `published`) is never visible without its inputs, and a failure
     * leaves nothing. The dependent rows are guarded so only the run whose brief row went in writes them (a double
     * cron fire never makes two of anything): they need this run's brief row (id + created_at) and no snapshot yet,
     * and the snapshot goes last. Returns the stored brief either way and whether this call created it: the inserted row
     * comes back from the batch itself (RETURNING), so only an ignored insert reads the existing brief.
     */
    async insertEdition(edition: NewEdition): Promise<{ inserted: boolean; brief: StoredBrief }> {
      const { brief, status, at } = edition;
      const id = buildBriefId(brief.editionDate, brief.style);
      const guard = {
        sql: 'EXISTS (SELECT 1 FROM briefs WHERE id = ? AND created_at = ?) AND NOT EXISTS (SELECT 1 FROM snapshots WHERE brief_id = ?)',
        params: [id, at, id],
      };
      const insertBrief = db
        .prepare(
          `INSERT OR IGNORE INTO briefs (id, edition_date, style, status, title, dek, markdown, report_json, writer_json,
             fallback_json, version, created_at, updated_at, published_at, check_ok, check_supported, check_contradicted,
             check_unsupported, check_by_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
           RETURNING *`,
        )
        .bind(
          id,
          brief.editionDate,
          brief.style,
          status,
          brief.title,
          brief.dek ?? null,
          brief.markdown,
          JSON.stringify(edition.report),
          JSON.stringify(brief.writer),
          edition.fallback ? JSON.stringify(edition.fallback) : null,
          at,
          at,
          status === 'published' ? at : null,
          ...checkColumnValues(edition.report),
        );
      const [result] = await db.batch([
        insertBrief,
        buildAuditInsert(
          db,
          {
            briefId: id,
            actor: edition.actor,
            action: 'created',
            toStatus: status,
            at,
            detail: { writer: brief.writer.kind, ok: edition.report.ok, counts: edition.report.counts },
          },
          guard,
        ),
        ...buildClaimInserts(db, id, edition.report.claims, guard),
        buildSnapshotInsert(db, id, edition.record, at, guard),
      ]);
      // RETURNING gives the row this batch inserted (the read `get` would make); none when the insert was ignored.
      const row = (result?.results as BriefRow[] | undefined)?.[0];
      const inserted = result?.meta.changes === 1;
      const stored = inserted && row ? parseBriefRow(row) : await get(id);
      if (!stored) throw new NotFoundError(`brief ${id} vanished right after insert`);
      return { inserted, brief: stored };
    },
    /** Newest edition first. `cursor` is the opaque `nextCursor` of the previous page. */
    async list(query: ListBriefsQuery): Promise<BriefPage> {
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const conditions: [string, unknown[]][] = [];
      if (query.status) conditions.push(['status = ?', [query.status]]);
      if (query.style) conditions.push(['style = ?', [query.style]]);
      if (after)
        conditions.push(['(edition_date < ? OR (edition_date = ? AND id < ?))', [after.key, after.key, after.id]]);
      const where = conditions.map(([sql]) => sql);
      const binds = conditions.flatMap(([, values]) => values);
      const sql = `SELECT ${listingColumns} FROM briefs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY edition_date DESC, id DESC LIMIT ?`;
      const { results } = await db
        .prepare(sql)
        .bind(...binds, query.limit + 1)
        .all<ListingRow>();
      const items = results.slice(0, query.limit).map(parseListingRow);
      const last = items.at(-1);
      return {
        items,
        nextCursor: results.length > query.limit && last ? encodeCursor({ key: last.editionDate, id: last.id }) : null,
      };
    },
    /**
     * A version of everything the public reads show (published and withdrawn briefs): it changes with every publish,
     * edit, correction and withdrawal (count, summed versions, withdrawn count, text lengths, newest updated_at and
     * created_at: a fixed test clock still changes it), so cached public
     * responses keyed with it are never stale. One small indexed query.
     */
    async publicVersion(): Promise<string> {
      const row = await db
        .prepare(
          `SELECT COUNT(*) || '.' || COALESCE(SUM(version), 0) || '.' || COALESCE(SUM(status = 'withdrawn'), 0) || '.' ||
             COALESCE(SUM(LENGTH(markdown) + LENGTH(title)), 0) || '.' || COALESCE(MAX(updated_at), '') || '.' ||
             COALESCE(MAX(created_at), '') AS version FROM briefs WHERE status IN ('published', 'withdrawn')`,
        )
        .first<{ version: string }>();
      return row?.version ?? '0';
    },
    /** The newest published brief (optionally of one style), or null; lean columns (`get` for the whole brief). */
    async latestPublished(style?: BriefStyle): Promise<BriefListing | null> {
      const row = await db
        .prepare(
          `SELECT ${listingColumns} FROM briefs WHERE status = 'published' ${style ? 'AND style = ?' : ''} ORDER BY edition_date DESC, published_at DESC, id DESC LIMIT 1`,
        )
        .bind(...(style ? [style] : []))
        .first<ListingRow>();
      return row ? parseListingRow(row) : null;
    },
  };
}
export type BriefRepository = ReturnType<typeof createBriefRepository>;

// D1 repository of corrections and withdrawals of published briefs: each change, its kept version and its audit row
// in one transaction, only if the brief is still the published version the editor corrected.
import type { CheckReport } from '../domain/check-report.ts';
import { buildAuditInsertIfChanged } from './audit-repository.ts';
import { enqueueCorrectionSql } from './outbox-repository.ts';
import { buildAddVersionIfChanged, buildKeepVersion } from './review-repository.ts';
import { checkColumnValues, checkColumnsSql, type StoredBrief } from './stored-brief.ts';

/** One published correction (table `brief_corrections`). `at` is ISO-8601 UTC. */
export type BriefCorrection = {
  briefId: string;
  /** The version the correction published. */
  version: number;
  /** The title that version published (its brief_versions row): the title of the correction's email, on every retry. */
  title: string;
  note: string;
  actor: string;
  notifySubscribers: boolean;
  at: string;
};

/** A corrected text of a published brief, already re-checked (only a passing text gets here). */
export type NewCorrection = {
  before: StoredBrief;
  title: string;
  markdown: string;
  report: CheckReport;
  note: string;
  notifySubscribers: boolean;
  actor: string;
  /** ISO-8601 UTC. */
  at: string;
};

type CorrectionRow = {
  brief_id: string;
  version: number;
  title: string;
  note: string;
  actor: string;
  notify_subscribers: number;
  at: string;
};

export function createCorrectionRepository(db: D1Database) {
  return {
    /**
     * Publishes a corrected text: keeps the previous text in brief_versions (if not kept yet), replaces the text,
     * bumps `version` and stamps `corrected_at` only if the brief is still published at `before.version`, then adds
     * the new version, the correction note and a `corrected` audit row; with `notifySubscribers` it also queues the
     * correction email (outbox `correction_version` = the new version) for the readers its edition email reached
     * (enqueueCorrectionSql). False (nothing written) when it changed.
     */
    async publishCorrection(input: NewCorrection): Promise<boolean> {
      const { before, at } = input;
      const next = before.version + 1;
      const [, update] = await db.batch([
        buildKeepVersion(db, before, before.publishedAt ?? before.updatedAt),
        db
          .prepare(
            `UPDATE briefs SET title = ?, markdown = ?, report_json = ?, version = ?, updated_at = ?, corrected_at = ?,
               correction_note = ?, ${checkColumnsSql}
             WHERE id = ? AND version = ? AND status = 'published'`,
          )
          .bind(
            input.title,
            input.markdown,
            JSON.stringify(input.report),
            next,
            at,
            at,
            input.note,
            ...checkColumnValues(input.report),
            before.id,
            before.version,
          ),
        buildAddVersionIfChanged(db, { ...input, briefId: before.id, version: next, author: input.actor, at }),
        db
          .prepare(
            `INSERT INTO brief_corrections (brief_id, version, note, actor, notify_subscribers, at)
             SELECT ?, ?, ?, ?, ?, ? WHERE changes() = 1`,
          )
          .bind(before.id, next, input.note, input.actor, input.notifySubscribers ? 1 : 0, at),
        buildAuditInsertIfChanged(db, {
          briefId: before.id,
          actor: input.actor,
          action: 'corrected',
          fromStatus: 'published',
          toStatus: 'published',
          reason: input.note,
          detail: { version: next, counts: input.report.counts, notifySubscribers: input.notifySubscribers },
          at,
        }),
        // The correction's email, when asked for: one outbox row per reader the edition email reached, in the
        // same transaction (a published correction never loses its emails; delivery retries them like an edition's).
        ...(input.notifySubscribers
          ? [
              db
                .prepare(
                  `${enqueueCorrectionSql} WHERE b.id = ?2 AND b.status = 'published' AND b.version = ?3
                     AND EXISTS (SELECT 1 FROM brief_corrections c
                       WHERE c.brief_id = b.id AND c.version = ?3 AND c.at = ?1 AND c.notify_subscribers = 1)`,
                )
                .bind(at, before.id, next),
            ]
          : []),
      ]);
      return update?.meta.changes === 1;
    },
    /**
     * Withdraws a published brief (status `withdrawn`, with when and why) and appends a `withdrawn` audit row, only if
     * it is still published at `version`. False (nothing written) when it changed.
     */
    async withdraw(input: {
      id: string;
      version: number;
      reason: string;
      actor: string;
      at: string;
    }): Promise<boolean> {
      const { id, version, reason, actor, at } = input;
      const [update] = await db.batch([
        db
          .prepare(
            `UPDATE briefs SET status = 'withdrawn', withdrawn_at = ?, withdrawn_reason = ?, updated_at = ?
             WHERE id = ? AND status = 'published' AND version = ?`,
          )
          .bind(at, reason, at, id, version),
        buildAuditInsertIfChanged(db, {
          briefId: id,
          actor,
          action: 'withdrawn',
          fromStatus: 'published',
          toStatus: 'withdrawn',
          reason,
          detail: { version },
          at,
        }),
      ]);
      return update?.meta.changes === 1;
    },
    /**
     * The published corrections of a brief, oldest first, each with the title of the version it published (kept in
     * brief_versions in the same batch; the brief's current title only if that row were missing).
     */
    async listForBrief(briefId: string): Promise<BriefCorrection[]> {
      const { results } = await db
        .prepare(
          `SELECT c.*, COALESCE(v.title, b.title) AS title FROM brief_corrections c
             JOIN briefs b ON b.id = c.brief_id
             LEFT JOIN brief_versions v ON v.brief_id = c.brief_id AND v.version = c.version
           WHERE c.brief_id = ? ORDER BY c.version`,
        )
        .bind(briefId)
        .all<CorrectionRow>();
      return results.map((row) => ({
        briefId: row.brief_id,
        version: row.version,
        title: row.title,
        note: row.note,
        actor: row.actor,
        notifySubscribers: row.notify_subscribers === 1,
        at: row.at,
      }));
    },
  };
}
export type CorrectionRepository = ReturnType<typeof createCorrectionRepository>;

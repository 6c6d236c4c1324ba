import * as z from 'zod';
import { briefSchema, briefStatusSchema, briefStyleSchema, writerInfoSchema } from '../domain/brief.ts';
import { checkReportSchema, type CheckReport } from '../domain/check-report.ts';

/** A brief as kept in D1 (table `briefs`), JSON columns decoded. Times are ISO-8601 UTC. */
export const storedBriefSchema = z.object({
  /** `${editionDate}-${style}`, e.g. `2026-11-20-daily-snapshot`. */
  id: z.string(),
  editionDate: z.string(),
  style: briefStyleSchema,
  status: briefStatusSchema,
  title: z.string(),
  dek: z.string().nullable(),
  /** The text; every HTML view (public page, feeds, API, desk) renders it with renderBriefHtml, nothing stores HTML. */
  markdown: z.string(),
  report: checkReportSchema,
  writer: writerInfoSchema,
  fallback: z.object({ brief: briefSchema, report: checkReportSchema }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** When the latest correction was published (null or absent: never corrected). */
  correctedAt: z.string().nullish(),
  /** The latest correction's note (all notes: `corrections.listForBrief`). */
  correctionNote: z.string().nullish(),
  /** When and why an editor withdrew the brief (status `withdrawn`). */
  withdrawnAt: z.string().nullish(),
  withdrawnReason: z.string().nullish(),
});
export type StoredBrief = z.infer<typeof storedBriefSchema>;

/** The row shape D1 returns for `SELECT * FROM briefs`. */
export type BriefRow = {
  id: string;
  edition_date: string;
  style: string;
  status: string;
  title: string;
  dek: string | null;
  markdown: string;
  report_json: string;
  writer_json: string;
  fallback_json: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  corrected_at?: string | null;
  correction_note?: string | null;
  withdrawn_at?: string | null;
  withdrawn_reason?: string | null;
};

/** The columns every read decodes alike: the full row and the public listing share them. */
type CommonRow = Omit<BriefRow, 'report_json' | 'fallback_json'>;

function parseCommonColumns(row: CommonRow): Omit<StoredBrief, 'report' | 'fallback'> {
  return {
    id: row.id,
    editionDate: row.edition_date,
    style: briefStyleSchema.parse(row.style),
    status: briefStatusSchema.parse(row.status),
    title: row.title,
    dek: row.dek,
    markdown: row.markdown,
    writer: JSON.parse(row.writer_json) as StoredBrief['writer'],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    correctedAt: row.corrected_at ?? null,
    correctionNote: row.correction_note ?? null,
    withdrawnAt: row.withdrawn_at ?? null,
    withdrawnReason: row.withdrawn_reason ?? null,
  };
}

/** Decodes a D1 row; JSON columns are parsed without re-validation (they were validated on the way in). */
export function parseBriefRow(row: BriefRow): StoredBrief {
  return {
    ...parseCommonColumns(row),
    report: JSON.parse(row.report_json) as StoredBrief['report'],
    fallback: row.fallback_json ? (JSON.parse(row.fallback_json) as NonNullable<StoredBrief['fallback']>) : null,
  };
}

/** The id of the one brief per (edition, style). */
export function buildBriefId(editionDate: string, style: string): string {
  return `${editionDate}-${style}`;
}

/**
 * A brief as the public lists and the latest-brief read need it: no fallback, and of the check report
 * only `ok` and the verdict counts (columns since migration 0007, so report_json is not read).
 */
export type BriefListing = Omit<StoredBrief, 'report' | 'fallback'> & {
  report: Pick<CheckReport, 'ok' | 'counts'>;
};

/** The columns `parseListingRow` reads. */
export const listingColumns = `id, edition_date, style, status, title, dek, markdown, writer_json, version, created_at, updated_at,
  published_at, corrected_at, correction_note, withdrawn_at, withdrawn_reason, check_ok, check_supported, check_contradicted,
  check_unsupported, check_by_source`;

export type ListingRow = CommonRow & {
  check_ok: number;
  check_supported: number;
  check_contradicted: number;
  check_unsupported: number;
  check_by_source: number;
};

export function parseListingRow(row: ListingRow): BriefListing {
  return {
    ...parseCommonColumns(row),
    report: {
      ok: row.check_ok === 1,
      counts: {
        supported: row.check_supported,
        contradicted: row.check_contradicted,
        unsupported: row.check_unsupported,
        'supported-by-source': row.check_by_source,
      },
    },
  };
}

/** The check columns of a report, in the order of `checkColumnsSql`: written beside report_json on every write. */
export const checkColumnsSql =
  'check_ok = ?, check_supported = ?, check_contradicted = ?, check_unsupported = ?, check_by_source = ?';
export function checkColumnValues(report: Pick<CheckReport, 'ok' | 'counts'>): number[] {
  const { counts } = report;
  return [report.ok ? 1 : 0, counts.supported, counts.contradicted, counts.unsupported, counts['supported-by-source']];
}

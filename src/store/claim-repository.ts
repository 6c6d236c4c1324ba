// D1 repository for `claims`: one row per checked number of a brief's current version.
import type { Claim } from '../domain/check-report.ts';
import { buildInsertRows, type InsertGuard } from './guarded-insert.ts';

export type StoredClaim = {
  idx: number;
  text: string;
  span: [number, number];
  verdict: string;
  factId: string | null;
  expected: number | null;
  reason: string;
};

/**
 * INSERTs for every claim of a report (idx = position in `claims`), several claims per statement (buildInsertRows); with
 * `guard`, each only when it holds.
 */
export function buildClaimInserts(
  db: D1Database,
  briefId: string,
  claims: Claim[],
  guard?: InsertGuard,
): D1PreparedStatement[] {
  return buildInsertRows(
    db,
    'INSERT OR REPLACE',
    'claims',
    'brief_id, idx, text, span_start, span_end, verdict, fact_id, expected, reason',
    claims.map((claim, idx) => [
      briefId,
      idx,
      claim.text,
      claim.span[0],
      claim.span[1],
      claim.verdict,
      claim.factId,
      claim.expected,
      claim.reason,
    ]),
    guard,
  );
}

export function createClaimRepository(db: D1Database) {
  return {
    /** Replaces all claims of a brief (after an edit re-checks it). */
    async replace(briefId: string, claims: Claim[]): Promise<void> {
      await db.batch([
        db.prepare('DELETE FROM claims WHERE brief_id = ?').bind(briefId),
        ...buildClaimInserts(db, briefId, claims),
      ]);
    },
    async list(briefId: string): Promise<StoredClaim[]> {
      const { results } = await db.prepare('SELECT * FROM claims WHERE brief_id = ? ORDER BY idx').bind(briefId).all<{
        idx: number;
        text: string;
        span_start: number;
        span_end: number;
        verdict: string;
        fact_id: string | null;
        expected: number | null;
        reason: string;
      }>();
      return results.map((row) => ({
        idx: row.idx,
        text: row.text,
        span: [row.span_start, row.span_end],
        verdict: row.verdict,
        factId: row.fact_id,
        expected: row.expected,
        reason: row.reason,
      }));
    },
  };
}
export type ClaimRepository = ReturnType<typeof createClaimRepository>;

// D1 repository for `snapshots`: the recorded inputs of each brief, so it can be reproduced.
import type { FactsSheet } from '../domain/fact.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import { buildInsert, type InsertGuard } from './guarded-insert.ts';

/** What one run measured about itself (stored as `run_json`). Times in milliseconds. */
export type RunRecord = {
  mode: 'offline' | 'live';
  actor: string;
  /** collect, metrics, write (incl. check) and their sum up to the insert. */
  timings: { collect: number; metrics: number; write: number; total: number };
  sources: SourceStatus[];
  requestCount: number;
  /** Why the brief waits for review beyond the check (degraded data, a budget cut); absent in older records. */
  reviewReasons?: string[];
};

export type SnapshotRecord = { snapshot: MarketSnapshot; sheet: FactsSheet; run: RunRecord };

/** The INSERT OR IGNORE of one brief's inputs; with `guard`, only when it holds. */
export function buildSnapshotInsert(
  db: D1Database,
  briefId: string,
  record: SnapshotRecord,
  at: string,
  guard?: InsertGuard,
): D1PreparedStatement {
  return buildInsert(
    db,
    'INSERT OR IGNORE',
    'snapshots',
    'brief_id, snapshot_json, sheet_json, run_json, created_at',
    [briefId, JSON.stringify(record.snapshot), JSON.stringify(record.sheet), JSON.stringify(record.run), at],
    guard,
  );
}

export function createSnapshotRepository(db: D1Database) {
  return {
    /** The inputs of one brief, or null when none were stored. */
    async get(briefId: string): Promise<(SnapshotRecord & { createdAt: string }) | null> {
      const row = await db
        .prepare('SELECT snapshot_json, sheet_json, run_json, created_at FROM snapshots WHERE brief_id = ?')
        .bind(briefId)
        .first<{ snapshot_json: string; sheet_json: string; run_json: string; created_at: string }>();
      if (!row) return null;
      return {
        snapshot: JSON.parse(row.snapshot_json) as MarketSnapshot,
        sheet: JSON.parse(row.sheet_json) as FactsSheet,
        run: JSON.parse(row.run_json) as RunRecord,
        createdAt: row.created_at,
      };
    },
  };
}
export type SnapshotRepository = ReturnType<typeof createSnapshotRepository>;

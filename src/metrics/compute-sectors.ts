import type { SectorConfig } from '../domain/registry.ts';
import type { Window } from '../domain/units.ts';
import type { AssetMetrics } from './compute-asset-metrics.ts';

export const WINDOWS: readonly Window[] = ['24h', '7d', '30d'];

/**
 * Minimum coverage of a sector window: at least this share of the sector's members must have a change over the
 * window, else the window gets no facts at all (a sector move from 4 of 7 members is not the sector's move).
 * Windows at or above it but short of every member are stated as partial ("5 of 7 members"). docs/metrics.md.
 */
export const SECTOR_MIN_COVERAGE = 2 / 3;

/** Members with data a sector of `all` members needs for a window: ceil(2/3 x all) (7 -> 5, 3 -> 2, 2 -> 2). */
export function sectorMinMembers(all: number): number {
  return Math.ceil(all * SECTOR_MIN_COVERAGE - 1e-9);
}

export type MemberChange = { id: string; change: number };

/** A sector's statistics over one window. Percent values are pct points, caps USD. */
export type SectorWindow = {
  /** Members with a change over this window, in registry order. */
  members: string[];
  /** Members of the sector without one (no ticker / too little history). */
  missing: string[];
  /** `cap`: start-of-window cap weighted (every member in `members` has a cap); else `equal`. */
  weighting: 'cap' | 'equal';
  /** Members in `members` that had no market cap (the reason for equal weighting). */
  uncapped: string[];
  change: number;
  best: MemberChange;
  worst: MemberChange;
  advancers: number;
  decliners: number;
  /** Sum of caps at the start of the window and its absolute change; only when every sector member has cap and change. */
  capStart?: number;
  capChange?: number;
};

export type SectorMetrics = {
  id: string;
  /** Sum of member caps now; only when every member has a cap (a partial sum would understate). */
  marketCap?: number;
  windows: Partial<Record<Window, SectorWindow>>;
};

/**
 * Sector change per window; a window with fewer members than `sectorMinMembers` is left out. Cap weighting uses each member's cap at the START of the window,
 * derived from today's cap assuming constant supply: start_i = cap_i / (1 + r_i / 100). The change is
 * then sum(cap_i) / sum(start_i) - 1 (= the start-cap-weighted mean of member changes), i.e. how much
 * the members' combined cap moved. When any member with data lacks a cap, the plain mean of member
 * changes is used instead (`weighting: 'equal'`). Best/worst: highest/lowest member change (ties: registry order).
 * Advancers/decliners: members with change > 0 / < 0 (exactly 0 is neither).
 */
export function computeSector(sector: SectorConfig, metrics: ReadonlyMap<string, AssetMetrics>): SectorMetrics {
  const caps = sector.members.map((id) => metrics.get(id)?.marketCap);
  const result: SectorMetrics = { id: sector.id, windows: {} };
  if (caps.every((cap) => cap !== undefined)) result.marketCap = sum(caps as number[]);
  for (const window of WINDOWS) {
    const stats = computeSectorWindow(sector, metrics, window);
    if (stats) result.windows[window] = stats;
  }
  return result;
}

function computeSectorWindow(
  sector: SectorConfig,
  metrics: ReadonlyMap<string, AssetMetrics>,
  window: Window,
): SectorWindow | undefined {
  const rows: { id: string; change: number; cap?: number }[] = [];
  const missing: string[] = [];
  for (const id of sector.members) {
    const asset = metrics.get(id);
    const change = asset?.change[window];
    if (change === undefined) missing.push(id);
    else rows.push({ id, change, ...(asset?.marketCap !== undefined ? { cap: asset.marketCap } : {}) });
  }
  const first = rows[0];
  if (!first || rows.length < sectorMinMembers(sector.members.length)) return undefined;
  const uncapped = rows.filter((row) => row.cap === undefined).map((row) => row.id);
  const starts = rows.map((row) => (row.cap === undefined ? 0 : row.cap / (1 + row.change / 100)));
  const weighting = uncapped.length === 0 ? 'cap' : 'equal';
  const change =
    weighting === 'cap'
      ? (sum(rows.map((row) => row.cap!)) / sum(starts) - 1) * 100
      : sum(rows.map((row) => row.change)) / rows.length;
  let best = first;
  let worst = first;
  for (const row of rows) {
    if (row.change > best.change) best = row;
    if (row.change < worst.change) worst = row;
  }
  const stats: SectorWindow = {
    members: rows.map((row) => row.id),
    missing,
    weighting,
    uncapped,
    change,
    best: { id: best.id, change: best.change },
    worst: { id: worst.id, change: worst.change },
    advancers: rows.filter((row) => row.change > 0).length,
    decliners: rows.filter((row) => row.change < 0).length,
  };
  if (missing.length === 0 && uncapped.length === 0) {
    stats.capStart = sum(starts);
    stats.capChange = sum(rows.map((row) => row.cap!)) - stats.capStart;
  }
  return stats;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

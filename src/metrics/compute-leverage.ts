import type { Perp } from '../domain/market-snapshot.ts';
import { computePctChange } from './compute-returns.ts';

/** Funding is normalized to this interval for cross-venue averages (the common 8h). */
export const FUNDING_NORMAL_HOURS = 8;

/** Leverage metrics of one perp. Percent values are pct points. */
export type Leverage = {
  venue: string;
  /** Funding per interval (pct points; 0.01 = 0.01 % per interval) and the interval in hours. */
  fundingRatePct: number;
  fundingIntervalHours: number;
  /** rate x (24 / intervalHours) x 365, pct per year (simple, not compounded). */
  fundingAprPct: number;
  openInterestUsd: number;
  /** OI change vs 24h / 7d ago in pct; undefined when the venue gave no history or it was 0. */
  oiChange24hPct?: number;
  oiChange7dPct?: number;
};

/** Per-perp leverage metrics. */
export function computeLeverage(perp: Perp): Leverage {
  const leverage: Leverage = {
    venue: perp.venue,
    fundingRatePct: perp.fundingRatePct,
    fundingIntervalHours: perp.fundingIntervalHours,
    fundingAprPct: perp.fundingRatePct * (24 / perp.fundingIntervalHours) * 365,
    openInterestUsd: perp.openInterestUsd,
  };
  const change24h =
    perp.openInterestUsd24hAgo === undefined
      ? undefined
      : computePctChange(perp.openInterestUsd24hAgo, perp.openInterestUsd);
  const change7d =
    perp.openInterestUsd7dAgo === undefined
      ? undefined
      : computePctChange(perp.openInterestUsd7dAgo, perp.openInterestUsd);
  if (change24h !== undefined) leverage.oiChange24hPct = change24h;
  if (change7d !== undefined) leverage.oiChange7dPct = change7d;
  return leverage;
}

/** Market-wide leverage over a perp set. */
export type MarketLeverage = {
  perps: number;
  /** Sum of OI (USD). */
  openInterestUsd: number;
  /** Sum(OI_i x rate_i x 8 / intervalHours_i) / Sum(OI_i): pct per 8h; undefined when total OI is 0. */
  fundingAvg8hPct?: number;
  /** Sum(OI now) / Sum(OI then) - 1, in pct; only when EVERY perp has that history (else undefined). */
  oiChange24hPct?: number;
  oiChange7dPct?: number;
};

/** OI-weighted funding (normalized to 8h), total OI and its change over a perp set; undefined for no perps. */
export function computeMarketLeverage(perps: readonly Perp[]): MarketLeverage | undefined {
  if (perps.length === 0) return undefined;
  const total = sum(perps.map((perp) => perp.openInterestUsd));
  const result: MarketLeverage = { perps: perps.length, openInterestUsd: total };
  if (total > 0) {
    const weighted = sum(
      perps.map(
        (perp) => perp.openInterestUsd * perp.fundingRatePct * (FUNDING_NORMAL_HOURS / perp.fundingIntervalHours),
      ),
    );
    result.fundingAvg8hPct = weighted / total;
  }
  const change = (pick: (perp: Perp) => number | undefined) => {
    const before = perps.map(pick);
    if (before.some((value) => value === undefined)) return undefined;
    return computePctChange(sum(before as number[]), total);
  };
  const change24h = change((perp) => perp.openInterestUsd24hAgo);
  const change7d = change((perp) => perp.openInterestUsd7dAgo);
  if (change24h !== undefined) result.oiChange24hPct = change24h;
  if (change7d !== undefined) result.oiChange7dPct = change7d;
  return result;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

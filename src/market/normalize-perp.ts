import type { Perp } from '../domain/market-snapshot.ts';
import type { CcxtFundingRate, CcxtOpenInterest } from './ccxt-venues.ts';

const HOUR_MS = 3_600_000;

/**
 * Funding interval in hours: ccxt's `interval` (`8h`, `4h`), else the venue's raw field (Bybit tickers
 * `fundingIntervalHour`, Binance fundingInfo `fundingIntervalHours`), else 8 (the common default).
 */
export function parseFundingIntervalHours(funding: Pick<CcxtFundingRate, 'interval' | 'info'>): number {
  const match = funding.interval ? /^(\d+(?:\.\d+)?)h$/.exec(funding.interval) : null;
  const raw = Number(funding.info?.fundingIntervalHour ?? funding.info?.fundingIntervalHours);
  const hours = match ? Number(match[1]) : raw;
  return Number.isFinite(hours) && hours > 0 ? hours : 8;
}

/** USD value of one open-interest row: the venue's value, else amount x mark price when known. */
function usdOf(row: CcxtOpenInterest, markPrice?: number): number | undefined {
  if (typeof row.openInterestValue === 'number' && row.openInterestValue >= 0) return row.openInterestValue;
  if (typeof row.openInterestAmount === 'number' && markPrice) return row.openInterestAmount * markPrice;
  return undefined;
}

/** The row whose time is closest to `target`, if within `toleranceMs`. */
function closest(rows: CcxtOpenInterest[], target: number, toleranceMs: number): CcxtOpenInterest | undefined {
  let best: CcxtOpenInterest | undefined;
  for (const row of rows) {
    if (typeof row.timestamp !== 'number' || Math.abs(row.timestamp - target) > toleranceMs) continue;
    if (!best || Math.abs(row.timestamp - target) < Math.abs(best.timestamp! - target)) best = row;
  }
  return best;
}

/**
 * A perp from its funding rate and open-interest rows (history, newest or oldest first, or one current
 * row). USD per row: the venue's value, else contracts x the current mark price (Bybit), so for such
 * venues the 24h/7d figures compare contract counts at today's price. Funding becomes pct per interval (ccxt's 0.0001 -> 0.01). OI 24h/7d ago are the rows nearest
 * to latest-24h / latest-7d within 2 hours, absent otherwise. Undefined when no usable OI row exists.
 */
export function normalizePerp(input: {
  venue: string;
  funding: CcxtFundingRate;
  openInterest: CcxtOpenInterest[];
}): Perp | undefined {
  const { funding, venue } = input;
  if (typeof funding.fundingRate !== 'number' || !Number.isFinite(funding.fundingRate)) return undefined;
  const rows = input.openInterest.filter(
    (row) => typeof row.timestamp === 'number' && usdOf(row, funding.markPrice) !== undefined,
  );
  const latest = rows.reduce<CcxtOpenInterest | undefined>(
    (a, b) => (!a || b.timestamp! > a.timestamp! ? b : a),
    undefined,
  );
  if (!latest) return undefined;
  const at24h = closest(rows, latest.timestamp! - 24 * HOUR_MS, 2 * HOUR_MS);
  const at7d = closest(rows, latest.timestamp! - 168 * HOUR_MS, 2 * HOUR_MS);
  const usd24 = at24h && usdOf(at24h, funding.markPrice);
  const usd7 = at7d && usdOf(at7d, funding.markPrice);
  return {
    venue,
    // toPrecision trims float noise (0.000062 * 100 = 0.006200000000000001).
    fundingRatePct: Number((funding.fundingRate * 100).toPrecision(12)),
    fundingIntervalHours: parseFundingIntervalHours(funding),
    openInterestUsd: usdOf(latest, funding.markPrice)!,
    ...(usd24 !== undefined ? { openInterestUsd24hAgo: usd24 } : {}),
    ...(usd7 !== undefined ? { openInterestUsd7dAgo: usd7 } : {}),
    timestamp: latest.timestamp!,
  };
}

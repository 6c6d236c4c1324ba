import type { Candle } from '../domain/market-snapshot.ts';
import { recentDays } from './candle-window.ts';

/** Calendar days per year: crypto trades every day. */
export const DAYS_PER_YEAR = 365;

/**
 * Annualized realized volatility in pct points from a series of closes (oldest first), over all
 * consecutive log returns r_t = ln(c_t / c_{t-1}):
 *   vol = sampleStdev(r) x sqrt(365) x 100, sampleStdev with the n-1 denominator.
 * Needs at least 2 returns (3 closes) and every close > 0, else undefined.
 */
export function computeRealizedVolatility(closes: readonly number[]): number | undefined {
  if (closes.length < 3 || closes.some((close) => !(close > 0) || !Number.isFinite(close))) return undefined;
  const returns: number[] = [];
  for (let i = 1; i < closes.length; i++) returns.push(Math.log(closes[i]! / closes[i - 1]!));
  const mean = returns.reduce((sum, r) => sum + r, 0) / returns.length;
  const variance = returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (returns.length - 1);
  return Math.sqrt(variance) * Math.sqrt(DAYS_PER_YEAR) * 100;
}

/**
 * Realized volatility over the last `returns` daily log returns (7 or 30), from the closes of the
 * last returns+1 completed, consecutive daily candles. Undefined with too little history or a gap.
 */
export function computeDailyVolatility(input: {
  candles: readonly Candle[];
  asOfMs: number;
  returns: number;
}): number | undefined {
  const run = recentDays(input.candles, input.asOfMs, input.returns + 1);
  return run ? computeRealizedVolatility(run.map((candle) => candle[4])) : undefined;
}

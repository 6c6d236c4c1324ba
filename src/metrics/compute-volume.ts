import type { Candle, Ticker } from '../domain/market-snapshot.ts';
import { recentDays } from './candle-window.ts';

/**
 * Volume ratio: the ticker's rolling 24h quote volume (USD) divided by the mean quote volume of the
 * last `days` (7) completed, consecutive daily candles. 1.25 = 25 % above the 7-day average.
 * Undefined with fewer candles, a gap, or a zero average.
 */
export function computeVolumeRatio(input: {
  ticker: Ticker;
  candles: readonly Candle[];
  asOfMs: number;
  days: number;
}): number | undefined {
  const run = recentDays(input.candles, input.asOfMs, input.days);
  if (!run) return undefined;
  const mean = run.reduce((sum, candle) => sum + candle[5], 0) / run.length;
  return mean > 0 ? input.ticker.quoteVolume24h / mean : undefined;
}

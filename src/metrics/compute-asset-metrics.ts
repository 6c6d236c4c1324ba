import type { AssetSnapshot } from '../domain/market-snapshot.ts';
import type { Window } from '../domain/units.ts';
import { completedCandles } from './candle-window.ts';
import { computeLeverage, type Leverage } from './compute-leverage.ts';
import { computeRoundLevels, computeSwing } from './compute-levels.ts';
import { computeChange24h, computeChangeOverDays } from './compute-returns.ts';
import { computeDailyVolatility } from './compute-volatility.ts';
import { computeVolumeRatio } from './compute-volume.ts';

/** Look-backs in days for the candle-based windows. */
export const WINDOW_DAYS = { '7d': 7, '30d': 30 } as const;
export const VOLUME_AVERAGE_DAYS = 7;
export const SWING_DAYS = 30;

/** Every number computed for one asset; a missing input leaves the field undefined, never 0. */
export type AssetMetrics = {
  id: string;
  /** Ticker fields (USD), when the venue gave a ticker. */
  price?: number;
  high24h?: number;
  low24h?: number;
  volume24h?: number;
  /** Percent points per window. */
  change: Partial<Record<Window, number>>;
  /** Open time (ms) of the reference candle for 7d/30d changes. */
  changeReference: Partial<Record<Window, number>>;
  volumeRatio7d?: number;
  volatility: Partial<Record<'7d' | '30d', number>>;
  support?: number;
  resistance?: number;
  /** The round-level step used for support/resistance (USD). */
  levelStep?: number;
  swingHigh30d?: number;
  swingLow30d?: number;
  marketCap?: number;
  leverage?: Leverage;
  /** Completed daily candles available (for sources). */
  completedCandles: number;
};

/** Computes every per-asset metric of one snapshot asset at `asOfMs` (pure). */
export function computeAssetMetrics(asset: AssetSnapshot, asOfMs: number): AssetMetrics {
  const { ticker, candles } = asset;
  const metrics: AssetMetrics = {
    id: asset.id,
    change: {},
    changeReference: {},
    volatility: {},
    completedCandles: completedCandles(candles, asOfMs).length,
  };
  if (asset.marketCapUsd !== undefined) metrics.marketCap = asset.marketCapUsd;
  if (asset.perp) metrics.leverage = computeLeverage(asset.perp);
  for (const [window, returns] of Object.entries(WINDOW_DAYS) as ['7d' | '30d', number][]) {
    const volatility = computeDailyVolatility({ candles, asOfMs, returns });
    if (volatility !== undefined) metrics.volatility[window] = volatility;
  }
  const swing = computeSwing({ candles, asOfMs, days: SWING_DAYS });
  if (swing) {
    metrics.swingHigh30d = swing.high;
    metrics.swingLow30d = swing.low;
  }
  if (!ticker) return metrics;

  metrics.price = ticker.last;
  metrics.high24h = ticker.high24h;
  metrics.low24h = ticker.low24h;
  metrics.volume24h = ticker.quoteVolume24h;
  const change24h = computeChange24h(ticker);
  if (change24h !== undefined) metrics.change['24h'] = change24h;
  for (const [window, days] of Object.entries(WINDOW_DAYS) as ['7d' | '30d', number][]) {
    const change = computeChangeOverDays({ ticker, candles, asOfMs, days });
    if (change) {
      metrics.change[window] = change.value;
      metrics.changeReference[window] = change.referenceOpenTime;
    }
  }
  const volumeRatio = computeVolumeRatio({ ticker, candles, asOfMs, days: VOLUME_AVERAGE_DAYS });
  if (volumeRatio !== undefined) metrics.volumeRatio7d = volumeRatio;
  const levels = computeRoundLevels(ticker.last);
  if (levels) {
    metrics.support = levels.support;
    metrics.resistance = levels.resistance;
    metrics.levelStep = levels.step;
  }
  return metrics;
}

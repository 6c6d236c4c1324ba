import type { Candle, Ticker } from '../domain/market-snapshot.ts';
import { candleDaysBefore } from './candle-window.ts';

/** Percent change from `from` to `to` in percentage points (110 vs 100 -> 10); undefined unless both are > 0. */
export function computePctChange(from: number, to: number): number | undefined {
  if (!(from > 0) || !(to > 0) || !Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return (to / from - 1) * 100;
}

/** 24h change in pct points: ticker last vs ticker open24h (the price 24h ago on the venue). */
export function computeChange24h(ticker: Ticker): number | undefined {
  return computePctChange(ticker.open24h, ticker.last);
}

export type WindowChange = {
  /** Percent points, ticker last vs the reference close. */
  value: number;
  /** Open time (ms UTC) of the reference candle, and its close (USD). */
  referenceOpenTime: number;
  referenceClose: number;
};

/**
 * N-day change in pct points: ticker `last` vs the close of the completed daily candle that opened
 * exactly `days` days before the latest completed candle (see candle-window.ts). With asOf on day D
 * (the latest completed candle is D-1), days = 7 compares against the close of D-8, i.e. the price at
 * 00:00 UTC of D-7: the change covers the 7 completed days D-7..D-1 plus today so far.
 * Undefined when that candle is missing (fewer than days+1 completed candles, a gap, stale data).
 */
export function computeChangeOverDays(input: {
  ticker: Ticker;
  candles: readonly Candle[];
  asOfMs: number;
  days: number;
}): WindowChange | undefined {
  const reference = candleDaysBefore(input.candles, input.asOfMs, input.days);
  if (!reference) return undefined;
  const value = computePctChange(reference[4], input.ticker.last);
  return value === undefined ? undefined : { value, referenceOpenTime: reference[0], referenceClose: reference[4] };
}

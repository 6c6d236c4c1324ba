import type { Candle } from '../domain/market-snapshot.ts';

/** One UTC day in milliseconds. */
export const DAY_MS = 86_400_000;

/**
 * The completed daily candles of an asset at `asOfMs`: those whose day has ended
 * (open time + 24h <= asOf), oldest first. The in-progress candle of the current day is dropped:
 * the current price always comes from the ticker. Returns [] when the most recent completed
 * candle is stale, i.e. did not close within the 24h before asOf (a venue that stopped updating
 * must not produce "7-day" numbers about last month).
 */
export function completedCandles(candles: readonly Candle[], asOfMs: number): Candle[] {
  const sorted = isSorted(candles) ? candles : [...candles].sort((a, b) => a[0] - b[0]);
  const done = sorted.filter((candle) => candle[0] + DAY_MS <= asOfMs);
  const latest = done.at(-1);
  if (!latest || latest[0] + 2 * DAY_MS <= asOfMs) return [];
  return done;
}

/**
 * The last `count` completed candles as one unbroken run of consecutive days ending with the
 * latest completed candle, or undefined when fewer exist or a day is missing inside the run.
 */
export function recentDays(candles: readonly Candle[], asOfMs: number, count: number): Candle[] | undefined {
  const done = completedCandles(candles, asOfMs);
  if (count < 1 || done.length < count) return undefined;
  const run = done.slice(-count);
  for (let i = 1; i < run.length; i++) if (run[i]![0] - run[i - 1]![0] !== DAY_MS) return undefined;
  return run;
}

/**
 * The completed candle that opened exactly `days` days before the latest completed candle,
 * or undefined when there is none (too little history, a gap on that day, stale data).
 */
export function candleDaysBefore(candles: readonly Candle[], asOfMs: number, days: number): Candle | undefined {
  const done = completedCandles(candles, asOfMs);
  const latest = done.at(-1);
  if (!latest) return undefined;
  const target = latest[0] - days * DAY_MS;
  return done.find((candle) => candle[0] === target);
}

function isSorted(candles: readonly Candle[]): boolean {
  for (let i = 1; i < candles.length; i++) if (candles[i]![0] < candles[i - 1]![0]) return false;
  return true;
}

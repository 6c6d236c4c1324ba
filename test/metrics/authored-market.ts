// Small authored inputs for the metrics tests (not a test file).
import type { AssetSnapshot, Candle, MarketSnapshot, Ticker } from '../../src/domain/market-snapshot.ts';

export const DAY = 86_400_000;
/** The run's clock in these tests: 2025-11-12 08:00 UTC, so the latest completed daily candle is 2025-11-11. */
export const AS_OF = '2025-11-12T08:00:00.000Z';
export const AS_OF_MS = Date.parse(AS_OF);
export const dayMs = (isoDay: string) => Date.parse(`${isoDay}T00:00:00.000Z`);

/**
 * Daily candles from a list of closes, the LAST one opening on `lastDay` (oldest first).
 * open = previous close (first: its own close), high/low = max/min(open, close), volume = `volume(i)`.
 */
export function candlesFromCloses(
  closes: readonly number[],
  lastDay = '2025-11-11',
  volume: (i: number) => number = () => 1_000,
): Candle[] {
  const lastOpen = dayMs(lastDay);
  return closes.map((close, i) => {
    const open = i === 0 ? close : closes[i - 1]!;
    return [
      lastOpen - (closes.length - 1 - i) * DAY,
      open,
      Math.max(open, close),
      Math.min(open, close),
      close,
      volume(i),
    ];
  });
}

/** The in-progress candle of 2025-11-12 (opened before AS_OF): metrics must ignore it. */
export function inProgressCandle(close: number, volume = 1): Candle {
  return [dayMs('2025-11-12'), close, close * 10, close / 10, close, volume];
}

export function ticker(last: number, open24h: number, extra: Partial<Ticker> = {}): Ticker {
  return {
    last,
    open24h,
    high24h: Math.max(last, open24h),
    low24h: Math.min(last, open24h),
    quoteVolume24h: 5_000,
    timestamp: AS_OF_MS,
    ...extra,
  };
}

export function asset(id: string, parts: Partial<AssetSnapshot> = {}): AssetSnapshot {
  return { id, venue: 'binance', pair: `${id.toUpperCase()}/USDT`, candles: [], ...parts };
}

export function snapshot(parts: Partial<MarketSnapshot> = {}): MarketSnapshot {
  return {
    version: 1,
    asOf: AS_OF,
    editionDate: '2025-11-12',
    assets: [],
    categories: [],
    headlines: [],
    sources: [],
    ...parts,
  };
}

// Funding rates of the watchlist perps on one venue, each with its settlement interval.
import type { SourceStatus } from '../domain/source-status.ts';
import { mapWithLimit } from '../lib/map-with-limit.ts';
import type { CcxtFundingRate, VenueClient } from './ccxt-venues.ts';
import { UpstreamShapeError } from './exchange-http-error.ts';
import type { VenueId } from './market-config.ts';
import { failedStatus } from './venue-status.ts';

const HOUR_MS = 3_600_000;

export type VenueFunding = {
  /** Rates by unified perp symbol, each with `interval` (`8h`, `4h`, `1h`) set. */
  rates: Record<string, CcxtFundingRate>;
  /** Per-symbol failures (status lines), and the error of a venue-wide failure when no rate came at all. */
  failures: SourceStatus[];
  venueError?: unknown;
};

/**
 * The interval from the spacing of the last settlements (GET /fapi/v1/fundingRate?symbol=..&limit=3): the newest gap,
 * rounded to whole hours. Undefined with fewer than two settlements.
 */
export function intervalFromHistory(rows: readonly { timestamp?: number }[]): number | undefined {
  const times = rows.map((row) => row.timestamp).filter((time): time is number => typeof time === 'number');
  times.sort((a, b) => a - b);
  if (times.length < 2) return undefined;
  const hours = Math.round((times.at(-1)! - times.at(-2)!) / HOUR_MS);
  return hours > 0 ? hours : undefined;
}

/**
 * Binance USD-M: `premiumIndex` has no interval and, without a symbol, returns every contract (~520 rows), so each
 * perp is asked on its own (`premiumIndex?symbol=`) and the interval comes from `fundingInfo`, which lists only the
 * adjusted contracts (absent = the default 8h; in June 2025 303 of 521 perps settled every 4h, 12 every 1h). When
 * fundingInfo fails, each perp's interval comes from its funding-history spacing; a perp whose interval cannot be
 * known gets no rate (never an assumed 8h: the APR would be off by 2x to 8x).
 */
async function fetchBinanceFunding(client: VenueClient, symbols: string[], concurrency: number): Promise<VenueFunding> {
  const result: VenueFunding = { rates: {}, failures: [] };
  const intervals = await client.fetchFundingIntervals(symbols).then(
    (rows) => ({ ok: true as const, rows }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const errors: unknown[] = [];
  await mapWithLimit(symbols, concurrency, async (symbol) => {
    let rate: CcxtFundingRate;
    try {
      rate = await client.fetchFundingRate(symbol);
      if (typeof rate?.fundingRate !== 'number' || !Number.isFinite(rate.fundingRate))
        throw new UpstreamShapeError(`premiumIndex?symbol=${symbol}`, { cause: 'no lastFundingRate in the answer' });
    } catch (error) {
      errors.push(error);
      result.failures.push(failedStatus(`binance:funding:${symbol}`, error));
      return;
    }
    let hours: number | undefined;
    if (intervals.ok) hours = Number(/^(\d+)h$/.exec(intervals.rows[symbol]?.interval ?? '8h')?.[1]);
    else {
      try {
        hours = intervalFromHistory(await client.fetchFundingRateHistory(symbol, undefined, 3));
      } catch (error) {
        result.failures.push(failedStatus(`binance:funding-interval:${symbol}`, error));
      }
    }
    if (!hours) {
      const why = intervals.ok ? 'fundingInfo gave no usable interval' : 'fundingInfo and the funding history failed';
      result.failures.push({
        id: `binance:funding:${symbol}`,
        kind: 'exchange',
        status: 'failed',
        reason: 'invalid-data',
        detail: `${symbol}: funding interval unknown (${why}); rate not used`,
      });
      return;
    }
    result.rates[symbol] = { ...rate, interval: `${hours}h` };
  });
  if (!intervals.ok) result.failures.push(failedStatus('binance:funding-info', intervals.error));
  if (Object.keys(result.rates).length === 0 && errors.length === symbols.length) result.venueError = errors[0];
  return result;
}

/**
 * Funding for `symbols` on `venue`. Binance: see fetchBinanceFunding. OKX and Bybit: one fetchFundingRates (ccxt
 * reads the interval from the venue: OKX fundingTime spacing, Bybit fundingIntervalHour). Never throws: a venue-wide
 * failure comes back as `venueError`.
 */
export async function fetchVenueFunding(input: {
  venue: VenueId;
  client: VenueClient;
  symbols: string[];
  concurrency: number;
}): Promise<VenueFunding> {
  const { venue, client, symbols } = input;
  if (venue === 'binance') return fetchBinanceFunding(client, symbols, input.concurrency);
  try {
    return { rates: await client.fetchFundingRates(symbols), failures: [] };
  } catch (error) {
    return { rates: {}, failures: [], venueError: error };
  }
}

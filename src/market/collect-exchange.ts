// Exchange data (tickers, daily candles, perp funding and open interest) with per-capability fallback.
import type { AssetConfig } from '../domain/registry.ts';
import type { Candle, Perp, Ticker } from '../domain/market-snapshot.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import type { CcxtFundingRate } from './ccxt-venues.ts';
import type { MarketConfig, VenueId } from './market-config.ts';
import { collectTickers } from './collect-tickers.ts';
import { normalizeCandles } from './normalize-exchange.ts';
import { normalizePerp } from './normalize-perp.ts';
import { mapWithLimit } from '../lib/map-with-limit.ts';
import type { VenuePool } from './venue-pool.ts';
import { deliveredStatus, failedStatus } from './venue-status.ts';

const MINUTE_MS = 60_000;
/** Hourly open-interest history covering 7 days plus the current hour. */
const OI_HOURS = 169;

export type ExchangeData = {
  tickers: Map<string, { venue: VenueId; ticker: Ticker }>;
  candles: Map<string, { venue: VenueId; candles: Candle[] }>;
  perps: Map<string, Perp>;
};

type Context = { pool: VenuePool; config: MarketConfig; nowMs: number; statuses: SourceStatus[] };

/** The venue order for one asset: the venue that served `preferred` first. */
const orderFrom = (venues: VenueId[], preferred?: VenueId) =>
  preferred ? [preferred, ...venues.filter((v) => v !== preferred)] : venues;

/** Daily candles per asset, from the venue of its ticker first, falling back per asset. */
async function collectCandles(assets: AssetConfig[], ctx: Context, data: ExchangeData): Promise<void> {
  const delivered = new Map<VenueId, number>();
  await mapWithLimit(assets, ctx.config.concurrency, async (asset) => {
    for (const venue of orderFrom(ctx.pool.venues, data.tickers.get(asset.id)?.venue)) {
      if (ctx.pool.isDown(venue)) continue;
      const client = ctx.pool.client(venue);
      if (!client.has.fetchOHLCV) continue;
      try {
        const candles = normalizeCandles(await client.fetchOHLCV(asset.pair, '1d', undefined, ctx.config.candleDays));
        if (candles.length === 0) throw new RangeError(`${venue} returned no candles for ${asset.pair}`);
        data.candles.set(asset.id, { venue, candles });
        delivered.set(venue, (delivered.get(venue) ?? 0) + 1);
        return;
      } catch (error) {
        ctx.statuses.push(failedStatus(`${venue}:ohlcv:${asset.pair}`, error));
        ctx.pool.reportFailure(venue, error);
      }
    }
  });
  for (const venue of ctx.pool.venues)
    if (delivered.has(venue))
      ctx.statuses.push(deliveredStatus(`${venue}:ohlcv`, delivered.get(venue)!, venue !== ctx.pool.venues[0]));
}

/** Funding for every perp (one fetchFundingRates per venue, memoized) plus hourly OI history per perp. */
async function collectPerps(assets: AssetConfig[], ctx: Context, out: ExchangeData['perps']): Promise<void> {
  const perps = assets.filter((a) => a.perp);
  const fundingByVenue = new Map<VenueId, Promise<Record<string, CcxtFundingRate> | undefined>>();
  const funding = (venue: VenueId) => {
    if (!fundingByVenue.has(venue))
      fundingByVenue.set(
        venue,
        ctx.pool
          .client(venue)
          .fetchFundingRates(perps.map((a) => a.perp!))
          .then(
            (rates) => {
              ctx.statuses.push(
                deliveredStatus(`${venue}:funding`, Object.keys(rates).length, venue !== ctx.pool.venues[0]),
              );
              return rates;
            },
            (error: unknown) => {
              ctx.statuses.push(failedStatus(`${venue}:funding`, error));
              ctx.pool.reportFailure(venue, error);
              return undefined;
            },
          ),
      );
    return fundingByVenue.get(venue)!;
  };
  const delivered = new Map<VenueId, number>();
  await mapWithLimit(perps, ctx.config.concurrency, async (asset) => {
    const symbol = asset.perp!;
    for (const venue of ctx.pool.venues) {
      if (ctx.pool.isDown(venue)) continue;
      const client = ctx.pool.client(venue);
      if (!client.has.fetchFundingRates || !(client.has.fetchOpenInterestHistory || client.has.fetchOpenInterest))
        continue;
      const rates = await funding(venue);
      if (!rates) continue;
      const rate = rates[symbol];
      if (!rate) {
        ctx.statuses.push({
          id: `${venue}:funding:${symbol}`,
          kind: 'exchange',
          status: 'failed',
          reason: 'missing-symbol',
          detail: `${venue} returned no funding rate for ${symbol}`,
        });
        continue;
      }
      try {
        const rows = client.has.fetchOpenInterestHistory
          ? await client.fetchOpenInterestHistory(symbol, '1h', undefined, OI_HOURS)
          : [await client.fetchOpenInterest(symbol)];
        const perp = normalizePerp({ venue, funding: rate, openInterest: rows });
        if (!perp) throw new RangeError(`${venue} gave no usable open interest for ${symbol}`);
        if (ctx.nowMs - perp.timestamp > (ctx.config.maxAgeMinutes + 60) * MINUTE_MS) {
          ctx.statuses.push({
            id: `${venue}:open-interest:${symbol}`,
            kind: 'exchange',
            status: 'failed',
            reason: 'stale',
            detail: `${symbol}: open interest from ${new Date(perp.timestamp).toISOString()}`,
          });
          continue;
        }
        out.set(asset.id, perp);
        delivered.set(venue, (delivered.get(venue) ?? 0) + 1);
        return;
      } catch (error) {
        ctx.statuses.push(failedStatus(`${venue}:open-interest:${symbol}`, error));
        ctx.pool.reportFailure(venue, error);
      }
    }
  });
  for (const venue of ctx.pool.venues)
    if (delivered.has(venue))
      ctx.statuses.push(deliveredStatus(`${venue}:open-interest`, delivered.get(venue)!, venue !== ctx.pool.venues[0]));
}

/** Everything the exchanges give for the watchlist. Failures land in `statuses`; missing parts stay absent. */
export async function collectExchange(assets: AssetConfig[], ctx: Context): Promise<ExchangeData> {
  const data: ExchangeData = { tickers: new Map(), candles: new Map(), perps: new Map() };
  await collectTickers(assets, ctx, data.tickers);
  await Promise.all([collectCandles(assets, ctx, data), collectPerps(assets, ctx, data.perps)]);
  return data;
}

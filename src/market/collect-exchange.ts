// Exchange data (tickers, daily candles, perp funding and open interest) with per-capability fallback.
import type { AssetConfig } from '../domain/registry.ts';
import type { Candle, Perp, Ticker } from '../domain/market-snapshot.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import type { MarketConfig, VenueId } from './market-config.ts';
import { collectPerps } from './collect-perps.ts';
import { collectTickers } from './collect-tickers.ts';
import { normalizeCandles } from './normalize-exchange.ts';
import { mapWithLimit } from '../lib/map-with-limit.ts';
import type { VenuePool } from './venue-pool.ts';
import { deliveredStatus, failedStatus } from './venue-status.ts';

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

/** Everything the exchanges give for the watchlist. Failures land in `statuses`; missing parts stay absent. */
export async function collectExchange(assets: AssetConfig[], ctx: Context): Promise<ExchangeData> {
  const data: ExchangeData = { tickers: new Map(), candles: new Map(), perps: new Map() };
  await collectTickers(assets, ctx, data.tickers);
  await Promise.all([collectCandles(assets, ctx, data), collectPerps(assets, ctx, data.perps)]);
  return data;
}

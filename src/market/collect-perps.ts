// Exchange perps for the watchlist: funding (with its interval) per venue plus hourly open-interest history per perp.
import type { Perp } from '../domain/market-snapshot.ts';
import type { AssetConfig } from '../domain/registry.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import { mapWithLimit } from '../lib/map-with-limit.ts';
import { fetchVenueFunding, type VenueFunding } from './fetch-funding.ts';
import type { MarketConfig, VenueId } from './market-config.ts';
import { normalizePerp } from './normalize-perp.ts';
import type { VenuePool } from './venue-pool.ts';
import { deliveredStatus, failedStatus } from './venue-status.ts';

const MINUTE_MS = 60_000;
/** Hourly open-interest history covering 7 days plus the current hour. */
const OI_HOURS = 169;

export type PerpContext = { pool: VenuePool; config: MarketConfig; nowMs: number; statuses: SourceStatus[] };

/** Funding for every perp (once per venue, memoized) plus hourly OI history per perp, falling back per perp. */
export async function collectPerps(assets: AssetConfig[], ctx: PerpContext, out: Map<string, Perp>): Promise<void> {
  const perps = assets.filter((a) => a.perp);
  const fundingByVenue = new Map<VenueId, Promise<VenueFunding['rates'] | undefined>>();
  const funding = (venue: VenueId) => {
    if (!fundingByVenue.has(venue))
      fundingByVenue.set(
        venue,
        fetchVenueFunding({
          venue,
          client: ctx.pool.client(venue),
          symbols: perps.map((a) => a.perp!),
          concurrency: ctx.config.concurrency,
        }).then(({ rates, failures, venueError }) => {
          ctx.statuses.push(...failures);
          if (venueError !== undefined) {
            ctx.statuses.push(failedStatus(`${venue}:funding`, venueError));
            ctx.pool.reportFailure(venue, venueError);
            return undefined;
          }
          const count = Object.keys(rates).length;
          if (count === 0 && failures.length === 0) {
            ctx.statuses.push({
              id: `${venue}:funding`,
              kind: 'exchange',
              status: 'failed',
              reason: 'invalid-data',
              detail: `${venue} answered without a funding rate for any of the ${perps.length} perps asked`,
            });
            return undefined;
          }
          ctx.statuses.push(deliveredStatus(`${venue}:funding`, count, venue !== ctx.pool.venues[0]));
          return rates;
        }),
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
        if (!ctx.statuses.some((status) => status.id === `${venue}:funding:${symbol}`))
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

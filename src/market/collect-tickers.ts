// Exchange tickers for the watchlist: one filtered fetchTickers per venue, falling back per symbol.
import type { AssetConfig } from '../domain/registry.ts';
import type { Ticker } from '../domain/market-snapshot.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import { isInvalidSymbolError } from './binance-errors.ts';
import type { CcxtTicker, VenueClient } from './ccxt-venues.ts';
import type { MarketConfig, VenueId } from './market-config.ts';
import { isRejected, normalizeTicker } from './normalize-exchange.ts';
import type { VenuePool } from './venue-pool.ts';
import { deliveredStatus, failedStatus } from './venue-status.ts';

const MINUTE_MS = 60_000;

export type TickerContext = { pool: VenuePool; config: MarketConfig; nowMs: number; statuses: SourceStatus[] };

/** The spot symbol ids a venue lists, when it can say (Binance: GET /api/v3/ticker/price, ~100 KB). */
async function fetchListedIds(client: VenueClient): Promise<Set<string> | undefined> {
  if (!client.publicGetTickerPrice) return undefined;
  const rows = await client.publicGetTickerPrice();
  if (!Array.isArray(rows)) return undefined;
  return new Set(rows.map((row: { symbol?: unknown }) => row?.symbol).filter((id) => typeof id === 'string'));
}

/**
 * One batched fetchTickers. Binance answers the whole batch `400 -1121 Invalid symbol` when one symbol is not
 * listed (and does not say which): then the listed symbols are read once, the unlisted ones dropped and the
 * batch retried once without them. `unlisted` goes back to the caller (it tries them on the next venue).
 */
async function fetchTickerBatch(
  client: VenueClient,
  assets: AssetConfig[],
): Promise<{ rows: Record<string, CcxtTicker>; unlisted: AssetConfig[] }> {
  try {
    return { rows: await client.fetchTickers(assets.map((a) => a.pair)), unlisted: [] };
  } catch (error) {
    if (!isInvalidSymbolError(error)) throw error;
    const listed = await fetchListedIds(client).catch(() => undefined);
    if (!listed) throw error;
    const unlisted = assets.filter((asset) => !listed.has(client.market(asset.pair).id));
    if (unlisted.length === 0) throw error;
    const rest = assets.filter((asset) => !unlisted.includes(asset));
    return { rows: rest.length ? await client.fetchTickers(rest.map((a) => a.pair)) : {}, unlisted };
  }
}

/** A status line for an asset the venue gave no usable ticker for: rejected (zeroes, stale) or absent. */
function missStatus(venue: VenueId, asset: AssetConfig, ticker: ReturnType<typeof normalizeTicker> | undefined) {
  const id = `${venue}:tickers:${asset.pair}`;
  const status: SourceStatus =
    ticker && isRejected(ticker)
      ? { id, kind: 'exchange', status: 'failed', reason: ticker.rejected, detail: ticker.detail }
      : {
          id,
          kind: 'exchange',
          status: 'failed',
          reason: 'missing-symbol',
          detail: `${venue} returned no ticker for ${asset.pair}`,
        };
  return status;
}

/** Tickers in one filtered fetchTickers per venue; symbols a venue lacks, zeroes or serves stale go to the next. */
export async function collectTickers(
  assets: AssetConfig[],
  ctx: TickerContext,
  out: Map<string, { venue: VenueId; ticker: Ticker }>,
): Promise<void> {
  let pending = assets;
  for (const [index, venue] of ctx.pool.venues.entries()) {
    if (pending.length === 0) break;
    const client = ctx.pool.client(venue);
    if (!client.has.fetchTickers) continue;
    let batch: Awaited<ReturnType<typeof fetchTickerBatch>>;
    try {
      batch = await fetchTickerBatch(client, pending);
    } catch (error) {
      ctx.statuses.push(failedStatus(`${venue}:tickers`, error));
      ctx.pool.reportFailure(venue, error);
      continue;
    }
    const left: AssetConfig[] = [];
    const misses: SourceStatus[] = [];
    for (const asset of pending) {
      if (batch.unlisted.includes(asset)) {
        left.push(asset);
        misses.push({
          id: `${venue}:tickers:${asset.pair}`,
          kind: 'exchange',
          status: 'failed',
          reason: 'missing-symbol',
          detail: `${venue} does not list ${asset.pair} (400 -1121 Invalid symbol): dropped from the batch`,
        });
        continue;
      }
      const row = batch.rows[asset.pair];
      const ticker = row ? normalizeTicker(row, ctx.nowMs, ctx.config.maxAgeMinutes * MINUTE_MS) : undefined;
      if (ticker && !isRejected(ticker)) {
        out.set(asset.id, { venue, ticker });
        continue;
      }
      left.push(asset);
      misses.push(missStatus(venue, asset, ticker));
    }
    const dropped = batch.unlisted.map((asset) => asset.pair);
    const detail = dropped.length
      ? `dropped ${dropped.join(', ')} (not listed: 400 -1121 Invalid symbol) and retried once without them`
      : undefined;
    const delivered = pending.length - left.length;
    ctx.statuses.push(
      delivered === 0 && batch.unlisted.length < pending.length
        ? {
            id: `${venue}:tickers`,
            kind: 'exchange',
            status: 'failed',
            reason: 'invalid-data',
            detail: `${venue} answered without a usable ticker for any of the ${pending.length} pairs asked`,
          }
        : deliveredStatus(`${venue}:tickers`, delivered, index > 0, 'exchange', detail),
    );
    ctx.statuses.push(...misses);
    pending = left;
  }
}

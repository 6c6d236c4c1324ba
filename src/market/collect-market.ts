// Market data for one run: exchanges through ccxt (Binance, OKX, Bybit) and CoinGecko, over an injected fetch.
import type { AssetSnapshot, CategorySnapshot, GlobalSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import { boundedFetch } from '../lib/bounded-fetch.ts';
import { collectExchange } from './collect-exchange.ts';
import { fetchCoingeckoCategories, fetchCoingeckoGlobal, fetchCoingeckoMarkets } from './fetch-coingecko.ts';
import { marketConfigSchema, type MarketConfigInput } from './market-config.ts';
import { normalizeCategories, normalizeGlobal, normalizeMarketCaps } from './normalize-coingecko.ts';
import { createVenuePool } from './venue-pool.ts';
import { deliveredStatus, failedStatus } from './venue-status.ts';

export type MarketPart = {
  assets: AssetSnapshot[];
  categories: CategorySnapshot[];
  global?: GlobalSnapshot;
  sources: SourceStatus[];
};

/** Settles a CoinGecko call into its value or a status line. */
async function attempt<T>(id: string, work: () => Promise<T>, statuses: SourceStatus[], count: (value: T) => number) {
  try {
    const value = await work();
    statuses.push(deliveredStatus(id, count(value), false, 'coingecko'));
    return value;
  } catch (error) {
    statuses.push(failedStatus(id, error, 'coingecko'));
    return undefined;
  }
}

/**
 * Collects the watchlist's market data. `now` is the run's clock (staleness is judged against it).
 * Never throws for upstream failures: they become `sources` entries and the affected parts are absent.
 * Request cost: 1 tickers + 1 per asset candles + 1 funding + 1 per perp OI history + 3 CoinGecko.
 */
export async function collectMarket(input: {
  registry: Registry;
  fetch: typeof globalThis.fetch;
  now: Date;
  config?: MarketConfigInput;
  /** The run budget: aborting it cuts every market request in flight or not yet sent. */
  signal?: AbortSignal;
}): Promise<MarketPart> {
  const { registry, now } = input;
  const config = marketConfigSchema.parse(input.config ?? {});
  // Every market request (ccxt and CoinGecko) gets one deadline over headers and body, and a body cap.
  const fetch = boundedFetch({
    fetch: input.fetch,
    timeoutMs: config.timeoutMs,
    maxBytes: config.maxResponseBytes,
    ...(input.signal ? { signal: input.signal } : {}),
  });
  const statuses: SourceStatus[] = [];
  const pool = createVenuePool({ registry, fetch, config });
  const gecko = { fetch, config: config.coingecko, timeoutMs: config.timeoutMs };
  const [exchange, global, markets, categories] = await Promise.all([
    collectExchange(registry.assets, { pool, config, nowMs: now.getTime(), statuses }),
    attempt(
      'coingecko:global',
      () => fetchCoingeckoGlobal(gecko),
      statuses,
      () => 1,
    ),
    attempt(
      'coingecko:markets',
      () => fetchCoingeckoMarkets(registry, gecko),
      statuses,
      (rows) => rows.length,
    ),
    attempt(
      'coingecko:categories',
      () => fetchCoingeckoCategories(gecko),
      statuses,
      (rows) => rows.length,
    ),
  ]);
  // Every part has settled (none throws for upstream failures): the ccxt clients go back to the isolate for the next
  // run. Were one to throw, they would be dropped instead (never reused while a request might be in flight).
  pool.release();
  const caps = markets ? normalizeMarketCaps(markets, registry) : new Map<string, number>();
  const assets = registry.assets.map((asset): AssetSnapshot => {
    const ticker = exchange.tickers.get(asset.id);
    const candles = exchange.candles.get(asset.id);
    const venue = ticker?.venue ?? candles?.venue;
    const perp = exchange.perps.get(asset.id);
    const cap = caps.get(asset.id);
    return {
      id: asset.id,
      ...(venue ? { venue, pair: asset.pair } : {}),
      ...(ticker ? { ticker: ticker.ticker } : {}),
      candles: candles?.candles ?? [],
      ...(cap !== undefined ? { marketCapUsd: cap } : {}),
      ...(perp ? { perp } : {}),
    };
  });
  const normalizedGlobal = global ? normalizeGlobal(global) : undefined;
  return {
    assets,
    categories: categories ? normalizeCategories(categories, registry) : [],
    ...(normalizedGlobal ? { global: normalizedGlobal } : {}),
    sources: statuses.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

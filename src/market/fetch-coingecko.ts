// CoinGecko REST API v3 (public or demo/pro key): /global, /coins/markets, /coins/categories.
import type * as z from 'zod';
import type { Registry } from '../domain/registry.ts';
import { ExchangeHttpError, UpstreamShapeError } from './exchange-http-error.ts';
import type { MarketConfig } from './market-config.ts';
import {
  coingeckoCategoriesSchema,
  coingeckoGlobalSchema,
  coingeckoMarketsSchema,
  type CoingeckoCategoryRow,
  type CoingeckoGlobal,
  type CoingeckoMarketRow,
} from './coingecko-schemas.ts';

type Options = { fetch: typeof globalThis.fetch; config: MarketConfig['coingecko']; timeoutMs: number };

async function getJson<T>(path: string, schema: z.ZodType<T>, options: Options): Promise<T> {
  const url = `${options.config.baseUrl.replace(/\/+$/, '')}${path}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.config.apiKey) headers[options.config.apiKeyHeader] = options.config.apiKey;
  const response = await options.fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
  const text = await response.text();
  if (!response.ok) throw new ExchangeHttpError('GET', url, response.status, response.statusText, { body: text });
  try {
    return schema.parse(JSON.parse(text));
  } catch (cause) {
    throw new UpstreamShapeError(url, { cause });
  }
}

/** Total market cap (USD), its 24h change (pct points) and dominance shares (pct points). */
export function fetchCoingeckoGlobal(options: Options): Promise<CoingeckoGlobal> {
  return getJson('/global', coingeckoGlobalSchema, options);
}

/** Caps for the watchlist's CoinGecko ids in one page (ids sorted for a stable URL). */
export function fetchCoingeckoMarkets(registry: Registry, options: Options): Promise<CoingeckoMarketRow[]> {
  const ids = [...new Set(registry.assets.map((a) => a.coingeckoId))].sort().join(',');
  const query = new URLSearchParams({ vs_currency: 'usd', ids, per_page: '250', page: '1', sparkline: 'false' });
  return getJson(`/coins/markets?${query}`, coingeckoMarketsSchema, options);
}

/** Every category's aggregate cap and 24h change (one request, filtered by the caller). */
export function fetchCoingeckoCategories(options: Options): Promise<CoingeckoCategoryRow[]> {
  return getJson('/coins/categories', coingeckoCategoriesSchema, options);
}

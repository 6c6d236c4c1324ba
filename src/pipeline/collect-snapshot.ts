import type { SourceConfig } from '../config/sources.ts';
import { marketSnapshotSchema, type MarketSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import { withSignal } from '../lib/run-budget.ts';
import { collectMarket } from '../market/collect-market.ts';
import type { MarketConfigInput } from '../market/market-config.ts';
import { collectHeadlines } from '../sources/collect-headlines.ts';
import type { ConditionalCache } from '../sources/conditional-cache.ts';

/**
 * One run's collection: market data (exchanges + CoinGecko) and headlines in parallel, over `fetch`,
 * normalized into a MarketSnapshot. `now` is the run's clock (`asOf`); `editionDate` defaults to its UTC
 * date. `requestCount` counts every outbound request this call made (the Workers subrequest budget).
 * `elapsedMs` times the headline sources (pass `() => 0` for reproducible replays). `cache` enables
 * conditional GET for the headline sources (a 304 is served from the cached body; see collectHeadlines):
 * pass it for live runs with a store, never for a replay (a recording must replay exactly).
 */
export async function collectSnapshot(input: {
  registry: Registry;
  sources: readonly SourceConfig[];
  fetch: typeof globalThis.fetch;
  now: Date;
  editionDate?: string;
  config?: MarketConfigInput;
  elapsedMs?: () => number;
  cache?: ConditionalCache;
  /** The run budget's collection signal: when it aborts, requests in flight are cut and fail as `timeout`. */
  signal?: AbortSignal;
}): Promise<{ snapshot: MarketSnapshot; requestCount: number }> {
  let requestCount = 0;
  const counted: typeof globalThis.fetch = (resource, init) => {
    requestCount++;
    return input.fetch(resource, init);
  };
  const [market, news] = await Promise.all([
    collectMarket({
      registry: input.registry,
      fetch: counted,
      now: input.now,
      ...(input.config ? { config: input.config } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
    }),
    collectHeadlines({
      sources: input.sources,
      fetch: withSignal(counted, input.signal),
      now: input.now,
      ...(input.elapsedMs ? { elapsedMs: input.elapsedMs } : {}),
      ...(input.cache ? { cache: input.cache } : {}),
    }),
  ]);
  const snapshot = marketSnapshotSchema.parse({
    version: 1,
    asOf: input.now.toISOString(),
    editionDate: input.editionDate ?? input.now.toISOString().slice(0, 10),
    assets: market.assets,
    categories: market.categories,
    ...(market.global ? { global: market.global } : {}),
    headlines: news.headlines,
    sources: [...market.sources, ...news.statuses],
  });
  return { snapshot, requestCount };
}

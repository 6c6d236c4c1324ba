import type { Registry } from '../domain/registry.ts';
import { leaseVenueClient, type VenueClient } from './ccxt-venues.ts';
import { classifyFailure } from './classify-failure.ts';
import { ExchangeHttpError } from './exchange-http-error.ts';
import type { MarketConfig, VenueId } from './market-config.ts';

/**
 * A fetch for ccxt that turns non-2xx answers into ExchangeHttpError (status kept for classification,
 * e.g. 451 -> geo-blocked) before ccxt maps them to its own error classes.
 */
function strictFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.ok) {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      // Read (not cancel: a cancelled mocked stream can hang) and keep the start for the status detail.
      const text = await response.text().catch(() => '');
      throw new ExchangeHttpError(init?.method ?? 'GET', url, response.status, response.statusText, { body: text });
    }
    return response;
  };
}

/** Unreadable answers (parse-error) after which a venue is skipped for the rest of the run. */
const GARBLED_LIMIT = 3;

/** Failures that say the whole venue is unusable for this run (not just one symbol). */
function isVenueDown(error: unknown): boolean {
  const reason = classifyFailure(error);
  if (['network', 'timeout', 'geo-blocked', 'rate-limited', 'too-large'].includes(reason)) return true;
  return error instanceof ExchangeHttpError && error.status >= 500;
}

/**
 * One lazily leased ccxt client per venue, all with the registry's spot pairs and perps preset (kept by the isolate
 * between runs: see leaseVenueClient; `release()` gives them back once the run's market collection has settled).
 * A circuit breaker per run: after a venue-level failure (network, timeout, 451, 429, 5xx, a body past the cap, or a
 * third unreadable answer) the venue is
 * skipped for the rest of the run, so a dead primary costs a few requests, not one per asset, and the
 * collection stays inside the Workers subrequest budget while the fallback serves.
 */
export function createVenuePool(input: { registry: Registry; fetch: typeof globalThis.fetch; config: MarketConfig }) {
  const { registry, config } = input;
  const symbols = registry.assets.flatMap((asset) => (asset.perp ? [asset.pair, asset.perp] : [asset.pair]));
  const fetch = strictFetch(input.fetch);
  const clients = new Map<VenueId, VenueClient>();
  const releases: (() => void)[] = [];
  const down = new Set<VenueId>();
  const garbled = new Map<VenueId, number>();
  return {
    venues: config.venues,
    /** True once `reportFailure` saw a venue-level failure for `venue`. */
    isDown: (venue: VenueId): boolean => down.has(venue),
    /** Records a failed call; returns true when it took the venue down for this run. */
    reportFailure(venue: VenueId, error: unknown): boolean {
      // A venue answering garbage (HTML, empty bodies) three times in a run is as good as down.
      const unreadable = classifyFailure(error) === 'parse-error';
      if (unreadable) garbled.set(venue, (garbled.get(venue) ?? 0) + 1);
      if (!isVenueDown(error) && !(unreadable && garbled.get(venue)! >= GARBLED_LIMIT)) return false;
      down.add(venue);
      return true;
    },
    client(venue: VenueId): VenueClient {
      let client = clients.get(venue);
      if (!client) {
        const lease = leaseVenueClient({
          venue,
          symbols,
          fetch,
          timeoutMs: config.timeoutMs,
          enableRateLimit: config.enableRateLimit,
          ...(config.baseUrls[venue] ? { baseUrl: config.baseUrls[venue] } : {}),
        });
        client = lease.client;
        releases.push(lease.release);
        clients.set(venue, client);
      }
      return client;
    },
    /** Gives the leased clients back (call once every request of the run has settled). */
    release(): void {
      for (const release of releases.splice(0)) release();
    },
  };
}
export type VenuePool = ReturnType<typeof createVenuePool>;

// Exchange REST APIs (Binance, OKX, Bybit) through ccxt: builds one client per venue.
// Each exchange module is imported on its own (not the whole ccxt package): ccxt's package.json
// exports only ".", so the per-exchange files are imported by path (see MARKET_NOTES / toolchain.md).
import binance from '../../node_modules/ccxt/js/src/binance.js';
import bybit from '../../node_modules/ccxt/js/src/bybit.js';
import okx from '../../node_modules/ccxt/js/src/okx.js';
import { buildMarkets } from './build-markets.ts';
import { keptEndpoints } from './ccxt-endpoints.ts';
import type { VenueId } from './market-config.ts';

/** The slice of a ccxt exchange the adapter uses (typed loosely: ccxt's own types are huge). */
export type VenueClient = {
  id: VenueId;
  has: Record<string, boolean | 'emulated' | undefined>;
  /** The preset market of a unified symbol (`id` is the venue's spelling, e.g. `BTCUSDT`). */
  market(symbol: string): { id: string };
  /** Binance only (ccxt implicit API): GET /api/v3/ticker/price, every listed spot symbol with its price. */
  publicGetTickerPrice?(params?: Record<string, string>): Promise<unknown>;
  fetchTickers(symbols: string[]): Promise<Record<string, CcxtTicker>>;
  fetchOHLCV(symbol: string, timeframe: string, since?: number, limit?: number): Promise<number[][]>;
  fetchFundingRates(symbols: string[]): Promise<Record<string, CcxtFundingRate>>;
  fetchFundingRate(symbol: string): Promise<CcxtFundingRate>;
  /** Binance: GET /fapi/v1/fundingInfo, which lists only the perps whose interval or caps were adjusted. */
  fetchFundingIntervals(symbols?: string[]): Promise<Record<string, CcxtFundingRate>>;
  fetchFundingRateHistory(symbol: string, since?: number, limit?: number): Promise<{ timestamp?: number }[]>;
  fetchOpenInterest(symbol: string): Promise<CcxtOpenInterest>;
  fetchOpenInterestHistory(
    symbol: string,
    timeframe: string,
    since?: number,
    limit?: number,
  ): Promise<CcxtOpenInterest[]>;
};
export type CcxtTicker = {
  symbol: string;
  timestamp?: number;
  last?: number;
  high?: number;
  low?: number;
  open?: number;
  close?: number;
  baseVolume?: number;
  quoteVolume?: number;
};
export type CcxtFundingRate = {
  symbol: string;
  fundingRate?: number;
  interval?: string;
  timestamp?: number;
  markPrice?: number;
  info?: Record<string, unknown>;
};
export type CcxtOpenInterest = {
  symbol: string;
  openInterestAmount?: number;
  openInterestValue?: number;
  timestamp?: number;
  info?: Record<string, unknown>;
};

type ApiTree = { [key: string]: ApiTree | readonly string[] | Record<string, unknown> };

/**
 * ccxt's `describe().api` cut to `kept` ("<api path> <http method>" -> endpoint paths): the constructor defines two
 * methods per endpoint (~800 endpoints for Binance alone), most of its CPU; an endpoint left out has no method.
 */
export function keepEndpoints(api: ApiTree, kept: Record<string, readonly string[]>): ApiTree {
  const out: ApiTree = {};
  for (const [branch, paths] of Object.entries(kept)) {
    const keys = branch.split(' ');
    const method = keys.pop()!;
    let from = api;
    let to = out;
    for (const key of keys) {
      from = from[key] as ApiTree;
      to[key] ??= {};
      to = to[key] as ApiTree;
    }
    const endpoints = from[method];
    if (Array.isArray(endpoints)) to[method] = paths.filter((path) => endpoints.includes(path));
    else {
      const costs = endpoints as Record<string, unknown>;
      to[method] = Object.fromEntries(paths.filter((path) => path in costs).map((path) => [path, costs[path]]));
    }
  }
  return out;
}

type ExchangeClass = new (
  options: object,
) => VenueClient & { urls: { api: unknown }; setMarkets(markets: unknown[]): void; describe(): { api: ApiTree } };

/** The venue's ccxt class with only the kept endpoints in its description. */
function trimmed(Exchange: ExchangeClass, venue: VenueId): ExchangeClass {
  return class extends Exchange {
    override describe() {
      const description = super.describe();
      return { ...description, api: keepEndpoints(description.api, keptEndpoints[venue]) };
    }
  };
}

const constructors: Record<VenueId, ExchangeClass> = {
  binance: trimmed(binance as unknown as ExchangeClass, 'binance'),
  okx: trimmed(okx as unknown as ExchangeClass, 'okx'),
  bybit: trimmed(bybit as unknown as ExchangeClass, 'bybit'),
};

/** Replaces scheme+host of every URL in ccxt's `urls.api` tree, keeping paths. */
function rebase(api: unknown, baseUrl: string): unknown {
  const base = baseUrl.replace(/\/+$/, '');
  if (typeof api === 'string') return api.replace(/^https?:\/\/[^/]+/, base);
  if (api && typeof api === 'object')
    return Object.fromEntries(Object.entries(api).map(([key, value]) => [key, rebase(value, base)]));
  return api;
}

/**
 * A ccxt client for `venue` whose markets are preset for `symbols` (no exchangeInfo requests) and which
 * sends every request through `fetch` (no undici, no `redirect: 'error'`, so it also runs in workerd).
 */
export function createVenueClient(input: {
  venue: VenueId;
  symbols: readonly string[];
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  enableRateLimit: boolean;
  baseUrl?: string;
}): VenueClient {
  const { venue, fetch } = input;
  const Exchange = constructors[venue];
  const client = new Exchange({
    // The injected fetch owns the deadline (headers and body, see lib/bounded-fetch.ts); ccxt's own timer
    // covers only the headers, so it stays as a later backstop.
    timeout: input.timeoutMs * 2,
    enableRateLimit: input.enableRateLimit,
    // Pass only what a platform fetch understands (ccxt adds node-style `timeout`/`agent`).
    fetchImplementation: (url: string, init: RequestInit) =>
      fetch(url, { method: init.method, headers: init.headers, body: init.body, signal: init.signal }),
    options: { defaultType: 'spot', adjustForTimeDifference: false },
  });
  if (input.baseUrl) client.urls.api = rebase(client.urls.api, input.baseUrl);
  client.setMarkets(buildMarkets(venue, input.symbols));
  return client;
}

type VenueClientInput = Parameters<typeof createVenueClient>[0];

/**
 * A client kept by the isolate between runs: the fetch its requests go to (the current lease's) and how many of
 * its calls (fetchTickers, fetchOHLCV, ...) have not settled.
 */
type Slot = { client: VenueClient; fetch: typeof globalThis.fetch; busy: number };

/** The fetch of a client no lease holds. */
const released: typeof globalThis.fetch = () =>
  Promise.reject(new Error('a venue client was used after its run released it'));

/** Idle clients by configuration: ccxt's constructor costs ~10-40 ms CPU per venue, so an isolate pays it once. */
const idleSlots = new Map<string, Slot[]>();

export type VenueClientLease = {
  client: VenueClient;
  /** True when the client was built for an earlier run of this isolate. */
  reused: boolean;
  release: () => void;
};

/**
 * A client for one run: an idle one with the same configuration (venue, symbols, deadline, rate limit, base URL),
 * else a new one; its requests go to this lease's `fetch`. `release()` gives it back for the next run unless one of
 * its calls has not settled (it is then dropped, so a late request can never go out through another run's fetch);
 * calling it after `release()` throws.
 */
export function leaseVenueClient(input: VenueClientInput): VenueClientLease {
  const key = JSON.stringify([input.venue, input.symbols, input.timeoutMs, input.enableRateLimit, input.baseUrl ?? '']);
  const idle = idleSlots.get(key)?.pop();
  const slot = idle ?? newSlot(input);
  slot.fetch = input.fetch;
  let done = false;
  const client = new Proxy(slot.client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (done) throw new Error(`venue client ${input.venue}: ${String(property)} called after its run released it`);
        const result: unknown = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        slot.busy++;
        return result.finally(() => {
          slot.busy--;
        });
      };
    },
  });
  return {
    client,
    reused: idle !== undefined,
    release() {
      if (done) return;
      done = true;
      if (slot.busy > 0) return;
      slot.fetch = released;
      idleSlots.set(key, [...(idleSlots.get(key) ?? []), slot]);
    },
  };
}

function newSlot(input: VenueClientInput): Slot {
  const slot: Slot = { client: undefined as unknown as VenueClient, fetch: released, busy: 0 };
  slot.client = createVenueClient({ ...input, fetch: (resource, init) => slot.fetch(resource, init) });
  return slot;
}

import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectMarket } from '../../src/market/collect-market.ts';
import type { MarketConfigInput } from '../../src/market/market-config.ts';
import {
  binanceHandlers,
  bybitHandlers,
  coingeckoHandlers,
  failHost,
  hang,
  invalidSymbol,
  NOW,
  testRegistry,
} from './venue-server.ts';

const server = setupServer(...binanceHandlers, ...bybitHandlers, ...coingeckoHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const collect = (config: MarketConfigInput = {}) =>
  collectMarket({
    registry: testRegistry,
    now: NOW,
    fetch: (resource, init) => fetch(resource, init),
    config: { enableRateLimit: false, venues: ['binance', 'bybit'], ...config },
  });
type Part = Awaited<ReturnType<typeof collect>>;
const status = (part: Part, id: string) => part.sources.find((s) => s.id === id);
const asset = (part: Part, id: string) => part.assets.find((a) => a.id === id)!;

describe('collectMarket faults', () => {
  it('primary 500 on tickers: Bybit serves every ticker and the fallback is recorded', async () => {
    server.use(
      http.get('https://api.binance.com/api/v3/ticker/24hr', () => new HttpResponse('upstream error', { status: 500 })),
    );
    const part = await collect();
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'http-status' });
    expect(status(part, 'binance:tickers')!.detail).toContain('500');
    expect(status(part, 'bybit:tickers')).toMatchObject({ status: 'fallback', items: 3 });
    expect(asset(part, 'btc')).toMatchObject({ venue: 'bybit', ticker: { last: 50_100 } });
    expect(asset(part, 'eth').ticker?.last).toBe(2400);
  });

  it('the zero row and the missing symbol on Binance are filled from Bybit, the rest stays on Binance', async () => {
    const part = await collect();
    expect(asset(part, 'btc')).toMatchObject({ venue: 'binance', ticker: { last: 50_000 } });
    expect(asset(part, 'eth')).toMatchObject({ venue: 'bybit', ticker: { last: 2400 } });
    expect(asset(part, 'doge')).toMatchObject({ venue: 'bybit', ticker: { last: 0.2 } });
    expect(status(part, 'bybit:tickers')).toMatchObject({ status: 'fallback', items: 2 });
  });

  it('primary timeout on candles: the adapter gives up after timeoutMs and uses the fallback venue', async () => {
    server.use(
      hang('https://api.binance.com/api/v3/klines'),
      http.get('https://api.bybit.com/v5/market/kline', ({ request }) => {
        const symbol = new URL(request.url).searchParams.get('symbol');
        return HttpResponse.json({
          retCode: 0,
          retMsg: 'OK',
          time: NOW.getTime(),
          result: {
            symbol,
            category: 'spot',
            list: [[String(NOW.getTime() - 8 * 3_600_000), '49000', '50500', '48800', '50100', '10', '500000']],
          },
        });
      }),
    );
    const part = await collect({ timeoutMs: 300 });
    // BTC's ticker came from Binance, so its candles are asked there first: the hang times out, Bybit answers.
    expect(status(part, 'binance:ohlcv:BTC/USDT')).toMatchObject({ status: 'failed', reason: 'timeout' });
    expect(status(part, 'bybit:ohlcv')).toMatchObject({ status: 'fallback' });
    expect(asset(part, 'btc').candles).toEqual([
      [NOW.getTime() - 8 * 3_600_000, 49_000, 50_500, 48_800, 50_100, 10 * 50_100],
    ]);
  });

  it('451 from Binance (restricted location): geo-blocked reason with the status in the detail, Bybit used', async () => {
    server.use(failHost('api.binance.com', 451), failHost('fapi.binance.com', 451));
    const part = await collect();
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'geo-blocked' });
    expect(status(part, 'binance:tickers')!.detail).toMatch(/: 451 /);
    // The 451 took Binance out for the run: funding was never asked there.
    expect(status(part, 'binance:funding')).toBeUndefined();
    expect(status(part, 'bybit:funding')).toMatchObject({ status: 'fallback' });
    expect(asset(part, 'btc').perp?.venue).toBe('bybit');
  });

  it('429 is reported as rate-limited', async () => {
    server.use(failHost('fapi.binance.com', 429));
    const part = await collect({ venues: ['binance'] });
    expect(status(part, 'binance:funding')).toMatchObject({ status: 'failed', reason: 'rate-limited' });
    expect(asset(part, 'btc').perp).toBeUndefined();
  });

  it('CoinGecko down: no caps, no global, no categories, three failed statuses; exchange data unaffected', async () => {
    server.use(failHost('api.coingecko.com', 503));
    const part = await collect();
    expect(part.global).toBeUndefined();
    expect(part.categories).toEqual([]);
    expect(part.assets.some((a) => 'marketCapUsd' in a)).toBe(false);
    for (const id of ['coingecko:global', 'coingecko:markets', 'coingecko:categories'])
      expect(status(part, id)).toMatchObject({ kind: 'coingecko', status: 'failed', reason: 'http-status' });
    expect(asset(part, 'btc').ticker?.last).toBe(50_000);
  });

  it('CoinGecko answering an unexpected shape is a parse failure, not zeroes', async () => {
    server.use(
      http.get('https://api.coingecko.com/api/v3/global', () => HttpResponse.json({ status: { error_code: 10002 } })),
    );
    const part = await collect();
    expect(part.global).toBeUndefined();
    expect(status(part, 'coingecko:global')).toMatchObject({ status: 'failed', reason: 'parse-error' });
  });

  it('stale tickers (older than maxAgeMinutes) are refused and taken from the next venue', async () => {
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    const part = await collectMarket({
      registry: testRegistry,
      now: later,
      fetch: (r, i) => fetch(r, i),
      config: { enableRateLimit: false, venues: ['binance', 'bybit'], maxAgeMinutes: 60 },
    });
    expect(status(part, 'binance:tickers:BTC/USDT')).toMatchObject({ status: 'failed', reason: 'stale' });
    // Bybit spot tickers carry no time of their own: they count as fresh at the run's now.
    expect(asset(part, 'btc').venue).toBe('bybit');
  });

  it('a dead primary is skipped after its first venue-level failure: few requests to it, the fallback serves all', async () => {
    server.use(
      http.all('https://api.binance.com/*', () => HttpResponse.error()),
      http.all('https://fapi.binance.com/*', () => HttpResponse.error()),
    );
    const hosts: string[] = [];
    const count = ({ request }: { request: Request }) => {
      hosts.push(new URL(request.url).hostname);
    };
    server.events.on('request:start', count);
    try {
      const part = await collect();
      const toBinance = hosts.filter((host) => host.endsWith('binance.com')).length;
      // Without the breaker: one per asset for candles and one per perp, plus tickers and funding.
      expect(toBinance).toBeLessThanOrEqual(2);
      expect(part.assets.map((a) => [a.id, a.venue, a.ticker !== undefined])).toEqual(
        part.assets.map((a) => [a.id, 'bybit', true]),
      );
      // Candles were asked of Bybit only (its test server lists ETH candles alone; the others fail there, not on Binance).
      expect(part.sources.filter((s) => s.id.startsWith('binance:ohlcv:'))).toEqual([]);
      expect(part.assets.find((a) => a.id === 'eth')!.candles.length).toBeGreaterThan(0);
    } finally {
      server.events.removeListener('request:start', count);
    }
  });

  it('a venue that cannot be reached at all is a network failure', async () => {
    server.use(http.all('https://api.bybit.com/*', () => HttpResponse.error()));
    const part = await collect({ venues: ['bybit'] });
    expect(status(part, 'bybit:tickers')).toMatchObject({ status: 'failed', reason: 'network' });
    expect(part.assets.every((a) => a.ticker === undefined && a.candles.length === 0)).toBe(true);
  });
});

describe('collectMarket missing perp', () => {
  it('a perp the primary venue does not list is reported and taken from the fallback', async () => {
    // Binance answers the per-symbol premiumIndex for an unlisted contract with 400 -1121.
    server.use(
      http.get('https://fapi.binance.com/fapi/v1/premiumIndex', ({ request }) =>
        new URL(request.url).searchParams.get('symbol') === 'DOGEUSDT'
          ? invalidSymbol()
          : HttpResponse.json({
              symbol: 'BTCUSDT',
              markPrice: '50010.0',
              indexPrice: '50005.0',
              estimatedSettlePrice: '50000.0',
              lastFundingRate: '0.0001',
              interestRate: '0.0001',
              nextFundingTime: 0,
              time: NOW.getTime(),
            }),
      ),
    );
    const part = await collect();
    expect(status(part, 'binance:funding:DOGE/USDT:USDT')).toMatchObject({
      status: 'failed',
      reason: 'missing-symbol',
    });
    expect(asset(part, 'doge').perp).toMatchObject({ venue: 'bybit', fundingRatePct: -0.01 });
    expect(asset(part, 'btc').perp?.venue).toBe('binance');
  });
});

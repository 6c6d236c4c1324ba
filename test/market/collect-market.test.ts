import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectMarket } from '../../src/market/collect-market.ts';
import type { MarketConfigInput } from '../../src/market/market-config.ts';
import { binanceHandlers, bybitHandlers, coingeckoHandlers, HOUR, NOW, testRegistry } from './venue-server.ts';

const server = setupServer(...binanceHandlers, ...bybitHandlers, ...coingeckoHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let requests: string[] = [];
const collect = (config: MarketConfigInput) => {
  requests = [];
  return collectMarket({
    registry: testRegistry,
    now: NOW,
    config: { enableRateLimit: false, ...config },
    fetch: (resource, init) => {
      requests.push(new Request(resource, init).url);
      return fetch(resource, init);
    },
  });
};
const asset = (part: Awaited<ReturnType<typeof collectMarket>>, id: string) => part.assets.find((a) => a.id === id)!;
const status = (part: Awaited<ReturnType<typeof collectMarket>>, id: string) => part.sources.find((s) => s.id === id);

describe('collectMarket on Binance (spot + USD-M futures, string numbers)', () => {
  it('normalizes tickers, candles, funding and open interest; drops the zero row and the missing symbol', async () => {
    const part = await collect({ venues: ['binance'] });
    const btc = asset(part, 'btc');
    expect(btc.venue).toBe('binance');
    expect(btc.ticker).toEqual({
      last: 50_000,
      high24h: 51_000,
      low24h: 47_500,
      open24h: 48_000,
      quoteVolume24h: 1.2e9,
      timestamp: NOW.getTime() - 1000,
    });
    // Oldest first, quote volume = base volume x close.
    expect(btc.candles.map((c) => [c[4], c[5]])).toEqual([
      [48_000, 100 * 48_000],
      [49_800, 200 * 49_800],
      [50_000, 50 * 50_000],
    ]);
    // 0.00010000 per 8h -> 0.01 pct; latest OI 1.1e9 (1h before now), 24h earlier 1.2e9, 7d earlier 1.0e9.
    expect(btc.perp).toEqual({
      venue: 'binance',
      fundingRatePct: 0.01,
      fundingIntervalHours: 8,
      openInterestUsd: 1.1e9,
      openInterestUsd24hAgo: 1.2e9,
      openInterestUsd7dAgo: 1e9,
      timestamp: NOW.getTime() - HOUR,
    });
    // ETH's ticker row is all zeroes (delisted): no ticker, but its candles still come through.
    expect(asset(part, 'eth').ticker).toBeUndefined();
    expect(asset(part, 'eth').candles).toHaveLength(2);
    expect(status(part, 'binance:tickers:ETH/USDT')).toMatchObject({ status: 'failed', reason: 'invalid-data' });
    // DOGE/USDT spot is not listed: the batch answered 400 -1121, DOGE was dropped and the batch retried once.
    expect(status(part, 'binance:tickers:DOGE/USDT')).toMatchObject({ status: 'failed', reason: 'missing-symbol' });
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'ok', items: 1 });
    expect(status(part, 'binance:tickers')!.detail).toMatch(/dropped DOGE\/USDT \(not listed: 400 -1121/);
    // DOGE klines answer 400 -1121 Invalid symbol: absent candles, a failed status, no invented data.
    expect(asset(part, 'doge').candles).toEqual([]);
    expect(status(part, 'binance:ohlcv:DOGE/USDT')).toMatchObject({ status: 'failed', reason: 'missing-symbol' });
    // DOGEUSDT settles every 4h (listed in fundingInfo); BTCUSDT is not listed there: the default 8h.
    expect(asset(part, 'doge').perp).toEqual({
      venue: 'binance',
      fundingRatePct: -0.005,
      fundingIntervalHours: 4,
      openInterestUsd: 5e8,
      timestamp: NOW.getTime() - HOUR,
    });
  });

  it('reads CoinGecko global, caps and categories; null caps stay absent', async () => {
    const part = await collect({ venues: ['binance'] });
    expect(part.global).toEqual({
      totalMarketCapUsd: 2.5e12,
      marketCapChange24hPct: -1.25,
      btcDominancePct: 39.6,
      totalVolume24hUsd: 9e10,
    });
    expect(asset(part, 'btc').marketCapUsd).toBe(9.9e11);
    expect(asset(part, 'eth').marketCapUsd).toBe(2.88e11);
    expect(asset(part, 'doge')).not.toHaveProperty('marketCapUsd');
    // meme-token has a null cap: left out rather than zero.
    expect(part.categories).toEqual([
      {
        sectorId: 'l1',
        categoryId: 'layer-1',
        marketCapUsd: 2100000000000.5,
        marketCapChange24hPct: -0.66,
        volume24hUsd: 61000000000.2,
      },
    ]);
  });

  it('stays within its request budget: 1 tickers (+ listing and retry for an unlisted pair) + 1 per asset + fundingInfo + 2 per perp (premiumIndex, OI) + 3 CoinGecko, no exchangeInfo', async () => {
    await collect({ venues: ['binance'] });
    expect(requests).toHaveLength(1 + 2 + 3 + 1 + 2 * 2 + 3);
    // premiumIndex is asked per perp, never for all ~520 contracts.
    expect(requests.filter((url) => url.includes('premiumIndex')).every((url) => url.includes('symbol='))).toBe(true);
    expect(requests.some((url) => url.includes('exchangeInfo'))).toBe(false);
  });
});

describe('collectMarket on Bybit (v5, newest-first candles, OI in contracts)', () => {
  it('normalizes the same parts from Bybit formats', async () => {
    const part = await collect({ venues: ['bybit'] });
    const btc = asset(part, 'btc');
    expect(btc.venue).toBe('bybit');
    expect(btc.ticker).toMatchObject({
      last: 50_100,
      open24h: 48_100,
      high24h: 51_100,
      low24h: 47_600,
      quoteVolume24h: 900000000.5,
    });
    // Served newest first; stored oldest first.
    expect(asset(part, 'eth').candles).toEqual([
      [NOW.getTime() - 56 * HOUR, 2300, 2460, 2290, 2450, 900 * 2450],
      [NOW.getTime() - 32 * HOUR, 2450, 2520, 2440, 2500, 1200 * 2500],
      [NOW.getTime() - 8 * HOUR, 2500, 2510, 2380, 2400, 400 * 2400],
    ]);
    // Contracts x mark price 50,000: 21,000 -> 1.05e9; 24h ago 24,000 -> 1.2e9; 7d ago 20,000 -> 1.0e9.
    expect(btc.perp).toEqual({
      venue: 'bybit',
      fundingRatePct: 0.005,
      fundingIntervalHours: 8,
      openInterestUsd: 1.05e9,
      openInterestUsd24hAgo: 1.2e9,
      openInterestUsd7dAgo: 1e9,
      timestamp: NOW.getTime() - HOUR,
    });
    // DOGE funds every 4h on Bybit (fundingIntervalHour) and is negative: -0.0001 -> -0.01 pct.
    expect(asset(part, 'doge').perp).toMatchObject({
      fundingRatePct: -0.01,
      fundingIntervalHours: 4,
      openInterestUsd: 2e9 * 0.2,
    });
    // Bybit's "no such symbol" arrives as HTTP 200 with retCode != 0: a failure, not empty data.
    expect(status(part, 'bybit:ohlcv:BTC/USDT')).toMatchObject({ status: 'failed' });
    expect(btc.candles).toEqual([]);
  });
});

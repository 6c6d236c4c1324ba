import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectMarket } from '../../src/market/collect-market.ts';
import { coingeckoHandlers, HOUR, NOW, testRegistry } from './venue-server.ts';

// OKX v5 bodies (authored in the captured shapes: {code, msg, data}, strings, candles newest first).
const t = NOW.getTime();
const spot = (instId: string, last: string, open24h: string, high24h: string, low24h: string, volCcy24h: string) => ({
  instType: 'SPOT',
  instId,
  last,
  lastSz: '0.1',
  askPx: last,
  askSz: '1',
  bidPx: last,
  bidSz: '1',
  open24h,
  high24h,
  low24h,
  volCcy24h,
  vol24h: '1',
  ts: String(t - 2_000),
  sodUtc0: open24h,
  sodUtc8: open24h,
});
const okx = (data: unknown) => HttpResponse.json({ code: '0', msg: '', data });
const server = setupServer(
  ...coingeckoHandlers,
  http.get('https://www.okx.com/api/v5/market/tickers', () =>
    okx([
      spot('BTC-USDT', '50200.1', '48000', '51000', '47000', '800000000.5'),
      spot('ETH-USDT', '2410.5', '2500', '2520', '2390', '300000000'),
      spot('DOGE-USDT', '0', '0', '0', '0', '0'),
    ]),
  ),
  http.get('https://www.okx.com/api/v5/market/candles', ({ request }) => {
    if (new URL(request.url).searchParams.get('instId') !== 'BTC-USDT') return okx([]);
    return okx([
      [String(t - 8 * HOUR), '49000', '50500', '48800', '50200.1', '10', '500000', '500000', '0'],
      [String(t - 32 * HOUR), '48000', '49500', '47800', '49000', '20', '970000', '970000', '1'],
    ]);
  }),
  http.get('https://www.okx.com/api/v5/public/funding-rate', () =>
    okx([
      {
        instType: 'SWAP',
        instId: 'BTC-USDT-SWAP',
        fundingRate: '0.0001',
        fundingTime: String(t + 4 * HOUR),
        nextFundingTime: String(t + 12 * HOUR),
      },
    ]),
  ),
  http.get('https://www.okx.com/api/v5/rubik/stat/contracts/open-interest-volume', ({ request }) => {
    if (new URL(request.url).searchParams.get('ccy') !== 'BTC') return okx([]);
    return okx([
      [String(t - HOUR), '900000000', '1'],
      [String(t - 25 * HOUR), '1000000000', '1'],
      [String(t - 169 * HOUR), '750000000', '1'],
    ]);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('normalizes OKX tickers, newest-first candles, funding and USD open-interest history', async () => {
  const part = await collectMarket({
    registry: testRegistry,
    now: NOW,
    fetch: (r, i) => fetch(r, i),
    config: { venues: ['okx'], enableRateLimit: false },
  });
  const btc = part.assets.find((a) => a.id === 'btc')!;
  expect(btc.ticker).toEqual({
    last: 50200.1,
    high24h: 51000,
    low24h: 47000,
    open24h: 48000,
    quoteVolume24h: 800000000.5,
    timestamp: t - 2_000,
  });
  expect(btc.candles.map((c) => c[0])).toEqual([t - 32 * HOUR, t - 8 * HOUR]);
  // 0.0001 -> 0.01 pct; OI is already USD: 9e8 now, 1e9 a day earlier, 7.5e8 a week earlier.
  expect(btc.perp).toMatchObject({
    venue: 'okx',
    fundingRatePct: 0.01,
    openInterestUsd: 9e8,
    openInterestUsd24hAgo: 1e9,
    openInterestUsd7dAgo: 7.5e8,
  });
  expect(part.assets.find((a) => a.id === 'doge')!.ticker).toBeUndefined();
  expect(part.sources.find((s) => s.id === 'okx:tickers:DOGE/USDT')).toMatchObject({ reason: 'invalid-data' });
  // ETH: OKX answered an empty candle list -> a failure status, no candles.
  expect(part.sources.find((s) => s.id === 'okx:ohlcv:ETH/USDT')).toMatchObject({ status: 'failed' });
});

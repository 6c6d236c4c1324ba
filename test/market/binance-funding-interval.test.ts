// Binance premiumIndex has no funding interval: it comes from /fapi/v1/fundingInfo (absent = 8h), else from the
// funding-history spacing; a perp whose interval cannot be known gets no Binance rate (never an assumed 8h).
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectMarket } from '../../src/market/collect-market.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';
import { binanceHandlers, bybitHandlers, coingeckoHandlers, NOW, testRegistry } from './venue-server.ts';

const server = setupServer(...binanceHandlers, ...bybitHandlers, ...coingeckoHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const collect = (venues: ('binance' | 'bybit')[] = ['binance']) =>
  collectMarket({
    registry: testRegistry,
    now: NOW,
    config: { enableRateLimit: false, venues },
    fetch: (resource, init) => fetch(resource, init),
  });
type Part = Awaited<ReturnType<typeof collect>>;
const status = (part: Part, id: string) => part.sources.find((s) => s.id === id);
const perp = (part: Part, id: string) => part.assets.find((a) => a.id === id)!.perp;
const unavailable = () =>
  new HttpResponse('{"code":-1001,"msg":"Internal error; unable to process your request."}', { status: 503 });

describe('Binance funding interval', () => {
  it('fundingInfo: DOGEUSDT settles every 4h, BTCUSDT (not listed there) every 8h; facts say per 4h and APR x6', async () => {
    const part = await collect();
    expect(perp(part, 'doge')).toMatchObject({ venue: 'binance', fundingRatePct: -0.005, fundingIntervalHours: 4 });
    expect(perp(part, 'btc')).toMatchObject({ venue: 'binance', fundingRatePct: 0.01, fundingIntervalHours: 8 });
    const sheet = sheetFromSnapshot({
      snapshot: {
        version: 1,
        asOf: NOW.toISOString(),
        editionDate: '2026-03-02',
        assets: part.assets,
        categories: part.categories,
        headlines: [],
        sources: part.sources,
      },
      registry: testRegistry,
    });
    const fact = (id: string) => sheet.facts.find((f) => f.id === id)!;
    expect(fact('doge.funding_rate').label).toBe('DOGE funding rate (per 4h)');
    // -0.005 % per 4h = -0.005 x 6 x 365 = -10.95 % a year (an assumed 8h would say -5.475 %).
    expect(fact('doge.funding_apr').value).toBeCloseTo(-10.95, 10);
    expect(fact('btc.funding_apr').value).toBeCloseTo(0.01 * 3 * 365, 10);
  });

  it('fundingInfo down: each interval comes from the spacing of the last settlements (/fapi/v1/fundingRate)', async () => {
    server.use(http.get('https://fapi.binance.com/fapi/v1/fundingInfo', unavailable));
    const part = await collect();
    expect(perp(part, 'doge')).toMatchObject({ venue: 'binance', fundingIntervalHours: 4 });
    expect(perp(part, 'btc')).toMatchObject({ venue: 'binance', fundingIntervalHours: 8 });
    expect(status(part, 'binance:funding-info')).toMatchObject({ status: 'failed', reason: 'http-status' });
  });

  it('fundingInfo and the history down: no Binance rate with an unknown interval; the next venue serves', async () => {
    server.use(
      http.get('https://fapi.binance.com/fapi/v1/fundingInfo', unavailable),
      http.get('https://fapi.binance.com/fapi/v1/fundingRate', unavailable),
    );
    const part = await collect(['binance', 'bybit']);
    expect(status(part, 'binance:funding:DOGE/USDT:USDT')).toMatchObject({
      status: 'failed',
      reason: 'invalid-data',
      detail: 'DOGE/USDT:USDT: funding interval unknown (fundingInfo and the funding history failed); rate not used',
    });
    // Bybit states its own interval (fundingIntervalHour): DOGE 4h there.
    expect(perp(part, 'doge')).toMatchObject({ venue: 'bybit', fundingIntervalHours: 4 });
    expect(perp(part, 'btc')).toMatchObject({ venue: 'bybit', fundingIntervalHours: 8 });
  });

  it('asks premiumIndex for the watchlist perps only, one symbol each', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('premiumIndex')) asked.push(new URL(request.url).searchParams.get('symbol') ?? 'ALL');
    });
    try {
      await collect();
    } finally {
      server.events.removeAllListeners('request:start');
    }
    expect(asked.sort()).toEqual(['BTCUSDT', 'DOGEUSDT']);
  });
});

// Real captured upstream bodies (../shared/real-world) through the adapters. Skips when that folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySchema } from '../../src/domain/registry.ts';
import { createVenueClient } from '../../src/market/ccxt-venues.ts';
import {
  coingeckoCategoriesSchema,
  coingeckoGlobalSchema,
  coingeckoMarketsSchema,
} from '../../src/market/coingecko-schemas.ts';
import { collectMarket } from '../../src/market/collect-market.ts';
import { fetchVenueFunding } from '../../src/market/fetch-funding.ts';
import { normalizeCandles } from '../../src/market/normalize-exchange.ts';
import { normalizeGlobal, normalizeMarketCaps } from '../../src/market/normalize-coingecko.ts';

const root = fileURLToPath(new URL('../../../shared/real-world/', import.meta.url));
const present = existsSync(root);
if (!present) console.warn(`skipping real-world shape tests: ${root} is absent`);
const read = (path: string, encoding: BufferEncoding = 'utf8') => JSON.parse(readFileSync(root + path, encoding));

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => server.close());

describe.skipIf(!present)('real-world upstream shapes', () => {
  it('Binance /ticker/24hr (all 2,519 rows, string numbers, delisted zero rows) normalizes the watchlist rows', async () => {
    const rows = read('exchanges/binance-api-v3-ticker-24hr-all-2024-03-10.json') as {
      symbol: string;
      closeTime: number;
    }[];
    server.use(
      http.get('https://api.binance.com/api/v3/ticker/24hr', () => HttpResponse.json(rows)),
      http.all('https://*.binance.com/*', () => new HttpResponse(null, { status: 503 })),
      http.all('https://api.coingecko.com/*', () => new HttpResponse(null, { status: 503 })),
    );
    const registry = registrySchema.parse({
      assets: [
        { id: 'btc', symbol: 'BTC', name: 'Bitcoin', aliases: [], coingeckoId: 'bitcoin', pair: 'BTC/USDT' },
        { id: 'bcc', symbol: 'BCC', name: 'Bitconnect', aliases: [], coingeckoId: 'bitconnect', pair: 'BCC/BTC' },
      ],
      sectors: [],
    });
    const now = new Date(rows.find((r) => r.symbol === 'BTCUSDT')!.closeTime + 60_000);
    const part = await collectMarket({
      registry,
      now,
      fetch: (r, i) => fetch(r, i),
      config: { venues: ['binance'], enableRateLimit: false },
    });
    expect(part.assets[0]!.ticker).toEqual({
      last: 69010.01,
      high24h: 69216,
      low24h: 67933.93,
      open24h: 68155.99,
      // biome-ignore lint/correctness/noPrecisionLoss: the upstream value as captured
      quoteVolume24h: 1537040739.3455314,
      timestamp: now.getTime() - 60_000,
    });
    expect(part.assets[1]!.ticker).toBeUndefined();
    expect(part.sources.find((s) => s.id === 'binance:tickers:BCC/BTC')).toMatchObject({ reason: 'invalid-data' });
  });

  it('Binance /fapi/v1/premiumIndex (521 rows) gives funding for the asked perp', async () => {
    const rows = read('exchanges/binance-fapi-premiumIndex-all-2025-06-17.json') as {
      symbol: string;
      lastFundingRate: string;
    }[];
    server.use(http.get('https://fapi.binance.com/fapi/v1/premiumIndex', () => HttpResponse.json(rows)));
    const client = createVenueClient({
      venue: 'binance',
      symbols: ['RENDER/USDT:USDT'],
      fetch: (r, i) => fetch(r, i),
      timeoutMs: 5000,
      enableRateLimit: false,
    });
    const rates = await client.fetchFundingRates(['RENDER/USDT:USDT']);
    expect(rates['RENDER/USDT:USDT']?.fundingRate).toBe(
      Number(rows.find((r) => r.symbol === 'RENDERUSDT')!.lastFundingRate),
    );
  });

  it('Binance per-symbol premiumIndex rows (real capture) with fundingInfo: 4h and 8h intervals on the rates', async () => {
    const rows = read('exchanges/binance-fapi-premiumIndex-all-2025-06-17.json') as {
      symbol: string;
      lastFundingRate: string;
    }[];
    const fundingInfo = JSON.parse(
      readFileSync(new URL('./responses/binance-fundingInfo.json', import.meta.url), 'utf8'),
    ) as unknown[];
    server.use(
      http.get('https://fapi.binance.com/fapi/v1/premiumIndex', ({ request }) =>
        HttpResponse.json(rows.find((r) => r.symbol === new URL(request.url).searchParams.get('symbol'))),
      ),
      http.get('https://fapi.binance.com/fapi/v1/fundingInfo', () => HttpResponse.json(fundingInfo)),
    );
    const symbols = ['DIA/USDT:USDT', 'KAVA/USDT:USDT'];
    const client = createVenueClient({
      venue: 'binance',
      symbols,
      fetch: (r, i) => fetch(r, i),
      timeoutMs: 5000,
      enableRateLimit: false,
    });
    const { rates, failures } = await fetchVenueFunding({ venue: 'binance', client, symbols, concurrency: 2 });
    expect(failures).toEqual([]);
    // DIAUSDT is in fundingInfo (4h; its nextFundingTime in the capture is 12:00, 3.4h after the capture); KAVAUSDT
    // is not (8h; next settlement 16:00).
    expect(rates['DIA/USDT:USDT']).toMatchObject({
      interval: '4h',
      fundingRate: Number(rows.find((r) => r.symbol === 'DIAUSDT')!.lastFundingRate),
    });
    expect(rates['KAVA/USDT:USDT']).toMatchObject({ interval: '8h' });
  });

  it('Bybit klines arrive newest first and are stored oldest first', async () => {
    const captured = read('exchanges/bybit-fetchOHLCV.json').entries[0].httpResponse as {
      result: { list: string[][] };
    };
    server.use(http.get('https://api.bybit.com/v5/market/kline', () => HttpResponse.json(captured)));
    const client = createVenueClient({
      venue: 'bybit',
      symbols: ['BTC/USDT'],
      fetch: (r, i) => fetch(r, i),
      timeoutMs: 5000,
      enableRateLimit: false,
    });
    const candles = normalizeCandles(await client.fetchOHLCV('BTC/USDT', '1d', undefined, 3));
    const times = captured.result.list.map((row) => Number(row[0]));
    expect(candles.map((c) => c[0])).toEqual([...times].sort((a, b) => a - b));
    expect(candles[0]![4]).toBe(Number(captured.result.list.at(-1)![4]));
  });

  it('CoinGecko /global, /coins/markets and /coins/categories (cp1252 file) pass the schemas', () => {
    const global = normalizeGlobal(coingeckoGlobalSchema.parse(read('coingecko/global-2023-01-08.json')));
    expect(global?.btcDominancePct).toBeCloseTo(37.935, 3);
    expect(global?.marketCapChange24hPct).toBeCloseTo(0.2362, 4);
    const markets = coingeckoMarketsSchema.parse(read('coingecko/coins-markets-2023-01-08.json'));
    const caps = normalizeMarketCaps(
      markets,
      registrySchema.parse({
        assets: [{ id: 'btc', symbol: 'BTC', name: 'Bitcoin', aliases: [], coingeckoId: 'bitcoin', pair: 'BTC/USDT' }],
        sectors: [],
      }),
    );
    expect(caps.get('btc')).toBe(markets.find((m) => m.id === 'bitcoin')!.market_cap);
    expect(
      coingeckoCategoriesSchema.parse(read('coingecko/coins-categories-2023-01-08.cp1252.json', 'latin1')).length,
    ).toBeGreaterThan(50);
  });
});

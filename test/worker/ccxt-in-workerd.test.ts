import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDay } from '../../src/generated/fixture-day.js';
import { createVenueClient } from '../../src/market/ccxt-venues.ts';

// The recorded Binance 24hr ticker rows of the fixture day; the mock answers the one row asked for.
const tickerEntry = fixtureDay.recording.entries.find((entry) => entry.request.url.includes('/api/v3/ticker/24hr'))!;
const rows = JSON.parse(fixtureDay.bodies[tickerEntry.response.bodyFile]!) as {
  symbol: string;
  lastPrice: string;
  highPrice: string;
  quoteVolume: string;
}[];
const btc = rows.find((row) => row.symbol === 'BTCUSDT')!;

const requested: string[] = [];
const server = setupServer(
  http.get('https://binance.test/api/v3/ticker/24hr', ({ request }) => {
    requested.push(request.url);
    const symbols = JSON.parse(new URL(request.url).searchParams.get('symbols') ?? '[]') as string[];
    return HttpResponse.json(rows.filter((row) => symbols.includes(row.symbol)));
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('ccxt (single exchange module) inside workerd', () => {
  it('fetches a Binance ticker through the platform fetch and parses it', async () => {
    const client = createVenueClient({
      venue: 'binance',
      symbols: ['BTC/USDT'],
      fetch: (resource, init) => fetch(resource, init),
      timeoutMs: 5_000,
      enableRateLimit: false,
      baseUrl: 'https://binance.test',
    });
    const tickers = await client.fetchTickers(['BTC/USDT']);
    expect(tickers['BTC/USDT']?.last).toBe(Number(btc.lastPrice));
    expect(tickers['BTC/USDT']?.high).toBe(Number(btc.highPrice));
    expect(tickers['BTC/USDT']?.quoteVolume).toBe(Number(btc.quoteVolume));
    // one request, no exchangeInfo (markets are preset)
    expect(requested).toHaveLength(1);
    expect(requested[0]).toContain('symbols=');
  });
});

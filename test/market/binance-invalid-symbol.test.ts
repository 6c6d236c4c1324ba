// Binance answers a batched `symbols=[...]` tickers request with `400 {"code":-1121,"msg":"Invalid symbol."}`
// when one pair is not listed: the unlisted pairs are dropped (from the listing) and the batch retried once.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registrySchema } from '../../src/domain/registry.ts';
import { collectMarket } from '../../src/market/collect-market.ts';
import { binanceHandlers, bybitHandlers, coingeckoHandlers, invalidSymbol, NOW, testRegistry } from './venue-server.ts';

const server = setupServer(...binanceHandlers, ...bybitHandlers, ...coingeckoHandlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// BTC and ETH are listed on Binance spot (ETH as a zero row), DOGE is not, NOPE exists nowhere.
const registry = registrySchema.parse({
  ...testRegistry,
  assets: [
    ...testRegistry.assets,
    { id: 'nope', symbol: 'NOPE', name: 'Nope', aliases: [], coingeckoId: 'nope', pair: 'NOPE/USDT' },
  ],
});
let tickerRequests: string[] = [];
const collect = () => {
  tickerRequests = [];
  return collectMarket({
    registry,
    now: NOW,
    config: { enableRateLimit: false, venues: ['binance', 'bybit'] },
    fetch: (resource, init) => {
      const url = new Request(resource, init).url;
      if (url.includes('api.binance.com/api/v3/ticker')) tickerRequests.push(decodeURIComponent(url));
      return fetch(resource, init);
    },
  });
};
type Part = Awaited<ReturnType<typeof collect>>;
const status = (part: Part, id: string) => part.sources.find((s) => s.id === id);
const asset = (part: Part, id: string) => part.assets.find((a) => a.id === id)!;

describe('Binance 400 -1121 Invalid symbol on the batched tickers request', () => {
  it('drops the unlisted pairs, retries once, keeps the listed tickers on Binance and names what it dropped', async () => {
    const part = await collect();
    expect(tickerRequests).toEqual([
      expect.stringContaining('/ticker/24hr?symbols=["BTCUSDT","ETHUSDT","DOGEUSDT","NOPEUSDT"]'),
      expect.stringContaining('/ticker/price'),
      expect.stringContaining('/ticker/24hr?symbols=["BTCUSDT","ETHUSDT"]'),
    ]);
    expect(asset(part, 'btc')).toMatchObject({ venue: 'binance', ticker: { last: 50_000 } });
    expect(status(part, 'binance:tickers')).toEqual({
      id: 'binance:tickers',
      kind: 'exchange',
      status: 'ok',
      items: 1,
      detail: 'dropped DOGE/USDT, NOPE/USDT (not listed: 400 -1121 Invalid symbol) and retried once without them',
    });
    expect(status(part, 'binance:tickers:NOPE/USDT')).toMatchObject({ status: 'failed', reason: 'missing-symbol' });
    // The dropped pairs are asked of the next venue: Bybit has DOGE, nobody has NOPE.
    expect(asset(part, 'doge')).toMatchObject({ venue: 'bybit', ticker: { last: 0.2 } });
    expect(asset(part, 'nope').ticker).toBeUndefined();
    expect(status(part, 'bybit:tickers:NOPE/USDT')).toMatchObject({ status: 'failed', reason: 'missing-symbol' });
  });

  it('retries only once: a second -1121 fails the batch (reason missing-symbol) and the next venue serves', async () => {
    server.use(http.get('https://api.binance.com/api/v3/ticker/24hr', invalidSymbol));
    const part = await collect();
    expect(tickerRequests.filter((url) => url.includes('/ticker/24hr'))).toHaveLength(2);
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'missing-symbol' });
    expect(status(part, 'binance:tickers')!.detail).toMatch(/400 Bad Request \{"code":-1121,"msg":"Invalid symbol."\}/);
    expect(asset(part, 'btc')).toMatchObject({ venue: 'bybit' });
  });

  it('when the listing cannot be read the original 400 is reported and nothing is guessed', async () => {
    server.use(
      http.get('https://api.binance.com/api/v3/ticker/price', () => new HttpResponse('busy', { status: 503 })),
    );
    const part = await collect();
    expect(tickerRequests.filter((url) => url.includes('/ticker/24hr'))).toHaveLength(1);
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'missing-symbol' });
    expect(status(part, 'binance:tickers')!.detail).toContain('-1121');
    expect(asset(part, 'btc')).toMatchObject({ venue: 'bybit' });
  });

  it('a 400 with another Binance code is not retried', async () => {
    server.use(
      http.get('https://api.binance.com/api/v3/ticker/24hr', () =>
        HttpResponse.json({ code: -1100, msg: "Illegal characters found in parameter 'symbols'" }, { status: 400 }),
      ),
    );
    const part = await collect();
    expect(tickerRequests).toHaveLength(1);
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'http-status' });
  });
});

// msw handlers that imitate Binance, Bybit and CoinGecko with the authored bodies in ./responses/.
import { readFileSync } from 'node:fs';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { registrySchema } from '../../src/domain/registry.ts';

/** The run's clock for these bodies: 2026-03-02T08:00:00Z. */
export const NOW = new Date(Date.UTC(2026, 2, 2, 8));
export const HOUR = 3_600_000;

export const testRegistry = registrySchema.parse({
  assets: [
    {
      id: 'btc',
      symbol: 'BTC',
      name: 'Bitcoin',
      aliases: [],
      coingeckoId: 'bitcoin',
      pair: 'BTC/USDT',
      perp: 'BTC/USDT:USDT',
    },
    { id: 'eth', symbol: 'ETH', name: 'Ethereum', aliases: [], coingeckoId: 'ethereum', pair: 'ETH/USDT' },
    {
      id: 'doge',
      symbol: 'DOGE',
      name: 'Dogecoin',
      aliases: [],
      coingeckoId: 'dogecoin',
      pair: 'DOGE/USDT',
      perp: 'DOGE/USDT:USDT',
    },
  ],
  sectors: [
    { id: 'l1', name: 'Layer 1', aliases: [], coingeckoCategory: 'layer-1', members: ['btc', 'eth'] },
    { id: 'memes', name: 'Memes', aliases: [], coingeckoCategory: 'meme-token', members: ['doge', 'eth'] },
  ],
});

export const body = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./responses/${name}`, import.meta.url), 'utf8'));
/** Binance's answer to a symbol it does not list (for one symbol, or for a whole batch holding one). */
export const invalidSymbol = () => HttpResponse.json({ code: -1121, msg: 'Invalid symbol.' }, { status: 400 });
const fileOr404 = (name: string) => {
  try {
    return HttpResponse.json(body(name) as object);
  } catch {
    return invalidSymbol();
  }
};
/** Spot symbols the fake Binance lists: the ticker file's rows (ETHUSDT is listed but delisted: zero row). */
export const binanceListed = () => (body('binance-ticker-24hr.json') as { symbol: string }[]).map((row) => row.symbol);

export const binanceHandlers: HttpHandler[] = [
  // As the real endpoint: one unlisted symbol in `symbols=[...]` fails the whole batch with 400 -1121.
  http.get('https://api.binance.com/api/v3/ticker/24hr', ({ request }) => {
    const wanted = JSON.parse(new URL(request.url).searchParams.get('symbols') ?? '[]') as string[];
    if (wanted.some((symbol) => !binanceListed().includes(symbol))) return invalidSymbol();
    return HttpResponse.json(
      (body('binance-ticker-24hr.json') as { symbol: string }[]).filter((row) => wanted.includes(row.symbol)),
    );
  }),
  http.get('https://api.binance.com/api/v3/ticker/price', () =>
    HttpResponse.json(binanceListed().map((symbol) => ({ symbol, price: '1.00000000' }))),
  ),
  http.get('https://api.binance.com/api/v3/klines', ({ request }) =>
    fileOr404(`binance-klines-${new URL(request.url).searchParams.get('symbol')}.json`),
  ),
  // One contract with `symbol=` (an object; 400 -1121 when not listed), every contract without.
  http.get('https://fapi.binance.com/fapi/v1/premiumIndex', ({ request }) => {
    const rows = body('binance-premiumIndex.json') as { symbol: string }[];
    const symbol = new URL(request.url).searchParams.get('symbol');
    if (!symbol) return HttpResponse.json(rows);
    const row = rows.find((entry) => entry.symbol === symbol);
    return row ? HttpResponse.json(row) : invalidSymbol();
  }),
  // Only the contracts whose interval or caps were adjusted (DOGEUSDT settles every 4h); absent = 8h.
  http.get('https://fapi.binance.com/fapi/v1/fundingInfo', () =>
    HttpResponse.json(body('binance-fundingInfo.json') as object),
  ),
  http.get('https://fapi.binance.com/fapi/v1/fundingRate', ({ request }) =>
    fileOr404(`binance-fundingRate-${new URL(request.url).searchParams.get('symbol')}.json`),
  ),
  http.get('https://fapi.binance.com/futures/data/openInterestHist', ({ request }) =>
    fileOr404(`binance-openInterestHist-${new URL(request.url).searchParams.get('symbol')}.json`),
  ),
];

export const bybitHandlers: HttpHandler[] = [
  http.get('https://api.bybit.com/v5/market/tickers', ({ request }) =>
    HttpResponse.json(body(`bybit-tickers-${new URL(request.url).searchParams.get('category')}.json`) as object),
  ),
  http.get('https://api.bybit.com/v5/market/kline', ({ request }) => {
    const symbol = new URL(request.url).searchParams.get('symbol');
    try {
      return HttpResponse.json(body(`bybit-kline-${symbol}.json`) as object);
    } catch {
      return HttpResponse.json({
        retCode: 10001,
        retMsg: 'Not supported symbols',
        result: {},
        retExtInfo: {},
        time: NOW.getTime(),
      });
    }
  }),
  http.get('https://api.bybit.com/v5/market/open-interest', ({ request }) =>
    HttpResponse.json(body(`bybit-open-interest-${new URL(request.url).searchParams.get('symbol')}.json`) as object),
  ),
];

export const coingeckoHandlers: HttpHandler[] = [
  http.get('https://api.coingecko.com/api/v3/global', () => HttpResponse.json(body('coingecko-global.json') as object)),
  http.get('https://api.coingecko.com/api/v3/coins/markets', () =>
    HttpResponse.json(body('coingecko-markets.json') as object),
  ),
  http.get('https://api.coingecko.com/api/v3/coins/categories', () =>
    HttpResponse.json(body('coingecko-categories.json') as object),
  ),
];

/** Every request to `host` answers `status` (e.g. 500, 429, 451). */
export const failHost = (host: string, status: number) =>
  http.all(
    `https://${host}/*`,
    () =>
      new HttpResponse(JSON.stringify({ code: 0, msg: 'Service unavailable from a restricted location' }), { status }),
  );

/** Every request to `urlPattern` hangs (the adapter's timeout must fire). */
export const hang = (urlPattern: string) =>
  http.get(urlPattern, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  });

/**
 * A fetch that plays the upstream services for an authored day, answering each URL in the venue's
 * real format: Binance spot/futures REST JSON (string numbers), CoinGecko v3 JSON, and the authored
 * feed/page files in the day's feeds folder. Unknown URLs get a 404, so a request the adapters make that we did not model shows up.
 */
import { readFileSync } from 'node:fs';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { DayModel } from './day-model.ts';

const HOUR = 3_600_000;
const s8 = (value: number) => value.toFixed(8);
const feedFiles: Record<string, { file: string; type: string }> = {
  coindesk: { file: 'coindesk.xml', type: 'application/rss+xml; charset=UTF-8' },
  cointelegraph: { file: 'cointelegraph.xml', type: 'application/rss+xml; charset=utf-8' },
  decrypt: { file: 'decrypt.xml', type: 'application/rss+xml; charset=UTF-8' },
  theblock: { file: 'theblock.xml', type: 'application/xml; charset=utf-8' },
  bitcoinmagazine: { file: 'bitcoinmagazine.xml', type: 'application/rss+xml; charset=utf-8' },
  'reddit-crypto': { file: 'reddit-crypto.xml', type: 'application/atom+xml; charset=UTF-8' },
  'cryptoslate-news': { file: 'cryptoslate-news.html', type: 'text/html; charset=UTF-8' },
};

export function createFakeUpstream(day: DayModel): typeof globalThis.fetch {
  const { asOf } = day;
  // Binance funding settles every 8 hours (00:00, 08:00, 16:00 UTC) unless adjusted: the next settlement after asOf.
  const nextSettlement = (hours: number) => (Math.floor(asOf / (hours * HOUR)) + 1) * hours * HOUR;
  const nextFundingTime = nextSettlement(8);
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json;charset=UTF-8', date: new Date(asOf).toUTCString() },
    });
  const assets = new Map(day.assets.map((a) => [`${a.id.toUpperCase()}USDT`, a]));
  const perps = new Map(day.perps.map((p) => [`${p.id.toUpperCase()}USDT`, p]));
  const feeds = new Map(defaultSources.map((source) => [source.url, feedFiles[source.id]!]));

  const ticker = (symbol: string) => {
    const a = assets.get(symbol)!;
    const t = a.ticker;
    const closeTime = asOf - 1_234;
    return {
      symbol,
      priceChange: s8(t.last - t.open),
      priceChangePercent: ((t.last / t.open - 1) * 100).toFixed(3),
      weightedAvgPrice: s8(t.quoteVolume / t.volume),
      prevClosePrice: s8(t.open),
      lastPrice: s8(t.last),
      lastQty: '1.00000000',
      bidPrice: s8(t.last),
      bidQty: '10.00000000',
      askPrice: s8(t.last),
      askQty: '10.00000000',
      openPrice: s8(t.open),
      highPrice: s8(t.high),
      lowPrice: s8(t.low),
      volume: s8(t.volume),
      quoteVolume: s8(t.quoteVolume),
      openTime: closeTime - 24 * HOUR,
      closeTime,
      firstId: 4_100_000_000,
      lastId: 4_100_000_000 + Math.round(t.quoteVolume / 900),
      count: Math.round(t.quoteVolume / 900) + 1,
    };
  };
  const klines = (symbol: string, limit: number) =>
    assets
      .get(symbol)!
      .candles.slice(-limit)
      .map((c) => [
        c.time,
        s8(c.open),
        s8(c.high),
        s8(c.low),
        s8(c.close),
        s8(c.volume),
        Math.min(c.time + 24 * HOUR - 1, asOf - 1),
        s8((c.volume * (c.open + c.close)) / 2),
        Math.round(c.volume * 3) + 100,
        s8(c.volume * 0.49),
        s8((c.volume * 0.49 * (c.open + c.close)) / 2),
        '0',
      ]);
  const premiumIndex = () => [
    ...day.perps.map((p) => ({
      symbol: `${p.id.toUpperCase()}USDT`,
      markPrice: s8(p.markPrice),
      indexPrice: s8(p.markPrice * 1.0001),
      estimatedSettlePrice: s8(p.markPrice * 1.0002),
      lastFundingRate: s8(p.funding),
      interestRate: '0.00010000',
      nextFundingTime: nextSettlement(p.fundingIntervalHours ?? 8),
      time: asOf - 2_000,
    })),
    // Rows for contracts outside the watchlist, one of them delisted (zeroes), as the real endpoint returns.
    {
      symbol: 'LINKUSDT',
      markPrice: '13.41200000',
      indexPrice: '13.41570000',
      estimatedSettlePrice: '13.41850000',
      lastFundingRate: '0.00004310',
      interestRate: '0.00010000',
      nextFundingTime,
      time: asOf - 2_000,
    },
    {
      symbol: 'BTCSTUSDT',
      markPrice: '0.00000000',
      indexPrice: '0.00000000',
      estimatedSettlePrice: '0.00000000',
      lastFundingRate: '0.00000000',
      interestRate: '0.00000000',
      nextFundingTime: 0,
      time: asOf - 2_000,
    },
  ];
  // fundingInfo lists only the contracts whose interval or caps were adjusted (absent = 8h): the watchlist perps a
  // day gives another interval, then two contracts outside the watchlist.
  const fundingInfo = [
    ...day.perps.flatMap((p) =>
      p.fundingIntervalHours === undefined
        ? []
        : [
            {
              symbol: `${p.id.toUpperCase()}USDT`,
              adjustedFundingRateCap: '0.02000000',
              adjustedFundingRateFloor: '-0.02000000',
              fundingIntervalHours: p.fundingIntervalHours,
              disclaimer: false,
            },
          ],
    ),
    {
      symbol: 'LINKUSDT',
      adjustedFundingRateCap: '0.02000000',
      adjustedFundingRateFloor: '-0.02000000',
      fundingIntervalHours: 4,
      disclaimer: false,
    },
    {
      symbol: 'BTCSTUSDT',
      adjustedFundingRateCap: '0.03000000',
      adjustedFundingRateFloor: '-0.03000000',
      fundingIntervalHours: 8,
      disclaimer: true,
    },
  ];
  const invalidSymbol = () =>
    new Response(JSON.stringify({ code: -1121, msg: 'Invalid symbol.' }), {
      status: 400,
      headers: { 'content-type': 'application/json;charset=UTF-8' },
    });
  const openInterestHist = (symbol: string, limit: number) =>
    perps
      .get(symbol)!
      .oiHistory.slice(-limit)
      .map((row) => ({
        symbol,
        sumOpenInterest: row.amount.toFixed(8),
        sumOpenInterestValue: row.usd.toFixed(8),
        CMCCirculatingSupply: '0',
        timestamp: row.time,
      }));
  const geckoMarkets = (ids: string[]) => {
    const byGecko = new Map(defaultRegistry.assets.map((a) => [a.coingeckoId, a.id]));
    const rows = day.assets
      .map((a) => ({ a, geckoId: defaultRegistry.assets.find((r) => r.id === a.id)!.coingeckoId }))
      .filter((row) => ids.includes(row.geckoId))
      .map(({ a, geckoId }) => {
        const cap = Math.round(a.last * a.supply);
        const prevCap = Math.round(a.ticker.open * a.supply);
        return {
          id: geckoId,
          symbol: a.id,
          name: a.id,
          image: `https://coin-images.coingecko.com/coins/images/0/large/${geckoId}.png`,
          current_price: a.last,
          market_cap: cap,
          market_cap_rank: 0,
          fully_diluted_valuation: null,
          total_volume: Math.round(a.ticker.quoteVolume * 2.6),
          high_24h: a.ticker.high,
          low_24h: a.ticker.low,
          price_change_24h: Number((a.last - a.ticker.open).toPrecision(8)),
          price_change_percentage_24h: Number(((a.last / a.ticker.open - 1) * 100).toFixed(5)),
          market_cap_change_24h: cap - prevCap,
          market_cap_change_percentage_24h: Number(((cap / prevCap - 1) * 100).toFixed(5)),
          circulating_supply: a.supply,
          total_supply: null,
          max_supply: null,
          ath: null,
          ath_change_percentage: null,
          ath_date: null,
          atl: null,
          atl_change_percentage: null,
          atl_date: null,
          roi: null,
          last_updated: new Date(asOf - 45_000).toISOString(),
        };
      })
      .sort((x, y) => y.market_cap - x.market_cap)
      .map((row, index) => ({ ...row, market_cap_rank: index + 1, name: names.get(byGecko.get(row.id)!) ?? row.name }));
    return rows;
  };
  const names = new Map(defaultRegistry.assets.map((a) => [a.id, a.name]));

  return async (resource, init) => {
    const request = new Request(resource, init);
    const url = new URL(request.url);
    const q = url.searchParams;
    const feed = feeds.get(request.url);
    if (feed) {
      const text = readFileSync(new URL(feed.file, day.feedsDir), 'utf8');
      return new Response(text, {
        status: 200,
        headers: { 'content-type': feed.type, date: new Date(asOf).toUTCString() },
      });
    }
    const route = `${url.host}${url.pathname}`;
    switch (route) {
      case 'api.binance.com/api/v3/ticker/24hr':
        return json((JSON.parse(q.get('symbols')!) as string[]).map(ticker));
      case 'api.binance.com/api/v3/klines':
        return json(klines(q.get('symbol')!, Number(q.get('limit') ?? 500)));
      case 'fapi.binance.com/fapi/v1/premiumIndex': {
        // One contract with `symbol=` (an object), every contract without; an unlisted one is 400 -1121.
        const symbol = q.get('symbol');
        if (!symbol) return json(premiumIndex());
        const row = premiumIndex().find((entry) => entry.symbol === symbol);
        return row ? json(row) : invalidSymbol();
      }
      case 'fapi.binance.com/fapi/v1/fundingInfo':
        return json(fundingInfo);
      case 'fapi.binance.com/futures/data/openInterestHist':
        return json(openInterestHist(q.get('symbol')!, Number(q.get('limit') ?? 30)));
      case 'api.coingecko.com/api/v3/global':
        return json({
          data: {
            active_cryptocurrencies: 17_842,
            upcoming_icos: 0,
            ongoing_icos: 49,
            ended_icos: 3376,
            markets: 1_412,
            total_market_cap: {
              btc: day.global.totalCapUsd / day.assets[0]!.last,
              eth: day.global.totalCapUsd / day.assets[1]!.last,
              usd: day.global.totalCapUsd,
              eur: day.global.totalCapUsd * 0.943,
            },
            total_volume: {
              btc: day.global.totalVolumeUsd / day.assets[0]!.last,
              usd: day.global.totalVolumeUsd,
              eur: day.global.totalVolumeUsd * 0.943,
            },
            market_cap_percentage: {
              btc: day.global.btcDominance,
              eth: day.global.ethDominance,
              usdt: 5.91,
              xrp: 4.43,
              bnb: 4.2,
              sol: 2.66,
              usdc: 2.44,
              doge: 0.81,
              ada: 0.59,
              trx: 0.55,
            },
            market_cap_change_percentage_24h_usd: day.global.change24h,
            updated_at: Math.floor(asOf / 1000) - 60,
          },
        });
      case 'api.coingecko.com/api/v3/coins/markets':
        return json(geckoMarkets((q.get('ids') ?? '').split(',')));
      case 'api.coingecko.com/api/v3/coins/categories':
        return json(
          day.categories.map((c) => ({
            id: c.id,
            name: c.name,
            market_cap: c.cap,
            market_cap_change_24h: c.change24h,
            content: '',
            top_3_coins_id: [],
            top_3_coins: [],
            volume_24h: c.volume,
            updated_at: new Date(asOf - 300_000).toISOString(),
          })),
        );
      default:
        return new Response(JSON.stringify({ code: -1, msg: `not modeled: ${request.url}` }), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        });
    }
  };
}

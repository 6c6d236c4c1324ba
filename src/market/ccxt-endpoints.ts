// The ccxt implicit REST endpoints each venue client defines. All others (~1,630 of 1,734) are left out of its
// describe().api, so the constructor does not build two methods for each endpoint groundbrief can never call; calling a
// left-out one throws (it is undefined).
// The list is what test/market/ccxt-endpoints.test.ts finds reachable in ccxt's source from the calls groundbrief
// makes (fetchTickers, fetchOHLCV, funding, open interest, publicGetTickerPrice and request/sign/handleErrors),
// following every this.method(...) call and quoted method name: that test fails when an upgrade reaches one more.
import type { VenueId } from './market-config.ts';

/** Binance's USD-M (fapi) and COIN-M (dapi) public endpoints kept: the same paths on both. */
const binanceFuturesPublic = [
  'aggTrades',
  'exchangeInfo',
  'fundingInfo',
  'fundingRate',
  'historicalTrades',
  'indexPriceKlines',
  'klines',
  'markPriceKlines',
  'openInterest',
  'premiumIndex',
  'premiumIndexKlines',
  'ticker/24hr',
  'time',
  'trades',
];

/** venue -> "<api path> <http method>" -> endpoint paths, as in ccxt's describe().api. */
export const keptEndpoints: Record<VenueId, Record<string, readonly string[]>> = {
  binance: {
    'dapiData get': ['openInterestHist'],
    'dapiPublic get': binanceFuturesPublic,
    'eapiPrivate get': ['position'],
    'eapiPublic get': ['exchangeInfo', 'historicalTrades', 'klines', 'openInterest', 'ticker', 'trades'],
    'fapiData get': ['openInterestHist'],
    'fapiPublic get': binanceFuturesPublic,
    'papi post': ['margin/repay-debt', 'repayLoan'],
    'public get': [
      'aggTrades',
      'exchangeInfo',
      'historicalTrades',
      'klines',
      'ticker',
      'ticker/24hr',
      'ticker/price',
      'time',
      'trades',
    ],
    'sapi get': ['capital/config/getall', 'equity/market/exchangeInfo', 'margin/allPairs', 'margin/isolated/allPairs'],
    'sapi post': ['capital/withdraw/apply'],
  },
  okx: {
    'private get': [
      'account/bills',
      'account/bills-archive',
      'account/config',
      'account/positions',
      'account/positions-history',
      'asset/bills',
      'asset/currencies',
      'trade/order',
      'trade/orders-algo-history',
      'trade/orders-algo-pending',
      'trade/orders-history',
      'trade/orders-pending',
    ],
    'private post': [
      'asset/withdrawal',
      'trade/batch-orders',
      'trade/cancel-algos',
      'trade/cancel-batch-orders',
      'trade/order',
      'trade/order-algo',
    ],
    'public get': [
      'market/candles',
      'market/history-candles',
      'market/history-index-candles',
      'market/history-mark-price-candles',
      'market/history-trades',
      'market/index-candles',
      'market/mark-price-candles',
      'market/tickers',
      'market/trades',
      'public/funding-rate',
      'public/funding-rate-history',
      'public/instruments',
      'public/open-interest',
      'public/option-trades',
      'public/time',
      'rubik/stat/contracts/open-interest-volume',
      'rubik/stat/option/open-interest-volume',
    ],
  },
  bybit: {
    'private get': [
      'v5/account/info',
      'v5/asset/coin/query-info',
      'v5/market/instruments-info',
      'v5/position/list',
      'v5/user/query-api',
    ],
    'private post': ['v5/asset/withdraw/create'],
    'public get': [
      'v5/market/funding/history',
      'v5/market/index-price-kline',
      'v5/market/instruments-info',
      'v5/market/kline',
      'v5/market/mark-price-kline',
      'v5/market/open-interest',
      'v5/market/premium-index-price-kline',
      'v5/market/recent-trade',
      'v5/market/risk-limit',
      'v5/market/tickers',
      'v5/market/time',
    ],
  },
};

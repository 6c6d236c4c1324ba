/**
 * Builds ccxt unified market structures for the watchlist pairs without calling the venue's
 * exchangeInfo endpoints (ccxt's loadMarkets would cost 1-3 requests per venue).
 * Pure: the result is handed to `exchange.setMarkets(...)`.
 */
import type { VenueId } from './market-config.ts';
export type { VenueId };

/** How each venue spells a market id for `BASE/QUOTE` spot and `BASE/QUOTE:SETTLE` linear perps. */
function marketId(venue: VenueId, base: string, quote: string, swap: boolean): string {
  if (venue === 'okx') return swap ? `${base}-${quote}-SWAP` : `${base}-${quote}`;
  return `${base}${quote}`;
}

/** A ccxt market for a unified symbol (`BTC/USDT` or `BTC/USDT:USDT`); only linear perps are supported. */
export function buildMarket(venue: VenueId, symbol: string): Record<string, unknown> {
  const [pair = '', settle] = symbol.split(':');
  const [base = '', quote = ''] = pair.split('/');
  const swap = settle !== undefined;
  const id = marketId(venue, base, quote, swap);
  return {
    id,
    lowercaseId: id.toLowerCase(),
    symbol,
    base,
    quote,
    settle: swap ? settle : undefined,
    baseId: base,
    quoteId: quote,
    settleId: swap ? settle : undefined,
    type: swap ? 'swap' : 'spot',
    spot: !swap,
    margin: false,
    swap,
    future: false,
    option: false,
    index: false,
    active: true,
    contract: swap,
    linear: swap ? true : undefined,
    inverse: swap ? false : undefined,
    // OKX quotes swap OI in contracts; its usd figure is separate, so a size of 1 keeps ccxt's maths neutral.
    contractSize: swap ? 1 : undefined,
    expiry: undefined,
    expiryDatetime: undefined,
    strike: undefined,
    optionType: undefined,
    precision: { amount: 1e-8, price: 1e-8 },
    limits: { leverage: {}, amount: {}, price: {}, cost: {} },
    created: undefined,
    info: swap && venue === 'okx' ? { instId: id, instType: 'SWAP', ctVal: '1' } : { symbol: id },
  };
}

/** Markets for the given unified symbols, ready for `exchange.setMarkets`. */
export function buildMarkets(venue: VenueId, symbols: readonly string[]): Record<string, unknown>[] {
  return [...new Set(symbols)].map((symbol) => buildMarket(venue, symbol));
}

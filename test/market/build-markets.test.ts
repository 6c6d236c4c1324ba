import { describe, expect, it } from 'vitest';
import { buildMarket } from '../../src/market/build-markets.ts';
import { classifyFailure } from '../../src/market/classify-failure.ts';
import { ExchangeHttpError } from '../../src/market/exchange-http-error.ts';
import { UpstreamNetworkError } from '../../src/lib/upstream-errors.ts';

describe('buildMarket', () => {
  it('spells market ids the way each venue does', () => {
    expect(buildMarket('binance', 'BTC/USDT')).toMatchObject({ id: 'BTCUSDT', type: 'spot', spot: true, swap: false });
    expect(buildMarket('binance', 'BTC/USDT:USDT')).toMatchObject({
      id: 'BTCUSDT',
      type: 'swap',
      linear: true,
      settle: 'USDT',
    });
    expect(buildMarket('okx', 'ETH/USDT')).toMatchObject({ id: 'ETH-USDT' });
    expect(buildMarket('okx', 'ETH/USDT:USDT')).toMatchObject({ id: 'ETH-USDT-SWAP', contract: true });
    expect(buildMarket('bybit', 'DOGE/USDT:USDT')).toMatchObject({ id: 'DOGEUSDT', swap: true });
  });
});

describe('classifyFailure', () => {
  const http = (status: number) => new ExchangeHttpError('GET', 'https://x.test/a', status, '');
  it('decides by HTTP status first, then by error type', () => {
    expect(classifyFailure(http(451))).toBe('geo-blocked');
    expect(classifyFailure(http(429))).toBe('rate-limited');
    expect(classifyFailure(http(418))).toBe('rate-limited');
    expect(classifyFailure(http(502))).toBe('http-status');
    expect(classifyFailure(new DOMException('late', 'TimeoutError'))).toBe('timeout');
    // The bounded fetch wraps a network failure; a bare TypeError is ccxt reading an answer it did not expect.
    expect(classifyFailure(new UpstreamNetworkError('x', { cause: new TypeError('fetch failed') }))).toBe('network');
    expect(classifyFailure(new TypeError("Cannot use 'in' operator to search for 'time' in <html>"))).toBe(
      'parse-error',
    );
    expect(classifyFailure(new SyntaxError('Unexpected token'))).toBe('parse-error');
    expect(classifyFailure(new RangeError('no candles'))).toBe('invalid-data');
  });
});

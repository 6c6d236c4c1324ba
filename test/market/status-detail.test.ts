import { expect, it } from 'vitest';
import { failedStatus } from '../../src/market/venue-status.ts';

it("keeps the upstream's error text after a long request URL", () => {
  const symbols = encodeURIComponent(JSON.stringify(Array.from({ length: 30 }, (_, i) => `COIN${i}USDT`)));
  const error = new Error(
    `binance GET https://api.binance.com/api/v3/ticker/24hr?symbols=${symbols} 400 Bad Request {"code":-1121,"msg":"Invalid symbol."}`,
  );
  const status = failedStatus('binance:tickers', error);
  expect(status.detail).toContain('{"code":-1121,"msg":"Invalid symbol."}');
  expect(status.detail).toContain('https://api.binance.com/api/v3/ticker/24hr?…');
  expect(status.detail!.length).toBeLessThanOrEqual(500);
  expect(failedStatus('x', new Error('y'.repeat(2000))).detail).toHaveLength(500);
});

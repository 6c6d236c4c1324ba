// Market collection against a local server that drips or floods: ccxt and CoinGecko calls end at the
// deadline or the cap (typed reasons in the statuses), and the venue is skipped for the rest of the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMarket } from '../../src/market/collect-market.ts';
import { type Fault, type FaultServer, startFaultServer } from '../lib/fault-server.ts';
import { NOW, testRegistry } from './venue-server.ts';

let fault: Fault = { kind: 'hang' };
let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer(() => fault);
});
afterAll(() => server.close());

const collect = (timeoutMs = 300) =>
  collectMarket({
    registry: testRegistry,
    now: NOW,
    fetch: (resource, init) => fetch(resource, init),
    config: {
      enableRateLimit: false,
      venues: ['binance'],
      baseUrls: { binance: server.url },
      coingecko: { baseUrl: `${server.url}/api/v3` },
      timeoutMs,
      maxResponseBytes: 256 * 1024,
    },
  });
const status = (part: Awaited<ReturnType<typeof collect>>, id: string) => part.sources.find((s) => s.id === id);

describe('collectMarket: whole-response deadline and body cap', () => {
  it('a slow drip after the headers ends at the deadline: timeout, and the venue is not asked again', async () => {
    fault = { kind: 'drip', intervalMs: 20 };
    const part = await collect();
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'timeout' });
    expect(status(part, 'binance:tickers')!.detail).toMatch(/no complete response within 300 ms/);
    expect(status(part, 'coingecko:global')).toMatchObject({ status: 'failed', reason: 'timeout' });
    // Tickers took the venue down: candles, funding and OI were not requested (3 CoinGecko + 1 tickers).
    expect(server.requests.filter((request) => request.path.startsWith('/api/v3/ticker'))).toHaveLength(1);
    expect(server.requests.filter((request) => request.path.includes('klines'))).toHaveLength(0);
    expect(part.assets.every((asset) => !asset.ticker)).toBe(true);
  });

  it('a body past the cap stops reading: too-large naming the cap', async () => {
    fault = { kind: 'huge', bytes: 8 * 1024 * 1024 };
    // A generous deadline: the cap must end the read, not the clock (a loaded CI machine streams slowly).
    const part = await collect(10_000);
    expect(status(part, 'binance:tickers')).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(status(part, 'binance:tickers')!.detail).toMatch(/cap of 262144 bytes/);
    expect(status(part, 'coingecko:categories')).toMatchObject({ status: 'failed', reason: 'too-large' });
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { RunBudgetExceededError } from '../../src/lib/upstream-errors.ts';
import { leaseVenueClient } from '../../src/market/ccxt-venues.ts';
import { collectSnapshot } from '../../src/pipeline/collect-snapshot.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';
import { sourcesOfRecording } from '../../src/recording/recorded-sources.ts';

// A Binance 24hr ticker answer for BTCUSDT, priced per fetch so each test can tell which fetch served a request.
const tickerFetch = (price: string, seen: string[]): typeof fetch => {
  return async (resource) => {
    seen.push(String(resource));
    return Response.json([{ symbol: 'BTCUSDT', lastPrice: price, closeTime: Date.now(), quoteVolume: '1' }]);
  };
};

/** A config no other test file shares (the idle clients live in the module, per isolate or test worker). */
const config = (baseUrl: string) => ({
  venue: 'binance' as const,
  symbols: ['BTC/USDT'],
  timeoutMs: 5_000,
  enableRateLimit: false,
  baseUrl,
});

describe('leaseVenueClient (one ccxt client per configuration, kept between runs)', () => {
  it('gives a released client to the next run, whose requests then go to its own fetch only', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const a = leaseVenueClient({ ...config('https://lease-a.test'), fetch: tickerFetch('100', first) });
    expect((await a.client.fetchTickers(['BTC/USDT']))['BTC/USDT']?.last).toBe(100);
    a.release();
    const b = leaseVenueClient({ ...config('https://lease-a.test'), fetch: tickerFetch('200', second) });
    expect([a.reused, b.reused]).toEqual([false, true]);
    expect((await b.client.fetchTickers(['BTC/USDT']))['BTC/USDT']?.last).toBe(200);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second[0]).toMatch(/^https:\/\/lease-a\.test\/api\/v3\/ticker\/24hr\?/);
    b.release();
  });

  it('builds a second client for a concurrent run and another one for another configuration', () => {
    const a = leaseVenueClient({ ...config('https://lease-b.test'), fetch: tickerFetch('1', []) });
    const b = leaseVenueClient({ ...config('https://lease-b.test'), fetch: tickerFetch('1', []) });
    const c = leaseVenueClient({ ...config('https://lease-b.test'), timeoutMs: 6_000, fetch: tickerFetch('1', []) });
    expect([a.reused, b.reused, c.reused]).toEqual([false, false, false]);
    for (const lease of [a, b, c]) lease.release();
    const d = leaseVenueClient({ ...config('https://lease-b.test'), fetch: tickerFetch('1', []) });
    const e = leaseVenueClient({ ...config('https://lease-b.test'), fetch: tickerFetch('1', []) });
    const f = leaseVenueClient({ ...config('https://lease-b.test'), fetch: tickerFetch('1', []) });
    // two idle clients of that configuration (a's and b's), then a new one
    expect([d.reused, e.reused, f.reused]).toEqual([true, true, false]);
    for (const lease of [d, e, f]) lease.release();
  });

  it('refuses calls through a released lease (they reach no fetch)', () => {
    const seen: string[] = [];
    const a = leaseVenueClient({ ...config('https://lease-c.test'), fetch: tickerFetch('1', seen) });
    a.release();
    expect(() => a.client.fetchTickers(['BTC/USDT'])).toThrow(/fetchTickers called after its run released it/);
    expect(seen).toEqual([]);
  });

  it('drops a client released with a request in flight; the late answer still reaches its own run', async () => {
    let answer: (response: Response) => void = () => {};
    const pending = new Promise<Response>((resolve) => {
      answer = resolve;
    });
    const a = leaseVenueClient({ ...config('https://lease-d.test'), fetch: () => pending });
    const late = a.client.fetchTickers(['BTC/USDT']);
    a.release();
    const seen: string[] = [];
    const b = leaseVenueClient({ ...config('https://lease-d.test'), fetch: tickerFetch('2', seen) });
    expect(b.reused).toBe(false);
    answer(Response.json([{ symbol: 'BTCUSDT', lastPrice: '7', closeTime: Date.now(), quoteVolume: '1' }]));
    expect((await late)['BTC/USDT']?.last).toBe(7);
    expect(seen).toEqual([]);
    b.release();
    // the dropped client never comes back, the released one does
    const c = leaseVenueClient({ ...config('https://lease-d.test'), fetch: tickerFetch('3', []) });
    const d = leaseVenueClient({ ...config('https://lease-d.test'), fetch: tickerFetch('3', []) });
    expect([c.reused, d.reused]).toEqual([true, false]);
    c.release();
    d.release();
  });
});

// The lease inside a whole collection (collectMarket through collectSnapshot), over the fixtures day's recording: the
// clients an isolate keeps must give every run the same data, whatever the runs before it did.
describe('leased clients across whole collections (fixtures day replayed)', () => {
  const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const replay = async (options: { delayMs?: number; signal?: AbortSignal } = {}) => {
    const { recording, bodies } = await readRecordingDir(join(fixtures, 'day'));
    const replayFetch = buildReplayFetch(recording, bodies);
    const fetch: typeof globalThis.fetch = async (resource, init) => {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      return replayFetch(resource, init);
    };
    const { snapshot } = await collectSnapshot({
      registry: defaultRegistry,
      sources: sourcesOfRecording(recording),
      fetch,
      now: new Date(recording.asOf),
      editionDate: recording.editionDate,
      config: { enableRateLimit: false },
      elapsedMs: () => 0,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return snapshot;
  };
  const committed = async () => JSON.parse(await readFile(join(fixtures, 'day.snapshot.json'), 'utf8'));

  it('two concurrent runs, then a run after a cut one, each collect exactly the committed day', async () => {
    const expected = await committed();
    const [a, b] = await Promise.all([replay({ delayMs: 1 }), replay({ delayMs: 2 })]);
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
    // a run whose budget cuts the collection while requests are in flight: partial, sources failed as timeout
    const cut = new AbortController();
    const partial = replay({ delayMs: 20, signal: cut.signal });
    setTimeout(() => cut.abort(new RunBudgetExceededError(1)), 30);
    expect((await partial).sources.some((source) => source.status !== 'ok')).toBe(true);
    // the next run, on the clients the earlier runs gave back, is whole again
    expect(await replay()).toEqual(expected);
  }, 60_000);
});

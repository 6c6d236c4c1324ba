import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import binance from '../../node_modules/ccxt/js/src/binance.js';
import bybit from '../../node_modules/ccxt/js/src/bybit.js';
import okx from '../../node_modules/ccxt/js/src/okx.js';
import { keptEndpoints } from '../../src/market/ccxt-endpoints.ts';
import { createVenueClient } from '../../src/market/ccxt-venues.ts';
import type { VenueId } from '../../src/market/market-config.ts';

type Full = new (options: object) => Record<string, unknown>;
const classes = { binance, okx, bybit } as unknown as Record<VenueId, Full>;

/** Every implicit method name of the untrimmed ccxt class -> "<api path> <http method> <endpoint path>". */
function implicitEndpoints(Exchange: Full): Map<string, string> {
  const endpoints = new Map<string, string>();
  // ccxt calls defineRestApiEndpoint once per endpoint; the names it adds are that endpoint's two methods.
  class Recording extends (Exchange as unknown as new (
    options: object,
  ) => {
    defineRestApiEndpoint(...args: unknown[]): void;
  }) {
    override defineRestApiEndpoint(...args: unknown[]) {
      const before = new Set(Object.keys(this));
      super.defineRestApiEndpoint(...args);
      const [, , lowercaseMethod, , path, paths] = args as [unknown, unknown, string, unknown, string, string[]];
      for (const key of Object.keys(this))
        if (!before.has(key)) endpoints.set(key, [...paths, lowercaseMethod, path.trim()].join(' '));
    }
  }
  new Recording({});
  return endpoints;
}

/** Method name -> its source text, for every method of a compiled ccxt class file (4-space indented members). */
function methodBodies(file: string): Map<string, string> {
  const source = readFileSync(new URL(`../../node_modules/ccxt/js/src/${file}`, import.meta.url), 'utf8');
  const bodies = new Map<string, string>();
  for (const match of source.matchAll(/^ {4}(?:async )?(\w+)\(.*\) \{$/gm)) {
    const end = source.indexOf('\n    }\n', match.index);
    bodies.set(match[1]!, (bodies.get(match[1]!) ?? '') + source.slice(match.index, end));
  }
  return bodies;
}

/** What groundbrief calls on a venue client (src/market), plus what ccxt runs for every implicit request. */
const roots = [
  'fetchTickers',
  'fetchOHLCV',
  'fetchFundingRates',
  'fetchFundingRate',
  'fetchFundingIntervals',
  'fetchFundingRateHistory',
  'fetchOpenInterest',
  'fetchOpenInterestHistory',
  'publicGetTickerPrice',
  'setMarkets',
  'market',
  'request',
  'fetch2',
  'sign',
  'handleErrors',
];

/**
 * The endpoints reachable from `roots` in ccxt's source: every `this.x(` / `super.x(` call is followed through the
 * venue's methods and the base class's, and every implicit method named by a call or a quoted string (ccxt picks some
 * endpoints from options or passes method names as strings) counts; the venue's describe() options are scanned too.
 * An over-approximation: most of these are never reached for spot pairs and linear perps.
 */
function reachableEndpoints(venue: VenueId): Set<string> {
  const endpoints = implicitEndpoints(classes[venue]);
  const own = methodBodies(`${venue}.js`);
  const base = methodBodies('base/Exchange.js');
  const reached = new Set<string>();
  const visited = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (visited.has(name)) continue;
    visited.add(name);
    if (endpoints.has(name)) reached.add(endpoints.get(name)!);
    for (const body of [own.get(name), base.get(name)])
      for (const [, called, quoted] of (body ?? '').matchAll(/(?:this|super)\.(\w+)\(|'(\w+)'/g)) {
        const id = (called ?? quoted)!;
        if (endpoints.has(id)) reached.add(endpoints.get(id)!);
        else if (own.has(id) || base.has(id)) stack.push(id);
      }
  }
  for (const [word] of (own.get('describe') ?? '').matchAll(/\w+/g))
    if (endpoints.has(word)) reached.add(endpoints.get(word)!);
  return reached;
}

/** Every method src/market calls on a venue client (`client.x(`), read from the source text. */
function methodsCalledInSource(): string[] {
  const dir = new URL('../../src/market/', import.meta.url);
  const called = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')))
    for (const [, name] of readFileSync(new URL(file, dir), 'utf8').matchAll(/\bclient\.(\w+)\(/g)) called.add(name!);
  return [...called].sort();
}

describe('the roots of the reachability walk', () => {
  // A call added to src/market but not to `roots` would leave its endpoints unchecked (and, cut, undefined at run time).
  it('hold every method src/market calls on a venue client', () => {
    const called = methodsCalledInSource();
    expect(called.length).toBeGreaterThan(5);
    expect(called.filter((name) => !roots.includes(name))).toEqual([]);
  });
});

const keptList = (venue: VenueId) =>
  Object.entries(keptEndpoints[venue]).flatMap(([branch, paths]) => paths.map((path) => `${branch} ${path}`));

describe.each(['binance', 'okx', 'bybit'] as const)(
  'the %s client keeps every endpoint its calls can reach',
  (venue) => {
    it('keeps each endpoint reachable in ccxt from what groundbrief calls', () => {
      const reached = reachableEndpoints(venue);
      expect(reached.size).toBeGreaterThan(10);
      expect([...reached].filter((endpoint) => !keptList(venue).includes(endpoint)).sort()).toEqual([]);
    });

    it('defines exactly the kept endpoints (each exists in ccxt), and a left-out one throws when called', () => {
      const endpoints = implicitEndpoints(classes[venue]);
      const client = createVenueClient({
        venue,
        symbols: ['BTC/USDT', 'BTC/USDT:USDT'],
        fetch: () => Promise.reject(new Error('no request expected')),
        timeoutMs: 1_000,
        enableRateLimit: false,
      }) as unknown as Record<string, unknown>;
      const defined = new Set(
        [...endpoints].filter(([name]) => typeof client[name] === 'function').map(([, endpoint]) => endpoint),
      );
      expect([...defined].sort()).toEqual([...keptList(venue)].sort());
      const leftOut = [...endpoints.keys()].find((name) => !keptList(venue).includes(endpoints.get(name)!))!;
      expect(() => (client[leftOut] as () => unknown)()).toThrow(TypeError);
    });
  },
);

import { describe, expect, it } from 'vitest';
import { factsSheetSchema } from '../../src/domain/fact.ts';
import { registrySchema } from '../../src/domain/registry.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { indexFacts } from '../../src/metrics/facts-index.ts';
import { AS_OF, AS_OF_MS, asset, candlesFromCloses, inProgressCandle, snapshot, ticker } from './authored-market.ts';

const config = (id: string, perp = false) => ({
  id,
  symbol: id.toUpperCase(),
  name: `Asset ${id}`,
  aliases: [],
  coingeckoId: id,
  pair: `${id.toUpperCase()}/USDT`,
  ...(perp ? { perp: `${id.toUpperCase()}/USDT:USDT` } : {}),
});
const registry = registrySchema.parse({
  assets: [config('aaa', true), config('bbb'), config('ccc'), config('eee')],
  sectors: [
    { id: 's1', name: 'Sector One', aliases: [], coingeckoCategory: 'one', members: ['aaa', 'bbb'] },
    { id: 's2', name: 'Sector Two', aliases: [], coingeckoCategory: 'two', members: ['bbb', 'ccc'] },
  ],
});

// aaa: 31 completed closes of 100 except 2025-11-04 (7 days before the latest completed day) = 88.
const aaaCloses = Array.from({ length: 31 }, (_, i) => (i === 23 ? 88 : 100));
const market = snapshot({
  assets: [
    asset('aaa', {
      ticker: ticker(110, 100), // 24h: 110/100 - 1 = +10 %
      candles: [...candlesFromCloses(aaaCloses), inProgressCandle(110)],
      marketCapUsd: 1_100,
      perp: {
        venue: 'binance',
        fundingRatePct: 0.01,
        fundingIntervalHours: 8,
        openInterestUsd: 500,
        openInterestUsd24hAgo: 400,
        timestamp: AS_OF_MS,
      },
    }),
    // bbb: only 10 completed candles -> 7d facts, no 30d facts; 24h: 45/50 - 1 = -10 %
    asset('bbb', {
      ticker: ticker(45, 50),
      candles: candlesFromCloses(Array.from({ length: 10 }, () => 50)),
      marketCapUsd: 450,
    }),
    // ccc: a ticker only, no cap, no candles; 24h: 2/1 - 1 = +100 %
    asset('ccc', { ticker: ticker(2, 1) }),
    asset('ddd', { ticker: ticker(1, 1) }), // not in the registry
  ],
  categories: [{ sectorId: 's1', categoryId: 'one', marketCapUsd: 9_000, marketCapChange24hPct: -1.5 }],
  global: { totalMarketCapUsd: 3e12, marketCapChange24hPct: -2.1, btcDominancePct: 58.2 },
});

describe('buildFactsSheet on an authored snapshot', () => {
  const sheet = buildFactsSheet({ snapshot: market, registry, clusters: [] });
  const facts = indexFacts(sheet);
  const value = (id: string) => facts.get(id)?.value;

  it('is a valid sheet with unique ids, the snapshot clock and finite values', () => {
    expect(() => factsSheetSchema.parse(sheet)).not.toThrow();
    expect(facts.size).toBe(sheet.facts.length);
    for (const fact of sheet.facts) {
      expect(fact.asOf).toBe(AS_OF);
      expect(Number.isFinite(fact.value)).toBe(true);
    }
  });

  it('asset facts from the ticker and candles', () => {
    expect(value('aaa.price')).toBe(110);
    expect(value('aaa.change_24h')).toBeCloseTo(10, 10);
    expect(value('aaa.change_7d')).toBeCloseTo(25, 10); // 110 / 88 - 1 = 0.25
    expect(value('aaa.change_30d')).toBeCloseTo(10, 10); // 2025-10-12 close 100: 110/100 - 1
    expect(facts.get('aaa.change_7d')?.source).toContain('2025-11-04');
    // 110 / 15 = 7.33 -> step 5; 110 sits on a level, so support 105 and resistance 115
    expect([value('aaa.support'), value('aaa.resistance')]).toEqual([105, 115]);
    expect([value('aaa.swing_high_30d'), value('aaa.swing_low_30d')]).toEqual([100, 88]);
    expect(value('aaa.volatility_30d')).toBeGreaterThan(0);
    expect(value('aaa.market_cap')).toBe(1_100);
  });

  it('fewer candles than the window -> that fact is absent, the shorter windows stay', () => {
    expect(value('bbb.change_7d')).toBeCloseTo(-10, 10); // 45 / 50 - 1
    expect(value('bbb.volatility_7d')).toBe(0); // constant closes: a real zero, not a missing value
    for (const id of ['bbb.change_30d', 'bbb.volatility_30d', 'bbb.swing_high_30d', 'bbb.swing_low_30d'])
      expect(facts.has(id)).toBe(false);
    for (const id of ['ccc.change_7d', 'ccc.volume_ratio_7d', 'ccc.volatility_7d', 'ccc.market_cap'])
      expect(facts.has(id)).toBe(false);
    expect(value('ccc.change_24h')).toBeCloseTo(100, 10);
  });

  it('no perp -> no leverage facts; missing OI history -> no change fact', () => {
    expect([...facts.keys()].filter((id) => /^(bbb|ccc)\.(funding|open_interest|oi_)/.test(id))).toEqual([]);
    expect(value('aaa.funding_rate')).toBe(0.01);
    expect(value('aaa.funding_apr')).toBeCloseTo(10.95, 10); // 0.01 x 3 x 365
    expect(value('aaa.oi_change_24h')).toBeCloseTo(25, 10); // 500 / 400 - 1
    expect(facts.has('aaa.oi_change_7d')).toBe(false);
    expect(value('market.open_interest')).toBe(500);
    expect(value('market.funding_avg')).toBeCloseTo(0.01, 12);
    expect(facts.has('market.oi_change_7d')).toBe(false);
  });

  it('assets outside the registry or missing from the snapshot have no facts', () => {
    expect([...facts.keys()].filter((id) => id.startsWith('ddd.') || id.startsWith('eee.'))).toEqual([]);
  });

  it('sector change is cap-weighted when every member has a cap, equal-weighted otherwise, and the source says so', () => {
    // s1: aaa +10 % (cap 1,100 -> start 1,000), bbb -10 % (cap 450 -> start 500): 1,550 / 1,500 - 1 = 3.333 %
    expect(value('sector.s1.change_24h')).toBeCloseTo(10 / 3, 10);
    expect(facts.get('sector.s1.change_24h')?.source).toMatch(/cap-weighted/);
    expect(value('sector.s1.market_cap')).toBe(1_550);
    expect(value('sector.s1.market_cap_change_24h')).toBeCloseTo(50, 9);
    // s2: bbb -10 %, ccc +100 % without a cap: (-10 + 100) / 2 = 45
    expect(value('sector.s2.change_24h')).toBeCloseTo(45, 10);
    expect(facts.get('sector.s2.change_24h')?.source).toMatch(/equal-weighted.*no market cap for ccc/);
    expect(facts.has('sector.s2.market_cap')).toBe(false);
    expect(facts.get('sector.s2.best_24h')).toMatchObject({ value: 100, related: 'ccc' });
    expect(facts.get('sector.s2.worst_24h')?.related).toBe('bbb');
    expect(value('sector.s2.worst_24h')).toBeCloseTo(-10, 10); // 45/50 - 1 in doubles is -9.999999999999998
    // The label names the weighting for the writer.
    expect(facts.get('sector.s2.change_24h')?.label).toMatch(/24h change \(equal-weighted\)$/);
    expect(facts.get('sector.s1.change_24h')?.label).toMatch(/24h change$/);
    // s2 7d: only bbb has a 7d change (ccc has no candles): 1 of 2 is under the 2/3 minimum, no 7d sector facts.
    expect([...facts.keys()].filter((id) => id.startsWith('sector.s2.') && id.endsWith('_7d'))).toEqual([]);
  });

  it('market and category facts', () => {
    expect(value('market.total_cap')).toBe(3e12);
    expect(value('market.cap_change_24h')).toBe(-2.1);
    expect(value('market.btc_dominance')).toBe(58.2);
    expect(facts.has('market.volume_24h')).toBe(false); // not given -> absent
    expect([value('market.advancers_24h'), value('market.decliners_24h')]).toEqual([2, 1]); // aaa, ccc up; bbb down; ddd ignored
    expect(value('sector.s1.category_cap')).toBe(9_000);
    expect(value('sector.s1.category_change_24h')).toBe(-1.5);
    expect(facts.has('sector.s2.category_cap')).toBe(false);
  });
});

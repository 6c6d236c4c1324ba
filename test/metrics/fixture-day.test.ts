import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { Fact } from '../../src/domain/fact.ts';
import type { MarketSnapshot } from '../../src/domain/market-snapshot.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { expectSheetInvariants } from './sheet-invariants.ts';

const DAY = 86_400_000;
const fixtureDir = new URL('../../fixtures/day/', import.meta.url);

// The bundled fixtures day (fixtures/day/recording.json + raw bodies), replayed through the real parsers.
describe('facts sheet of fixtures/day', () => {
  let snapshot: MarketSnapshot;
  let facts: Map<string, Fact>;
  let dayStart: number;
  beforeAll(async () => {
    snapshot = await loadSnapshot(fixtureDir.pathname);
    const sheet = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters: [] });
    facts = expectSheetInvariants(sheet, snapshot, defaultRegistry);
    // 00:00 UTC of the asOf day: candles opening before it (by whole days) are completed
    dayStart = Math.floor(Date.parse(snapshot.asOf) / DAY) * DAY;
  });
  const value = (id: string) => facts.get(id)?.value;
  const raw = (id: string) => snapshot.assets.find((asset) => asset.id === id)!;
  const closeOn = (id: string, daysBack: number) =>
    raw(id).candles.find((candle) => candle[0] === dayStart - daysBack * DAY)?.[4];

  it('has facts for every watchlist asset with a ticker and all six sectors', () => {
    const withTicker = defaultRegistry.assets.filter((config) =>
      snapshot.assets.some((asset) => asset.id === config.id && asset.ticker),
    );
    expect(withTicker.length).toBeGreaterThanOrEqual(30);
    for (const config of withTicker)
      for (const metric of ['price', 'change_24h', 'change_7d', 'change_30d', 'volatility_7d', 'volatility_30d'])
        expect(facts.has(`${config.id}.${metric}`), `${config.id}.${metric}`).toBe(true);
    expect(defaultRegistry.sectors).toHaveLength(6);
    for (const sector of defaultRegistry.sectors)
      for (const metric of ['change_24h', 'change_7d', 'best_24h', 'worst_24h', 'advancers_24h'])
        expect(facts.has(`sector.${sector.id}.${metric}`), `sector.${sector.id}.${metric}`).toBe(true);
    for (const id of ['market.total_cap', 'market.advancers_24h', 'market.funding_avg', 'market.open_interest'])
      expect(facts.has(id), id).toBe(true);
  });

  it('BTC changes recomputed from the raw ticker and candles', () => {
    const btc = raw('btc');
    expect(value('btc.change_24h')).toBeCloseTo((btc.ticker!.last / btc.ticker!.open24h - 1) * 100, 10);
    // 7d: the close of the candle that opened 8 days before the asOf day, i.e. the price at 00:00 UTC 7 days back
    expect(value('btc.change_7d')).toBeCloseTo((btc.ticker!.last / closeOn('btc', 8)! - 1) * 100, 10);
    expect(value('btc.change_30d')).toBeCloseTo((btc.ticker!.last / closeOn('btc', 31)! - 1) * 100, 10);
  });

  it('ETH 30d volatility and volume ratio recomputed', () => {
    const closes = Array.from({ length: 31 }, (_, i) => closeOn('eth', 31 - i)!);
    const returns = closes.slice(1).map((close, i) => Math.log(close / closes[i]!));
    const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
    const sd = Math.sqrt(returns.reduce((a, r) => a + (r - mean) ** 2, 0) / (returns.length - 1));
    expect(value('eth.volatility_30d')).toBeCloseTo(sd * Math.sqrt(365) * 100, 8);
    const volumes = raw('eth')
      .candles.filter((c) => c[0] >= dayStart - 7 * DAY && c[0] < dayStart)
      .map((c) => c[5]);
    expect(volumes).toHaveLength(7);
    expect(value('eth.volume_ratio_7d')).toBeCloseTo(
      raw('eth').ticker!.quoteVolume24h / (volumes.reduce((a, b) => a + b, 0) / 7),
      10,
    );
  });

  it('sector and market aggregates recomputed', () => {
    // Every AI member of the fixtures day has a CoinGecko cap and a ticker, so the sector is cap-weighted.
    const ai = defaultRegistry.sectors.find((sector) => sector.id === 'ai')!.members.map(raw);
    expect(ai.map((asset) => asset.marketCapUsd !== undefined && asset.ticker !== undefined)).toEqual(
      ai.map(() => true),
    );
    const now = ai.reduce((sum, asset) => sum + asset.marketCapUsd!, 0);
    const start = ai.reduce(
      (sum, asset) => sum + asset.marketCapUsd! * (asset.ticker!.open24h / asset.ticker!.last),
      0,
    );
    expect(value('sector.ai.market_cap')).toBeCloseTo(now, 0);
    expect(value('sector.ai.change_24h')).toBeCloseTo((now / start - 1) * 100, 8);
    expect(facts.get('sector.ai.change_24h')!.source).toMatch(/cap-weighted .* over 7\/7 members/);
    const perps = snapshot.assets.filter(
      (asset) => asset.perp && defaultRegistry.assets.some((config) => config.id === asset.id),
    );
    expect(value('market.open_interest')).toBeCloseTo(
      perps.reduce((sum, asset) => sum + asset.perp!.openInterestUsd, 0),
      0,
    );
    expect(value('market.total_cap')).toBe(snapshot.global?.totalMarketCapUsd);
    const up = snapshot.assets.filter(
      (asset) =>
        asset.ticker &&
        asset.ticker.last > asset.ticker.open24h &&
        defaultRegistry.assets.some((c) => c.id === asset.id),
    );
    expect(value('market.advancers_24h')).toBe(up.length);
  });
});

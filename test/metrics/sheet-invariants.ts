// Invariants every facts sheet must hold, shared by the property test and the fixture-day test (not a test file).
import { expect } from 'vitest';
import { factsSheetSchema, type Fact, type FactsSheet } from '../../src/domain/fact.ts';
import type { MarketSnapshot } from '../../src/domain/market-snapshot.ts';
import type { Registry } from '../../src/domain/registry.ts';
import { sectorMinMembers } from '../../src/metrics/compute-sectors.ts';

const unitOf: Record<string, Fact['unit']> = {
  price: 'usd',
  change: 'pct',
  high: 'usd',
  low: 'usd',
  volume: 'usd',
  volume_ratio: 'ratio',
  volatility: 'pct',
  support: 'usd',
  resistance: 'usd',
  swing_high: 'usd',
  swing_low: 'usd',
  market_cap: 'usd',
  market_cap_start: 'usd',
  market_cap_change: 'usd',
  dominance: 'pct',
  advancers: 'count',
  decliners: 'count',
  members: 'count',
  funding_rate: 'pct',
  funding_apr: 'pct',
  open_interest: 'usd',
  oi_change: 'pct',
  best_change: 'pct',
  worst_change: 'pct',
};

export function expectSheetInvariants(
  sheet: FactsSheet,
  snapshot: MarketSnapshot,
  registry: Registry,
): Map<string, Fact> {
  expect(() => factsSheetSchema.parse(sheet)).not.toThrow();
  const byId = new Map<string, Fact>();
  for (const fact of sheet.facts) {
    expect(byId.has(fact.id), `duplicate id ${fact.id}`).toBe(false);
    byId.set(fact.id, fact);
    expect(Number.isFinite(fact.value), `${fact.id} = ${fact.value}`).toBe(true);
    expect(fact.asOf).toBe(snapshot.asOf);
    expect(fact.unit, fact.id).toBe(unitOf[fact.metric]);
    expect(fact.id).toMatch(/^(market|sector\.[a-z0-9-]+|[a-z0-9]+)\.[a-z0-9_]+$/);
    if (fact.unit === 'count') expect(Number.isInteger(fact.value) && fact.value >= 0, fact.id).toBe(true);
    expect(fact.source.length, fact.id).toBeGreaterThan(0);
  }
  const value = (id: string) => byId.get(id)?.value;
  for (const config of registry.assets) {
    const asset = snapshot.assets.find((entry) => entry.id === config.id);
    if (asset?.ticker) {
      expect(value(`${config.id}.price`)).toBe(asset.ticker.last);
      expect(byId.has(`${config.id}.change_24h`), `${config.id}.change_24h`).toBe(true);
      expect(value(`${config.id}.support`)!).toBeLessThan(asset.ticker.last);
      expect(value(`${config.id}.resistance`)!).toBeGreaterThan(asset.ticker.last);
    } else {
      expect(byId.has(`${config.id}.price`)).toBe(false);
    }
    if (!asset?.perp) expect(byId.has(`${config.id}.funding_rate`)).toBe(false);
    if (byId.has(`${config.id}.swing_high_30d`))
      expect(value(`${config.id}.swing_low_30d`)!).toBeLessThanOrEqual(value(`${config.id}.swing_high_30d`)!);
  }
  for (const sector of registry.sectors) {
    const withTicker = sector.members.filter((id) => snapshot.assets.some((asset) => asset.id === id && asset.ticker));
    // Stated only with at least 2/3 of the members (docs/metrics.md, minimum coverage).
    expect(byId.has(`sector.${sector.id}.change_24h`), `sector.${sector.id}.change_24h`).toBe(
      withTicker.length >= sectorMinMembers(sector.members.length),
    );
    for (const window of ['24h', '7d', '30d']) {
      const change = value(`sector.${sector.id}.change_${window}`);
      if (change === undefined) continue;
      const slack = 1e-9 * Math.max(1, Math.abs(change));
      expect(change).toBeLessThanOrEqual(value(`sector.${sector.id}.best_${window}`)! + slack);
      expect(change).toBeGreaterThanOrEqual(value(`sector.${sector.id}.worst_${window}`)! - slack);
      expect(
        value(`sector.${sector.id}.advancers_${window}`)! + value(`sector.${sector.id}.decliners_${window}`)!,
      ).toBeLessThanOrEqual(sector.members.length);
    }
  }
  return byId;
}

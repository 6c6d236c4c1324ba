import type { FactsSheet } from '../domain/fact.ts';
import type { HeadlineCluster } from '../domain/headline.ts';
import type { MarketSnapshot, Perp } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import { buildAssetFacts } from './build-asset-facts.ts';
import { buildMarketFacts } from './build-market-facts.ts';
import { buildSectorFacts } from './build-sector-facts.ts';
import { computeAssetMetrics, type AssetMetrics } from './compute-asset-metrics.ts';
import { computeBreadth } from './compute-breadth.ts';
import { computeMarketLeverage } from './compute-leverage.ts';
import { computeSector } from './compute-sectors.ts';
import { FactCollector } from './make-fact.ts';

/**
 * Turns one snapshot into the facts sheet: every number a brief may state, each a Fact with a stable
 * id (docs/facts.md), unit, label, asOf (= snapshot.asOf) and source. Pure: the snapshot's asOf is
 * the only clock. Order: market facts, then assets in registry order, then sectors in registry order.
 * Registry assets missing from the snapshot get no facts; snapshot assets outside the registry are
 * ignored. Data that is missing yields no fact (never 0 or NaN); values keep full precision.
 */
export function buildFactsSheet(input: {
  snapshot: MarketSnapshot;
  registry: Registry;
  clusters: HeadlineCluster[];
}): FactsSheet {
  const { snapshot, registry, clusters } = input;
  const asOfMs = Date.parse(snapshot.asOf);
  const byId = new Map(snapshot.assets.map((asset) => [asset.id, asset]));
  const metrics = new Map<string, AssetMetrics>();
  for (const config of registry.assets) {
    const asset = byId.get(config.id);
    if (asset) metrics.set(config.id, computeAssetMetrics(asset, asOfMs));
  }

  const perps: Perp[] = [];
  const perpIds: string[] = [];
  for (const config of registry.assets) {
    const perp = byId.get(config.id)?.perp;
    if (perp) {
      perps.push(perp);
      perpIds.push(config.id);
    }
  }

  const out = new FactCollector(snapshot.asOf);
  buildMarketFacts({
    global: snapshot.global,
    breadth: computeBreadth(metrics.values(), '24h'),
    leverage: computeMarketLeverage(perps),
    perpIds,
    out,
  });
  for (const config of registry.assets) {
    const asset = byId.get(config.id);
    const assetMetrics = metrics.get(config.id);
    if (asset && assetMetrics) buildAssetFacts({ config, asset, metrics: assetMetrics, out });
  }
  for (const config of registry.sectors) {
    const category = snapshot.categories.find((entry) => entry.sectorId === config.id);
    buildSectorFacts({ config, metrics: computeSector(config, metrics), category, registry, out });
  }
  return {
    asOf: snapshot.asOf,
    editionDate: snapshot.editionDate,
    facts: out.facts,
    clusters,
    sources: snapshot.sources,
  };
}

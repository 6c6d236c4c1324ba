// Snapshot -> facts sheet in one call: cluster the headlines at the snapshot's own time, then compute every fact.
import type { FactsSheet } from '../domain/fact.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import { clusterHeadlines } from '../sources/cluster-headlines.ts';
import { buildFactsSheet } from './build-facts-sheet.ts';

/**
 * The facts sheet of one snapshot: headlines clustered with `snapshot.asOf` as "now" (the snapshot is the only
 * clock), then `buildFactsSheet`. Pure; the same snapshot and registry always give the same sheet.
 */
export function sheetFromSnapshot(input: { snapshot: MarketSnapshot; registry: Registry }): FactsSheet {
  const { snapshot, registry } = input;
  const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry, now: new Date(snapshot.asOf) });
  return buildFactsSheet({ snapshot, registry, clusters });
}

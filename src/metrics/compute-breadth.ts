import type { Window } from '../domain/units.ts';
import type { AssetMetrics } from './compute-asset-metrics.ts';

/** Breadth over one window: how many assets rose (change > 0), fell (< 0) and were flat, of `total` with data. */
export type Breadth = { advancers: number; decliners: number; unchanged: number; total: number };

/** Market breadth over the watchlist assets that have a change for `window`; undefined when none do. */
export function computeBreadth(metrics: Iterable<AssetMetrics>, window: Window): Breadth | undefined {
  const breadth: Breadth = { advancers: 0, decliners: 0, unchanged: 0, total: 0 };
  for (const asset of metrics) {
    const change = asset.change[window];
    if (change === undefined) continue;
    breadth.total += 1;
    if (change > 0) breadth.advancers += 1;
    else if (change < 0) breadth.decliners += 1;
    else breadth.unchanged += 1;
  }
  return breadth.total > 0 ? breadth : undefined;
}

import type { EntityRef } from '../domain/fact.ts';
import type { CategorySnapshot } from '../domain/market-snapshot.ts';
import type { Registry, SectorConfig } from '../domain/registry.ts';
import { WINDOWS, type SectorMetrics, type SectorWindow } from './compute-sectors.ts';
import type { FactCollector } from './make-fact.ts';

/** Adds every fact of one sector (ids `sector.<s>.<metric>[_window]`, see docs/facts.md) to `out`. */
export function buildSectorFacts(input: {
  config: SectorConfig;
  metrics: SectorMetrics;
  category: CategorySnapshot | undefined;
  registry: Registry;
  out: FactCollector;
}): void {
  const { config, metrics, category, registry, out } = input;
  const entity: EntityRef = { kind: 'sector', id: config.id, name: config.name };
  const add = out.add.bind(out, entity);
  const s = `sector.${config.id}`;
  const name = `${config.name} sector`;
  const symbol = (id: string) => registry.assets.find((asset) => asset.id === id)?.symbol ?? id.toUpperCase();
  const all = config.members.length;

  const day = metrics.windows['24h'];
  add({
    id: `${s}.members`,
    metric: 'members',
    value: day?.members.length,
    unit: 'count',
    label: `${name} members with data`,
    source: `computed: members with a ticker, of ${all}`,
  });
  add({
    id: `${s}.market_cap`,
    metric: 'market_cap',
    value: metrics.marketCap,
    unit: 'usd',
    label: `${name} market cap (watchlist members)`,
    source: `computed: sum of ${all} member caps (coingecko:/coins/markets)`,
  });

  for (const window of WINDOWS) {
    const w: SectorWindow | undefined = metrics.windows[window];
    if (!w) continue;
    const basis = describeBasis(w, all);
    add({
      id: `${s}.change_${window}`,
      metric: 'change',
      window,
      value: w.change,
      unit: 'pct',
      label: `${name} ${window} change${basis ? ` (${basis})` : ''}`,
      source: weightingSource(w, all),
      ...(basis ? { basis } : {}),
    });
    add({
      id: `${s}.best_${window}`,
      metric: 'best_change',
      window,
      value: w.best.change,
      unit: 'pct',
      related: w.best.id,
      label: `${name} best ${window} member (${symbol(w.best.id)})`,
      source: `computed: highest member ${window} change of ${w.members.length}`,
    });
    add({
      id: `${s}.worst_${window}`,
      metric: 'worst_change',
      window,
      value: w.worst.change,
      unit: 'pct',
      related: w.worst.id,
      label: `${name} worst ${window} member (${symbol(w.worst.id)})`,
      source: `computed: lowest member ${window} change of ${w.members.length}`,
    });
    add({
      id: `${s}.advancers_${window}`,
      metric: 'advancers',
      window,
      value: w.advancers,
      unit: 'count',
      label: `${name} members up over ${window}`,
      source: `computed: members with ${window} change > 0, of ${w.members.length}`,
    });
    add({
      id: `${s}.decliners_${window}`,
      metric: 'decliners',
      window,
      value: w.decliners,
      unit: 'count',
      label: `${name} members down over ${window}`,
      source: `computed: members with ${window} change < 0, of ${w.members.length}`,
    });
    const capSource = `computed: member caps scaled by price ratio over ${window} (constant supply)`;
    add({
      id: `${s}.market_cap_start_${window}`,
      metric: 'market_cap_start',
      window,
      value: w.capStart,
      unit: 'usd',
      label: `${name} market cap ${window} ago`,
      source: capSource,
    });
    add({
      id: `${s}.market_cap_change_${window}`,
      metric: 'market_cap_change',
      window,
      value: w.capChange,
      unit: 'usd',
      label: `${name} market cap change over ${window}`,
      source: capSource,
    });
  }

  if (!category) return;
  const categorySource = `coingecko:/coins/categories ${category.categoryId}`;
  add({
    id: `${s}.category_cap`,
    metric: 'market_cap',
    value: category.marketCapUsd,
    unit: 'usd',
    label: `${name} market cap (CoinGecko category)`,
    source: `${categorySource} market_cap`,
  });
  add({
    id: `${s}.category_change_24h`,
    metric: 'change',
    window: '24h',
    value: category.marketCapChange24hPct,
    unit: 'pct',
    label: `${name} 24h market cap change (CoinGecko category)`,
    source: `${categorySource} market_cap_change_24h`,
  });
  add({
    id: `${s}.category_volume_24h`,
    metric: 'volume',
    window: '24h',
    value: category.volume24hUsd,
    unit: 'usd',
    label: `${name} 24h volume (CoinGecko category)`,
    source: `${categorySource} volume_24h`,
  });
}

/**
 * What a sector change stands on when it is not the full cap-weighted sector: `equal-weighted, 5 of 7 members`,
 * `equal-weighted` or `5 of 7 members`; undefined for the full cap-weighted set. The label and the fact's `basis`
 * carry it to the writer (prompt table, template text), so the brief names it.
 */
export function describeBasis(w: Pick<SectorWindow, 'weighting' | 'members'>, all: number): string | undefined {
  const parts = [
    ...(w.weighting === 'equal' ? ['equal-weighted'] : []),
    ...(w.members.length < all ? [`${w.members.length} of ${all} members`] : []),
  ];
  return parts.length ? parts.join(', ') : undefined;
}

/** Names the weighting, as the catalog promises: `cap-weighted` or `equal-weighted` and why. */
function weightingSource(w: SectorWindow, all: number): string {
  const missing = w.missing.length ? `; no data for ${w.missing.join(', ')}` : '';
  if (w.weighting === 'cap')
    return `computed: cap-weighted (start-of-window caps, constant supply) over ${w.members.length}/${all} members${missing}`;
  return `computed: equal-weighted over ${w.members.length}/${all} members (no market cap for ${w.uncapped.join(', ')})${missing}`;
}

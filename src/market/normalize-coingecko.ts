import type { CategorySnapshot, GlobalSnapshot } from '../domain/market-snapshot.ts';
import type { Registry } from '../domain/registry.ts';
import type { CoingeckoCategoryRow, CoingeckoGlobal, CoingeckoMarketRow } from './coingecko-schemas.ts';

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** /global as the snapshot's market-wide figures; undefined without a positive USD total. */
export function normalizeGlobal(raw: CoingeckoGlobal): GlobalSnapshot | undefined {
  const total = raw.data.total_market_cap.usd;
  if (!finite(total) || total <= 0) return undefined;
  const change = raw.data.market_cap_change_percentage_24h_usd;
  const dominance = raw.data.market_cap_percentage?.btc;
  const volume = raw.data.total_volume?.usd;
  return {
    totalMarketCapUsd: total,
    ...(finite(change) ? { marketCapChange24hPct: change } : {}),
    ...(finite(dominance) ? { btcDominancePct: dominance } : {}),
    ...(finite(volume) ? { totalVolume24hUsd: volume } : {}),
  };
}

/** Market cap per watchlist asset id; null/zero caps are left out (absent, never zero). */
export function normalizeMarketCaps(rows: CoingeckoMarketRow[], registry: Registry): Map<string, number> {
  const capById = new Map<string, number>();
  for (const row of rows) if (finite(row.market_cap) && row.market_cap > 0) capById.set(row.id, row.market_cap);
  const caps = new Map<string, number>();
  for (const asset of registry.assets) {
    const cap = capById.get(asset.coingeckoId);
    if (cap !== undefined) caps.set(asset.id, cap);
  }
  return caps;
}

/** The registry's sector categories, in registry order; categories missing or without a cap are left out. */
export function normalizeCategories(rows: CoingeckoCategoryRow[], registry: Registry): CategorySnapshot[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return registry.sectors.flatMap((sector) => {
    const row = byId.get(sector.coingeckoCategory);
    if (!row || !finite(row.market_cap) || row.market_cap <= 0) return [];
    return [
      {
        sectorId: sector.id,
        categoryId: row.id,
        marketCapUsd: row.market_cap,
        ...(finite(row.market_cap_change_24h) ? { marketCapChange24hPct: row.market_cap_change_24h } : {}),
        ...(finite(row.volume_24h) ? { volume24hUsd: row.volume_24h } : {}),
      },
    ];
  });
}

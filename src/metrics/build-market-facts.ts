import type { EntityRef } from '../domain/fact.ts';
import type { GlobalSnapshot } from '../domain/market-snapshot.ts';
import type { Breadth } from './compute-breadth.ts';
import type { MarketLeverage } from './compute-leverage.ts';
import type { FactCollector } from './make-fact.ts';

export const MARKET_ENTITY: EntityRef = { kind: 'market', id: 'market', name: 'crypto market' };

/** Adds the market-wide facts (ids `market.*`, see docs/facts.md) to `out`. */
export function buildMarketFacts(input: {
  global: GlobalSnapshot | undefined;
  breadth: Breadth | undefined;
  leverage: MarketLeverage | undefined;
  perpIds: readonly string[];
  out: FactCollector;
}): void {
  const { global, breadth, leverage, perpIds, out } = input;
  const add = out.add.bind(out, MARKET_ENTITY);
  if (global) {
    add({
      id: 'market.total_cap',
      metric: 'market_cap',
      value: global.totalMarketCapUsd,
      unit: 'usd',
      label: 'total crypto market cap',
      source: 'coingecko:/global total_market_cap.usd',
    });
    add({
      id: 'market.cap_change_24h',
      metric: 'change',
      window: '24h',
      value: global.marketCapChange24hPct,
      unit: 'pct',
      label: 'total market cap 24h change',
      source: 'coingecko:/global market_cap_change_percentage_24h_usd',
    });
    add({
      id: 'market.btc_dominance',
      metric: 'dominance',
      value: global.btcDominancePct,
      unit: 'pct',
      label: 'BTC dominance',
      source: 'coingecko:/global market_cap_percentage.btc',
    });
    add({
      id: 'market.volume_24h',
      metric: 'volume',
      window: '24h',
      value: global.totalVolume24hUsd,
      unit: 'usd',
      label: 'total crypto 24h volume',
      source: 'coingecko:/global total_volume.usd',
    });
  }
  if (breadth) {
    const source = `computed: watchlist assets with a 24h change (${breadth.total}), up > 0 / down < 0`;
    add({
      id: 'market.advancers_24h',
      metric: 'advancers',
      window: '24h',
      value: breadth.advancers,
      unit: 'count',
      label: 'watchlist assets up over 24h',
      source,
    });
    add({
      id: 'market.decliners_24h',
      metric: 'decliners',
      window: '24h',
      value: breadth.decliners,
      unit: 'count',
      label: 'watchlist assets down over 24h',
      source,
    });
    add({
      id: 'market.members',
      metric: 'members',
      value: breadth.total,
      unit: 'count',
      label: 'watchlist assets with a 24h change',
      source: 'computed: watchlist assets with a ticker',
    });
  }
  if (leverage) {
    const set = `${leverage.perps} perps (${perpIds.join(', ')})`;
    add({
      id: 'market.funding_avg',
      metric: 'funding_rate',
      value: leverage.fundingAvg8hPct,
      unit: 'pct',
      label: 'OI-weighted average funding (per 8h)',
      source: `computed: open-interest weighted funding normalized to 8h over ${set}`,
    });
    add({
      id: 'market.open_interest',
      metric: 'open_interest',
      value: leverage.openInterestUsd,
      unit: 'usd',
      label: 'total open interest',
      source: `computed: sum of open interest over ${set}`,
    });
    add({
      id: 'market.oi_change_24h',
      metric: 'oi_change',
      window: '24h',
      value: leverage.oiChange24hPct,
      unit: 'pct',
      label: 'total open interest 24h change',
      source: `computed: total open interest now vs 24h ago over ${set}`,
    });
    add({
      id: 'market.oi_change_7d',
      metric: 'oi_change',
      window: '7d',
      value: leverage.oiChange7dPct,
      unit: 'pct',
      label: 'total open interest 7d change',
      source: `computed: total open interest now vs 7d ago over ${set}`,
    });
  }
}

import type { EntityRef } from '../domain/fact.ts';
import type { AssetConfig } from '../domain/registry.ts';
import type { AssetSnapshot } from '../domain/market-snapshot.ts';
import type { AssetMetrics } from './compute-asset-metrics.ts';
import { SWING_DAYS, VOLUME_AVERAGE_DAYS, WINDOW_DAYS } from './compute-asset-metrics.ts';
import type { FactCollector } from './make-fact.ts';

/** Adds every fact of one asset (ids `<asset>.<metric>[_window]`, see docs/facts.md) to `out`. */
export function buildAssetFacts(input: {
  config: AssetConfig;
  asset: AssetSnapshot;
  metrics: AssetMetrics;
  out: FactCollector;
}): void {
  const { config, asset, metrics: m, out } = input;
  const entity: EntityRef = { kind: 'asset', id: config.id, name: config.name };
  const add = out.add.bind(out, entity);
  const a = config.id;
  const sym = config.symbol;
  const market = `${asset.venue ?? 'exchange'}:${asset.pair ?? config.pair}`;
  const ticker = `${market} ticker`;
  const ohlcv = `${market} ohlcv 1d`;

  add({
    id: `${a}.price`,
    metric: 'price',
    value: m.price,
    unit: 'usd',
    label: `${sym} price`,
    source: `${ticker} last`,
  });
  add({
    id: `${a}.change_24h`,
    metric: 'change',
    window: '24h',
    value: m.change['24h'],
    unit: 'pct',
    label: `${sym} 24h change`,
    source: `${ticker} last vs open24h`,
  });
  for (const window of ['7d', '30d'] as const) {
    const reference = m.changeReference[window];
    add({
      id: `${a}.change_${window}`,
      metric: 'change',
      window,
      value: m.change[window],
      unit: 'pct',
      label: `${sym} ${window} change`,
      source: `computed: ${ticker} last vs daily close of ${reference === undefined ? '?' : isoDay(reference)} (${ohlcv})`,
    });
  }
  add({
    id: `${a}.high_24h`,
    metric: 'high',
    window: '24h',
    value: m.high24h,
    unit: 'usd',
    label: `${sym} 24h high`,
    source: `${ticker} high`,
  });
  add({
    id: `${a}.low_24h`,
    metric: 'low',
    window: '24h',
    value: m.low24h,
    unit: 'usd',
    label: `${sym} 24h low`,
    source: `${ticker} low`,
  });
  add({
    id: `${a}.volume_24h`,
    metric: 'volume',
    window: '24h',
    value: m.volume24h,
    unit: 'usd',
    label: `${sym} 24h volume`,
    source: `${ticker} quote volume`,
  });
  add({
    id: `${a}.volume_ratio_7d`,
    metric: 'volume_ratio',
    window: '7d',
    value: m.volumeRatio7d,
    unit: 'ratio',
    label: `${sym} volume vs 7-day average`,
    source: `computed: ${ticker} 24h quote volume / mean of ${VOLUME_AVERAGE_DAYS} completed daily volumes (${ohlcv})`,
  });
  for (const [window, returns] of Object.entries(WINDOW_DAYS) as ['7d' | '30d', number][]) {
    add({
      id: `${a}.volatility_${window}`,
      metric: 'volatility',
      window,
      value: m.volatility[window],
      unit: 'pct',
      label: `${sym} ${window} realized volatility (annualized)`,
      source: `computed: sample stdev of ${returns} daily log returns x sqrt(365) (${ohlcv})`,
    });
  }
  const levels = `computed: round levels, step ${m.levelStep ?? '?'} (docs/metrics.md), around ${ticker} last`;
  add({
    id: `${a}.support`,
    metric: 'support',
    value: m.support,
    unit: 'usd',
    label: `${sym} support`,
    source: levels,
  });
  add({
    id: `${a}.resistance`,
    metric: 'resistance',
    value: m.resistance,
    unit: 'usd',
    label: `${sym} resistance`,
    source: levels,
  });
  const swing = `computed: last ${SWING_DAYS} completed daily candles (${ohlcv})`;
  add({
    id: `${a}.swing_high_30d`,
    metric: 'swing_high',
    window: '30d',
    value: m.swingHigh30d,
    unit: 'usd',
    label: `${sym} 30-day swing high`,
    source: swing,
  });
  add({
    id: `${a}.swing_low_30d`,
    metric: 'swing_low',
    window: '30d',
    value: m.swingLow30d,
    unit: 'usd',
    label: `${sym} 30-day swing low`,
    source: swing,
  });
  add({
    id: `${a}.market_cap`,
    metric: 'market_cap',
    value: m.marketCap,
    unit: 'usd',
    label: `${sym} market cap`,
    source: 'coingecko:/coins/markets market_cap',
  });

  const lev = m.leverage;
  if (!lev) return;
  const perp = `${lev.venue}:${config.perp ?? `${config.symbol} perp`}`;
  add({
    id: `${a}.funding_rate`,
    metric: 'funding_rate',
    value: lev.fundingRatePct,
    unit: 'pct',
    label: `${sym} funding rate (per ${lev.fundingIntervalHours}h)`,
    source: `${perp} funding rate (interval ${lev.fundingIntervalHours}h)`,
  });
  add({
    id: `${a}.funding_apr`,
    metric: 'funding_apr',
    value: lev.fundingAprPct,
    unit: 'pct',
    label: `${sym} funding, annualized`,
    source: `computed: ${perp} funding x (24/${lev.fundingIntervalHours}) x 365`,
  });
  add({
    id: `${a}.open_interest`,
    metric: 'open_interest',
    value: lev.openInterestUsd,
    unit: 'usd',
    label: `${sym} open interest`,
    source: `${perp} open interest`,
  });
  add({
    id: `${a}.oi_change_24h`,
    metric: 'oi_change',
    window: '24h',
    value: lev.oiChange24hPct,
    unit: 'pct',
    label: `${sym} open interest 24h change`,
    source: `computed: ${perp} open interest now vs 24h ago`,
  });
  add({
    id: `${a}.oi_change_7d`,
    metric: 'oi_change',
    window: '7d',
    value: lev.oiChange7dPct,
    unit: 'pct',
    label: `${sym} open interest 7d change`,
    source: `computed: ${perp} open interest now vs 7d ago`,
  });
}

/** `YYYY-MM-DD` of a ms UTC time. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The meltup day (2026-10-15, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A new all-time-high
 * melt-up: BTC about +5.4 % to about $131,800, above its 30-day swing high (+9 % on 7 days via a waypoint on its 7d
 * reference close, about +14 % on 30: the 30d input is 10.3 because the 30d reference close lies before the first
 * anchor and cannot be pinned), having closed yesterday's candle near $128,600 and printed a new high near
 * $132,400 overnight (04:00Z); ETH about +3.1 % to about $4,620, SOL about +7.8 %, XRP about -0.6 %; 26 of 30 up,
 * 4 down (XRP and three DePIN tokens); memes lead at about +9.5 % (PEPE the top mover near +14 %), layer 1 about
 * +4.8 %, AI about +3.6 %, gaming about +2.2 %, layer 2 about +1.1 %, DePIN last at about -0.7 %; funding hot and
 * positive everywhere (BTC 0.0215 %, ETH 0.0182 %, SOL 0.0264 %, XRP 0.0071 %, DOGE 0.0338 % per 8h); open interest
 * about +11 % in total, BTC +9.6 %, DOGE +22 %; 24h volumes 1.6 to 3.2 times their 7-day average (the factor, the
 * last argument of t, is larger: the latest completed daily candle in that average already holds 17 of the scaled
 * 24 hours); the total market cap up about 4.6 % while BTC gains 5.4 %, so BTC dominance edges up to about 60.1 %.
 * Authored into fixtures/day-meltup/ by `npx tsx scripts/author-fixtures.ts meltup`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
  weekAgo,
} from '../day-spec.ts';

/**
 * The melt-up: BTC climbs from its 24h open to close yesterday's candle near $128,600 (7 hours before asOf, so the
 * 30-day swing high stays below today's price), breaks out to a new high near $132,400 by 04:00Z (3 hours before
 * asOf) and eases back to its last price.
 */
function meltup(target: AssetTarget): AssetTarget {
  return {
    ...target,
    waypoints: [
      ...weekAgo(target.last, target.change7d),
      { hoursBeforeAsOf: 7, price: 128_600 },
      { hoursBeforeAsOf: 3, price: 132_150 },
    ],
  };
}

const assetTargets: AssetTarget[] = [
  meltup(t('btc', 131_804.6, 5.4, 9.0, 10.3, 19_941_650, 3.4e9, 0.0035, 2.3)),
  { ...t('eth', 4_620.18, 3.1, 6.5, 9.0, 120_700_000, 2.3e9, 0.0048, 2.1), waypoints: weekAgo(4_620.18, 6.5) },
  t('sol', 226.41, 7.8, 12.4, 18.2, 547_600_000, 7.2e8, 0.006, 2.6),
  t('xrp', 2.6183, -0.6, 2.1, 4.4, 60_020_000_000, 4.4e8, 0.005, 1.8),
  t('bnb', 1_064.2, 4.1, 6.3, 9.8, 139_120_000, 2.0e8, 0.0042, 1.9),
  t('ada', 0.7418, 5.2, 8.1, 6.4, 36_380_000_000, 1.1e8, 0.0058, 2.0),
  t('avax', 21.84, 6.3, 9.4, 7.7, 428_100_000, 8.0e7, 0.006, 2.1),
  t('dot', 3.612, 4.9, 6.6, 2.9, 1_634_000_000, 5.0e7, 0.0058, 1.9),
  t('near', 3.318, 5.6, 9.2, 8.1, 1_264_000_000, 1.4e8, 0.006, 2.1),
  t('sui', 3.1047, 6.8, 11.5, 10.3, 3_660_000_000, 2.1e8, 0.0062, 2.3),
  t('arb', 0.3806, 0.8, 2.4, -3.1, 5_600_000_000, 6.0e7, 0.0072, 1.9),
  t('op', 0.5592, 1.4, 3.2, -1.8, 1_880_000_000, 3.5e7, 0.0072, 1.9),
  t('pol', 0.2283, 0.9, 1.7, -4.2, 10_470_000_000, 2.9e7, 0.0065, 1.8),
  t('imx', 0.6314, 1.6, 3.9, -2.5, 1_944_000_000, 1.8e7, 0.0065, 1.9),
  t('fet', 0.8831, 4.4, 7.2, 5.6, 2_620_000_000, 1.9e8, 0.0068, 2.2),
  t('render', 4.1206, 1.3, 3.1, 0.6, 517_200_000, 9.0e7, 0.0062, 1.9),
  t('tao', 512.6, 3.2, 6.8, 12.4, 9_480_000, 2.2e8, 0.0066, 2.0),
  t('grt', 0.10842, 2.4, 4.6, -1.3, 10_500_000_000, 2.6e7, 0.006, 1.9),
  t('virtual', 2.0314, 4.8, 9.7, 3.2, 654_400_000, 1.3e8, 0.0072, 2.2),
  t('wld', 1.2146, 2.9, 5.1, -0.8, 2_240_000_000, 8.5e7, 0.0065, 2.0),
  t('fil', 2.514, -2.6, -0.4, -3.8, 698_000_000, 4.2e7, 0.0058, 1.9),
  t('hnt', 3.186, -2.2, 1.2, -1.9, 180_000_000, 8.5e6, 0.006, 1.8),
  t('iotx', 0.02318, -1.4, 0.6, -4.4, 9_430_000_000, 6.5e6, 0.0062, 1.8),
  t('axs', 2.2143, 3.0, 4.1, -3.6, 162_800_000, 1.9e7, 0.0062, 2.0),
  t('sand', 0.2852, 2.6, 3.6, -2.9, 2_444_000_000, 2.5e7, 0.006, 1.9),
  t('gala', 0.01617, 2.3, 3.3, -4.1, 45_100_000_000, 2.4e7, 0.0064, 1.9),
  t('doge', 0.2584, 9.2, 16.4, 21.3, 150_700_000_000, 9.0e8, 0.007, 3.6),
  t('shib', 0.00001364, 8.5, 12.8, 14.6, 589_250_000_000_000, 1.0e8, 0.007, 3.0),
  t('pepe', 0.00000962, 14.2, 21.6, 26.1, 420_690_000_000_000, 4.0e8, 0.0085, 4.4),
  t('wif', 0.8127, 12.1, 18.9, 17.4, 998_840_000, 1.4e8, 0.009, 3.4),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000215, oiUsd: 9.8e9, oiChange24h: 9.6, oiChange7d: 18.4 },
  { id: 'eth', funding: 0.000182, oiUsd: 7.2e9, oiChange24h: 11.5, oiChange7d: 16.2 },
  { id: 'sol', funding: 0.000264, oiUsd: 2.4e9, oiChange24h: 13.0, oiChange7d: 21.5 },
  { id: 'xrp', funding: 0.000071, oiUsd: 1.2e9, oiChange24h: 4.0, oiChange7d: 6.1 },
  { id: 'doge', funding: 0.000338, oiUsd: 1.5e9, oiChange24h: 22.0, oiChange7d: 34.8 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.64e12, change24h: 4.8, volume: 2.46e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.74e10, change24h: 1.1, volume: 2.3e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 3.96e10,
    change24h: 3.6,
    volume: 9.1e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.31e10,
    change24h: -0.7,
    volume: 1.6e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 1.12e10, change24h: 2.2, volume: 1.5e9 },
  { id: 'meme-token', name: 'Meme', cap: 8.1e10, change24h: 9.5, volume: 2.7e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.06e11, change24h: 0.01, volume: 2.21e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.21e11,
    change24h: 3.9,
    volume: 1.86e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 4.3734e12, change24h: 4.6, totalVolumeUsd: 3.86e11 };

export const meltupDay: DaySpec = {
  name: 'meltup',
  asOf: Date.UTC(2026, 9, 15, 7),
  seed: 20261015,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

/**
 * The whipsaw day (2026-10-29, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A whipsaw: every
 * asset wicks down at 14:00Z (BTC to about $104,100) and up at 02:00Z (BTC to about $111,900), then settles, so BTC
 * ends nearly flat, about +0.3 % near $108,450 (+2.2 % on 7 days via a waypoint on its 7d reference close, -1.5 % on
 * 30), with hourly volatility well above the grind day's; ETH leads the majors at about +4.6 % to $3,905 (ETH/BTC
 * up); 17 of 30 up, 13 down; layer 2 leads at about +3.9 % (ARB about +8 %), AI about +1.2 %, layer 1 about +0.9 %
 * (ETH's weight; the DeFi category is flat at +0.2 %), DePIN about -0.8 %, gaming about -1.6 %, memes last at about
 * -3.4 % (DOGE about -4 %); funding mostly negative after the wick (BTC -0.0041 %, ETH 0.0063 %, SOL -0.0087 %,
 * XRP -0.0012 %, DOGE -0.0105 % per 8h); open interest flushed, about -6 % in total (BTC -4.8 %, ETH -7.5 %); 24h
 * volume 1.4 to 2.1 times the 7-day average (the last argument of t); the total market cap up about 0.9 % while BTC
 * gains 0.3 %, so BTC dominance slips to about 57.6 %.
 * Authored into fixtures/day-whipsaw/ by `npx tsx scripts/author-fixtures.ts whipsaw`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
  type Waypoint,
} from '../day-spec.ts';

/** BTC's close 7 days before the latest completed candle (the 7d change's reference): about +2.2 % on 7 days. */
const btcWeekAgo: Waypoint[] = [{ hoursBeforeAsOf: 7 + 24 * 7, price: 106_115.8 }];

/**
 * The whipsaw: the hourly close at 14:00Z (17 hours before asOf) sits `dip` pct under the lower of the price 24h
 * before and now, the close at 02:00Z (5 hours before asOf) `peak` pct over the higher of the two.
 */
function whipsaw(target: AssetTarget, dip: number, peak: number, before: Waypoint[] = []): AssetTarget {
  const open = target.last / (1 + target.change24h / 100);
  return {
    ...target,
    waypoints: [
      ...before,
      { hoursBeforeAsOf: 17, price: Math.min(open, target.last) * (1 - dip / 100) },
      { hoursBeforeAsOf: 5, price: Math.max(open, target.last) * (1 + peak / 100) },
    ],
  };
}

const assetTargets: AssetTarget[] = [
  whipsaw(t('btc', 108_450.3, 0.3, 2.2, -4.36, 19_952_300, 3.12e9, 0.0042, 1.89), 3.5, 2.9, btcWeekAgo),
  whipsaw(t('eth', 3_905.12, 4.6, 6.8, 2.4, 120_650_000, 2.4e9, 0.0062, 2.15), 4.2, 1.6),
  whipsaw(t('sol', 188.42, 0.6, 3.1, -4.2, 549_800_000, 7.2e8, 0.0068, 1.99), 5.1, 3.4),
  whipsaw(t('xrp', 2.4316, -2.0, -1.4, -6.3, 60_150_000_000, 4.3e8, 0.0062, 1.67), 4.6, 2.8),
  whipsaw(t('bnb', 962.7, 0.5, 1.6, 0.8, 139_150_000, 2.1e8, 0.005, 1.61), 3.2, 2.2),
  whipsaw(t('ada', 0.6841, 0.5, -0.9, -7.4, 36_420_000_000, 9.6e7, 0.0066, 1.79), 5.4, 3.1),
  whipsaw(t('avax', 19.27, 1.1, 2.3, -8.9, 428_600_000, 7.4e7, 0.0068, 1.87), 5.8, 3.6),
  whipsaw(t('dot', 3.318, -0.7, -2.5, -10.4, 1_636_000_000, 4.4e7, 0.0066, 1.71), 5.2, 3.0),
  whipsaw(t('near', 3.126, 1.8, 4.4, -3.3, 1_266_000_000, 1.35e8, 0.0068, 2.02), 5.5, 3.3),
  whipsaw(t('sui', 2.7415, 2.1, 5.2, -2.1, 3_672_000_000, 1.95e8, 0.007, 2.09), 6.0, 3.8),
  whipsaw(t('arb', 0.3452, 8.0, 12.6, 4.8, 5_620_000_000, 6.8e7, 0.0075, 2.27), 5.6, 2.4),
  whipsaw(t('op', 0.5063, 4.5, 7.9, -1.8, 1_887_000_000, 3.6e7, 0.0072, 2.17), 5.3, 2.7),
  whipsaw(t('pol', 0.2087, 2.5, 4.1, -5.6, 10_490_000_000, 3.0e7, 0.0068, 1.91), 5.0, 2.9),
  whipsaw(t('imx', 0.5836, -0.8, -3.7, -12.1, 1_948_000_000, 1.8e7, 0.007, 1.64), 5.7, 3.2),
  whipsaw(t('fet', 0.6874, 1.4, 3.3, -9.7, 2_622_000_000, 1.8e8, 0.0072, 1.83), 6.1, 3.5),
  whipsaw(t('render', 3.482, -0.6, 1.9, -6.2, 517_600_000, 9.2e7, 0.007, 1.74), 5.9, 3.1),
  whipsaw(t('tao', 437.9, 1.6, 5.8, 3.9, 9_531_000, 2.1e8, 0.0068, 1.95), 5.5, 3.4),
  whipsaw(t('grt', 0.09145, 0.8, -1.2, -11.6, 10_520_000_000, 2.6e7, 0.007, 1.58), 5.8, 3.0),
  whipsaw(t('virtual', 1.7318, 3.2, 8.1, -6.4, 654_900_000, 1.3e8, 0.0078, 2.22), 6.8, 3.9),
  whipsaw(t('wld', 0.9982, 0.4, -2.2, -9.8, 2_270_000_000, 8.9e7, 0.007, 1.77), 6.2, 3.3),
  whipsaw(t('fil', 2.214, -1.5, -3.1, -10.8, 700_200_000, 4.3e7, 0.0068, 1.66), 5.6, 2.9),
  whipsaw(t('hnt', 2.796, 0.4, -0.6, -5.9, 180_500_000, 8.7e6, 0.007, 1.62), 5.1, 3.2),
  whipsaw(t('iotx', 0.02041, -0.5, -4.4, -9.2, 9_436_000_000, 6.8e6, 0.0072, 1.56), 6.0, 3.1),
  whipsaw(t('axs', 1.9674, -2.4, -6.2, -14.7, 163_200_000, 1.9e7, 0.0072, 1.85), 6.3, 2.8),
  whipsaw(t('sand', 0.2512, -1.8, -5.3, -13.9, 2_447_000_000, 2.5e7, 0.007, 1.72), 6.0, 2.9),
  whipsaw(t('gala', 0.01431, -2.2, -7.1, -16.8, 45_180_000_000, 2.4e7, 0.0074, 1.9), 6.5, 3.0),
  whipsaw(t('doge', 0.2018, -3.9, -2.6, -8.4, 150_780_000_000, 7.8e8, 0.0072, 2.12), 6.6, 2.6),
  whipsaw(t('shib', 0.00001142, -1.9, -3.4, -9.9, 589_250_000_000_000, 8.4e7, 0.007, 1.74), 5.8, 2.9),
  whipsaw(t('pepe', 0.00000718, -2.8, -6.1, -12.7, 420_690_000_000_000, 3.5e8, 0.0078, 2.07), 7.1, 3.3),
  whipsaw(t('wif', 0.6129, -3.8, -7.4, -15.1, 998_840_000, 1.2e8, 0.008, 1.97), 7.4, 3.0),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.000041, oiUsd: 6.3e9, oiChange24h: -4.8, oiChange7d: -2.1 },
  { id: 'eth', funding: 0.000063, oiUsd: 7.4e9, oiChange24h: -7.5, oiChange7d: -3.6 },
  { id: 'sol', funding: -0.000087, oiUsd: 2.3e9, oiChange24h: -5.4, oiChange7d: -1.9 },
  { id: 'xrp', funding: -0.000012, oiUsd: 1.2e9, oiChange24h: -3.2, oiChange7d: 0.8 },
  { id: 'doge', funding: -0.000105, oiUsd: 1.4e9, oiChange24h: -8.4, oiChange7d: -5.2 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.16e12, change24h: 0.87, volume: 1.64e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.63e10, change24h: 3.86, volume: 1.92e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 3.3e10,
    change24h: 1.18,
    volume: 6.9e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.16e10,
    change24h: -0.83,
    volume: 1.24e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 1.0e10, change24h: -1.62, volume: 1.13e9 },
  { id: 'meme-token', name: 'Meme', cap: 6.4e10, change24h: -3.41, volume: 1.71e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.09e11, change24h: 0.01, volume: 1.62e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.07e11,
    change24h: 0.2,
    volume: 1.02e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.7567e12, change24h: 0.9, totalVolumeUsd: 2.61e11 };

export const whipsawDay: DaySpec = {
  name: 'whipsaw',
  asOf: Date.UTC(2026, 9, 29, 7),
  seed: 20261029,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

/**
 * The flush day (2026-11-19, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A liquidation
 * flush with a long lower wick: at 03:00Z every asset plunges (BTC about 6 % under its price 24h before, to a 24h
 * low near $89,000, below the lows of the 30 completed days before: a fresh 30-day low; the altcoins deeper) and
 * recovers by 07:00Z, so BTC ends only about -0.9 % near $93,800 and ETH about -2.6 %; 6 of 30 up, 24 down;
 * gaming leads at about +1.2 % (AXS about +4 %), DePIN is the worst sector at about -6.8 % (FIL about -11 %), AI
 * about -3.3 %, layer 1 about -1.2 % (BTC's weight holds it up), layer 2 about -2.5 %, memes about -4 %; funding
 * negative on four of the five perps (XRP slightly positive), open interest down sharply (BTC -9 %, ETH -13 %,
 * SOL -15 %, XRP -4 %, DOGE -18 %, about -11 % in total); 24h volume about 2 to 2.5 times the 7-day average (the
 * last argument of t: the factor on its last 24 hours' volume; withFlush's is the depth of the wick); BTC's daily closes of the last week
 * swing 1 to 4 % a day (waypoints), so its 7-day realized volatility is high against a calmer 30 days; the total
 * market cap down about 1.6 % while BTC falls less, so BTC dominance rises slightly.
 * Authored into fixtures/day-flush/ by `npx tsx scripts/author-fixtures.ts flush`.
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

/** BTC's daily closes of the week before (hours before asOf: the close of the UTC day k days before yesterday). */
const btcCloses: Waypoint[] = [
  { hoursBeforeAsOf: 7 + 24 * 7, price: 98_760 },
  // 7 + 24 * 6: the 7d anchor (change7d), 96,196.
  { hoursBeforeAsOf: 7 + 24 * 5, price: 99_470 },
  { hoursBeforeAsOf: 7 + 24 * 4, price: 95_590 },
  { hoursBeforeAsOf: 7 + 24 * 3, price: 96_740 },
  { hoursBeforeAsOf: 7 + 24 * 2, price: 92_770 },
  { hoursBeforeAsOf: 7 + 24, price: 95_370 },
  { hoursBeforeAsOf: 7, price: 92_600 },
];

/** ETH's close of yesterday: the slide before the flush stays above today's price. */
const ethClose: Waypoint[] = [{ hoursBeforeAsOf: 7, price: 3_209.5 }];

/**
 * The flush: the hourly close at 03:00Z sits `depth` pct under the price 24h before; 02:00Z is on the way
 * down, 04:00Z halfway back up to the last price.
 */
function flush(last: number, change24h: number, depth: number): Waypoint[] {
  const open = last / (1 + change24h / 100);
  const bottom = open * (1 - depth / 100);
  return [
    { hoursBeforeAsOf: 5, price: open * (1 - (0.45 * depth) / 100) },
    { hoursBeforeAsOf: 4, price: bottom },
    { hoursBeforeAsOf: 3, price: bottom + 0.55 * (last - bottom) },
  ];
}

/** An asset target (../day-spec.ts's assetTarget) whose path dips `depth` pct at 03:00Z, after `closes`. */
function withFlush(target: AssetTarget, depth: number, closes: Waypoint[] = []): AssetTarget {
  return { ...target, waypoints: [...closes, ...flush(target.last, target.change24h, depth)] };
}

const assetTargets: AssetTarget[] = [
  withFlush(t('btc', 93_846.2, -0.91, -2.443, -8.5, 19_961_800, 3.38e9, 0.0033, 2.62), 6.1, btcCloses),
  withFlush(t('eth', 3_162.37, -2.63, -5.9, -12.6, 120_690_000, 1.94e9, 0.0042, 2.71), 8.3, ethClose),
  withFlush(t('sol', 141.26, -3.74, -9.1, -17.5, 553_100_000, 7.6e8, 0.005, 2.86), 10.4),
  withFlush(t('xrp', 2.1548, 0.18, -3.8, -9.6, 60_520_000_000, 5.1e8, 0.005, 2.34), 7.6),
  withFlush(t('bnb', 917.6, 0.11, -2.9, -6.4, 139_050_000, 2.3e8, 0.0038, 2.3), 6.7),
  withFlush(t('ada', 0.5528, -4.8, -10.4, -19.8, 36_520_000_000, 1.1e8, 0.0055, 2.66), 11.2),
  withFlush(t('avax', 15.94, -4.62, -11.7, -21.3, 430_200_000, 8.7e7, 0.0055, 2.58), 11.9),
  withFlush(t('dot', 2.781, -4.18, -9.8, -18.6, 1_641_000_000, 5.4e7, 0.0055, 2.49), 10.8),
  withFlush(t('near', 2.806, -5.07, -12.1, -16.4, 1_271_400_000, 1.6e8, 0.006, 2.71), 12.3),
  withFlush(t('sui', 2.1062, -6.4, -13.2, -20.7, 3_702_000_000, 2.2e8, 0.006, 2.93), 13.1),
  withFlush(t('arb', 0.2793, -2.94, -8.6, -17.9, 5_664_000_000, 5.6e7, 0.006, 2.47), 10.6),
  withFlush(t('op', 0.3964, -3.31, -9.3, -19.2, 1_905_300_000, 3.5e7, 0.006, 2.44), 11.1),
  withFlush(t('pol', 0.1677, -3.2, -7.7, -15.8, 10_521_000_000, 3.0e7, 0.006, 2.39), 10.2),
  withFlush(t('imx', 0.4716, -0.12, -5.9, -14.6, 1_958_600_000, 1.9e7, 0.006, 2.41), 9.4),
  withFlush(t('fet', 0.5342, -4.79, -12.6, -22.4, 2_628_400_000, 2.1e8, 0.007, 2.74), 13.4),
  withFlush(t('render', 2.847, -4.1, -11.3, -19.6, 518_400_000, 1.05e8, 0.0065, 2.62), 12.1),
  withFlush(t('tao', 377.4, 1.12, -4.3, -8.1, 9_701_000, 2.4e8, 0.0065, 2.28), 8.8),
  withFlush(t('grt', 0.07318, -3.87, -10.5, -18.3, 10_552_000_000, 3.1e7, 0.0065, 2.45), 11.3),
  withFlush(t('virtual', 1.2874, -6.83, -15.4, -27.2, 655_900_000, 1.45e8, 0.0075, 2.81), 14.6),
  withFlush(t('wld', 0.8127, -4.41, -9.9, -14.7, 2_352_000_000, 1.0e8, 0.007, 2.55), 12.4),
  withFlush(t('fil', 1.7318, -10.94, -17.3, -26.5, 703_400_000, 5.2e7, 0.006, 2.97), 16.2),
  withFlush(t('hnt', 2.463, -3.9, -9.6, -17.1, 181_400_000, 1.05e7, 0.006, 2.36), 10.9),
  withFlush(t('iotx', 0.01876, -5.2, -11.8, -20.2, 9_443_000_000, 7.4e6, 0.006, 2.42), 12.2),
  withFlush(t('axs', 1.7294, 4.08, 6.3, -3.9, 164_100_000, 2.6e7, 0.0065, 2.52), 8.9),
  withFlush(t('sand', 0.2046, 1.9, -2.1, -11.4, 2_451_400_000, 3.1e7, 0.006, 2.33), 9.6),
  withFlush(t('gala', 0.01218, 1.2, -3.4, -13.8, 45_420_000_000, 2.9e7, 0.0065, 2.37), 10.3),
  withFlush(t('doge', 0.1642, -4.47, -11.9, -18.7, 151_080_000_000, 7.9e8, 0.006, 2.89), 12.6),
  withFlush(t('shib', 0.00000961, -2.86, -8.1, -14.3, 589_250_000_000_000, 9.4e7, 0.006, 2.46), 10.1),
  withFlush(t('pepe', 0.00000561, -5.32, -14.2, -24.6, 420_690_000_000_000, 3.6e8, 0.0075, 2.78), 14.1),
  withFlush(t('wif', 0.4981, -6.14, -16.8, -29.1, 998_840_000, 1.35e8, 0.0075, 2.69), 14.8),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.000087, oiUsd: 7.12e9, oiChange24h: -9.1, oiChange7d: -11.4 },
  { id: 'eth', funding: -0.000134, oiUsd: 4.86e9, oiChange24h: -13.2, oiChange7d: -17.8 },
  { id: 'sol', funding: -0.000162, oiUsd: 1.06e9, oiChange24h: -15.3, oiChange7d: -21.6 },
  { id: 'xrp', funding: 0.000021, oiUsd: 9.1e8, oiChange24h: -4.2, oiChange7d: -7.9 },
  { id: 'doge', funding: -0.00021, oiUsd: 4.7e8, oiChange24h: -18.4, oiChange7d: -24.3 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.692e12, change24h: -1.31, volume: 1.62e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.41e10, change24h: -2.48, volume: 1.46e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.51e10,
    change24h: -3.07,
    volume: 5.83e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 9.58e9,
    change24h: -6.42,
    volume: 1.41e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 8.93e9, change24h: 1.21, volume: 1.22e9 },
  { id: 'meme-token', name: 'Meme', cap: 4.94e10, change24h: -4.12, volume: 1.37e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.162e11, change24h: 0.02, volume: 1.41e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 8.87e10,
    change24h: -3.38,
    volume: 9.6e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.2104e12, change24h: -1.6, totalVolumeUsd: 2.714e11 };

export const flushDay: DaySpec = {
  name: 'flush',
  asOf: Date.UTC(2026, 10, 19, 7),
  seed: 20261119,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

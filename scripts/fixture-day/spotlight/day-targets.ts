/**
 * The spotlight day (2026-06-25, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A quiet, slightly
 * red market with one sector pumping on its own story: BTC about -0.6 % near $101,300, inside its range (above its
 * round support, below its resistance, neither 30-day swing level touched), -2.1 % on 7 days (a waypoint on its 7d
 * reference close) and +1.4 % on 30, its realized volatility low; ETH -1.1 %, SOL -1.8 %, XRP -0.4 %, BNB +0.3 %,
 * DOGE -2.2 %; DePIN about +14 %, every member up (HNT about +22 %, FIL +16 %, RENDER +10 %, IOTX +9 %), the only
 * sector up and the best on 7 days too (RENDER also sits in AI: the other AI members fall enough to keep AI down);
 * every other sector between -0.5 % and -2.5 % on 24h, memes last; 9 of 30 up (the four DePIN members, BNB, ADA,
 * SUI, POL, AXS), 21 down; funding mixed in sign (BTC, SOL and XRP slightly negative, ETH and DOGE positive); open
 * interest about flat (+0.8 % in total); the perps' 24h volumes below their 7-day average, the DePIN members' well
 * above (the factor, the last argument of t, sits further from 1 than the ratio: the latest completed daily candle in
 * that average already holds 17 of the scaled 24 hours); the total cap -0.5 %, so BTC dominance is about unchanged.
 * Authored into fixtures/day-spotlight/ by `npx tsx scripts/author-fixtures.ts spotlight`.
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

const btcLast = 101_300;

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, -0.6, -2.1, 1.4, 19_885_400, 2.4e9, 0.0035, 0.78),
    // the 7d reference close, the week's daily closes (a narrow chop), yesterday's close, then a quiet night that
    // stays above the $100K support
    waypoints: [
      ...weekAgo(btcLast, -2.1),
      { hoursBeforeAsOf: 7 + 24 * 5, price: 103_900 },
      { hoursBeforeAsOf: 7 + 24 * 4, price: 102_500 },
      { hoursBeforeAsOf: 7 + 24 * 3, price: 103_700 },
      { hoursBeforeAsOf: 7 + 24 * 2, price: 102_200 },
      { hoursBeforeAsOf: 7 + 24, price: 103_100 },
      { hoursBeforeAsOf: 7, price: 101_800 },
      { hoursBeforeAsOf: 4, price: 101_000 },
      { hoursBeforeAsOf: 2, price: 100_900 },
    ],
  },
  t('eth', 3_486.2, -1.1, -3.2, 2.6, 120_690_000, 1.4e9, 0.0024, 0.8),
  t('sol', 148.62, -1.8, -4.1, -0.6, 538_200_000, 5.2e8, 0.003, 0.74),
  t('xrp', 2.1874, -0.4, -1.6, 1.9, 59_410_000_000, 3.6e8, 0.0026, 0.82),
  t('bnb', 652.4, 0.3, -0.8, 2.2, 139_160_000, 1.5e8, 0.002, 0.86),
  t('ada', 0.5842, 0.4, -2.6, -1.4, 36_180_000_000, 6.6e7, 0.003, 0.84),
  t('avax', 19.84, -1.9, -4.8, -2.2, 425_900_000, 5.4e7, 0.0032, 0.82),
  t('dot', 3.412, -1.6, -3.7, -3.1, 1_621_000_000, 3.2e7, 0.003, 0.83),
  t('near', 2.318, -2.2, -4.4, -1.7, 1_252_000_000, 7.6e7, 0.0034, 0.8),
  t('sui', 2.8764, 0.8, -1.2, 3.4, 3_560_000_000, 1.3e8, 0.0034, 0.86),
  t('arb', 0.3528, -1.4, -3.9, -4.6, 5_520_000_000, 4.2e7, 0.0036, 0.82),
  t('op', 0.5916, -1.8, -4.2, -5.3, 1_851_000_000, 2.6e7, 0.0036, 0.8),
  t('pol', 0.2148, 0.5, -1.1, -2.8, 10_410_000_000, 2.0e7, 0.0034, 0.85),
  t('imx', 0.4872, -1.6, -3.4, -4.1, 1_926_000_000, 1.3e7, 0.0036, 0.82),
  t('fet', 0.5426, -2.8, -5.1, -3.6, 2_598_000_000, 1.1e8, 0.0038, 0.82),
  t('render', 3.5812, 10.0, 12.4, 8.6, 516_100_000, 1.1e8, 0.0044, 2.2),
  t('tao', 318.4, -2.6, -4.8, -1.9, 9_212_000, 1.3e8, 0.0036, 0.82),
  t('grt', 0.07642, -1.9, -4.2, -5.4, 10_440_000_000, 1.5e7, 0.0036, 0.84),
  t('virtual', 0.9318, -2.0, -5.6, -7.2, 652_400_000, 7.4e7, 0.0042, 0.84),
  t('wld', 0.8126, -2.5, -4.9, -6.1, 2_152_000_000, 5.6e7, 0.004, 0.82),
  t('fil', 2.4836, 16.0, 18.2, 9.4, 692_800_000, 9.2e7, 0.0044, 2.6),
  t('hnt', 3.6418, 22.0, 26.4, 14.8, 178_900_000, 2.6e7, 0.005, 3.0),
  t('iotx', 0.02384, 9.0, 11.2, 4.6, 9_420_000_000, 1.1e7, 0.0044, 2.2),
  t('axs', 2.1864, 0.6, -1.8, -3.2, 161_800_000, 1.2e7, 0.0036, 0.84),
  t('sand', 0.2386, -1.9, -4.1, -5.8, 2_432_000_000, 1.6e7, 0.0036, 0.82),
  t('gala', 0.01418, -2.1, -4.6, -6.3, 44_820_000_000, 1.5e7, 0.0038, 0.8),
  t('doge', 0.1682, -2.2, -5.4, -3.8, 150_180_000_000, 5.0e8, 0.0036, 0.76),
  t('shib', 0.00001106, -2.7, -5.8, -4.6, 589_250_000_000_000, 5.8e7, 0.0038, 0.8),
  t('pepe', 0.00000884, -3.0, -6.6, -5.2, 420_690_000_000_000, 2.0e8, 0.004, 0.78),
  t('wif', 0.7412, -3.4, -7.2, -8.4, 998_800_000, 7.2e7, 0.0044, 0.8),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.00003, oiUsd: 8.2e9, oiChange24h: 0.6, oiChange7d: -1.8 },
  { id: 'eth', funding: 0.00008, oiUsd: 4.7e9, oiChange24h: 1.2, oiChange7d: -0.9 },
  { id: 'sol', funding: -0.00006, oiUsd: 1.2e9, oiChange24h: -0.4, oiChange7d: -3.2 },
  { id: 'xrp', funding: -0.00001, oiUsd: 9.8e8, oiChange24h: 0.9, oiChange7d: 1.4 },
  { id: 'doge', funding: 0.00012, oiUsd: 7.1e8, oiChange24h: 2.1, oiChange7d: 3.6 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.86e12, change24h: -0.7, volume: 7.4e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.04e10, change24h: -1.2, volume: 7.2e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.21e10,
    change24h: -1.1,
    volume: 2.6e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.06e10,
    change24h: 13.2,
    volume: 2.9e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 7.2e9, change24h: -1.4, volume: 5.1e8 },
  { id: 'meme-token', name: 'Meme', cap: 4.6e10, change24h: -2.5, volume: 5.4e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 2.86e11, change24h: 0.01, volume: 7.6e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.1e10,
    change24h: -0.9,
    volume: 4.6e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.47e12, change24h: -0.5, totalVolumeUsd: 9.8e10 };

export const spotlightDay: DaySpec = {
  name: 'spotlight',
  asOf: Date.UTC(2026, 5, 25, 7),
  seed: 20260625,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

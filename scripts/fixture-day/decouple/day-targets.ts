/**
 * The decouple day (2026-08-27, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). Bitcoin decouples
 * upward while the altcoins bleed: BTC about +2.9 % near $111,742 to a fresh 30-day high, closing above the highs of
 * the 30 completed days before (the earlier range high a waypoint near $110,380 sixteen days before) and through the
 * $110K that was its resistance a day before (now its support), about +6.1 % on 7 days (a waypoint on its 7d
 * reference close, then the week's stepping closes) and +4.3 % on 30; ETH about -1.5 %, SOL -4.1 %, XRP -2.3 %, DOGE
 * -3.7 %; 7 of 30 up (BTC, BNB, ADA and DOT in layer 1, OP in layer 2, FIL and HNT in DePIN), 23 down; sectors on
 * 24h: layer 1 the best, carried by BTC's weight (BTC is a layer 1 member in the registry), every other sector down,
 * AI last near -6 % with all seven members down, gaming and memes -3 to -4 %, DePIN mixed (FIL and HNT up, IOTX and
 * RENDER down); on 7 days layer 1 the only sector up; funding hot on BTC, slightly positive on ETH and XRP, negative
 * on SOL and DOGE; open interest up about 5 % in total, BTC's the largest rise, SOL's and DOGE's falling; BTC's 24h
 * volume about 1.6 times its 7-day average, the altcoins' under 1x (the factor, the last argument of t, sits further
 * from 1 than the ratio: the latest completed daily candle in that average already holds 17 of the scaled 24 hours);
 * BTC's 7 days realized volatility a little above its 30 days; the total cap +0.64 %, far less than BTC's +2.9 %, so
 * BTC dominance rises about 1.3 points.
 * Authored into fixtures/day-decouple/ by `npx tsx scripts/author-fixtures.ts decouple`.
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

const btcLast = 111_742;

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, 2.9, 6.1, 4.3, 19_912_300, 2.5e9, 0.0016, 1.62),
    // the earlier range high, the 7d reference close, the week's stepping daily closes, yesterday's close, then the
    // climb after midnight through $110K and the range high
    waypoints: [
      { hoursBeforeAsOf: 7 + 24 * 16, price: 110_380 },
      ...weekAgo(btcLast, 6.1),
      { hoursBeforeAsOf: 7 + 24 * 5, price: 106_620 },
      { hoursBeforeAsOf: 7 + 24 * 4, price: 105_480 },
      { hoursBeforeAsOf: 7 + 24 * 3, price: 107_560 },
      { hoursBeforeAsOf: 7 + 24 * 2, price: 107_010 },
      { hoursBeforeAsOf: 7 + 24, price: 108_290 },
      { hoursBeforeAsOf: 7, price: 109_460 },
      { hoursBeforeAsOf: 3, price: 110_870 },
    ],
  },
  t('eth', 3_641.7, -1.5, -2.4, 1.8, 120_740_000, 1.5e9, 0.0028, 0.86),
  t('sol', 157.83, -4.1, -6.2, -3.4, 541_300_000, 5.6e8, 0.0034, 0.84),
  t('xrp', 2.4618, -2.3, -4.1, -1.2, 59_680_000_000, 3.9e8, 0.003, 0.86),
  t('bnb', 688.9, 0.4, -0.9, 2.7, 139_140_000, 1.6e8, 0.0022, 0.88),
  t('ada', 0.6437, 0.3, -2.8, -0.9, 36_270_000_000, 7.0e7, 0.0032, 0.86),
  t('avax', 21.06, -3.4, -5.7, -4.1, 426_900_000, 5.8e7, 0.0036, 0.84),
  t('dot', 3.561, 0.5, -3.2, -2.6, 1_627_000_000, 3.4e7, 0.0034, 0.87),
  t('near', 2.487, -5.2, -7.9, -6.3, 1_258_000_000, 8.0e7, 0.0038, 0.85),
  t('sui', 3.0412, -3.8, -5.3, -2.2, 3_612_000_000, 1.4e8, 0.0038, 0.84),
  t('arb', 0.3817, -2.7, -4.6, -5.1, 5_560_000_000, 4.6e7, 0.004, 0.85),
  t('op', 0.6328, 0.9, -2.1, -3.8, 1_866_000_000, 2.8e7, 0.004, 0.84),
  t('pol', 0.2271, -1.9, -3.7, -4.4, 10_440_000_000, 2.2e7, 0.0038, 0.86),
  t('imx', 0.5146, -3.9, -5.8, -6.6, 1_935_000_000, 1.4e7, 0.004, 0.8),
  t('fet', 0.5734, -6.8, -9.4, -7.7, 2_606_000_000, 1.2e8, 0.0044, 0.82),
  t('render', 3.3471, -5.9, -8.6, -6.1, 516_900_000, 7.0e7, 0.0042, 0.86),
  t('tao', 331.6, -6.3, -10.2, -4.8, 9_268_000, 1.4e8, 0.0042, 0.85),
  t('grt', 0.07918, -5.4, -7.3, -8.2, 10_460_000_000, 1.6e7, 0.004, 0.86),
  t('virtual', 0.9684, -7.6, -12.3, -9.6, 653_100_000, 8.2e7, 0.0048, 0.84),
  t('wld', 0.8433, -6.1, -8.8, -10.4, 2_176_000_000, 6.0e7, 0.0044, 0.85),
  t('fil', 2.2187, 1.2, -1.4, -2.9, 695_200_000, 3.2e7, 0.004, 0.9),
  t('hnt', 3.0952, 2.6, -0.7, 1.6, 179_300_000, 7.0e6, 0.0042, 0.92),
  t('iotx', 0.02216, -1.7, -3.9, -5.2, 9_424_000_000, 5.0e6, 0.0042, 0.86),
  t('axs', 2.2548, -3.1, -5.1, -6.4, 162_100_000, 1.3e7, 0.004, 0.85),
  t('sand', 0.2467, -3.6, -6.3, -7.1, 2_436_000_000, 1.7e7, 0.004, 0.84),
  t('gala', 0.01463, -4.2, -6.9, -8.3, 44_860_000_000, 1.6e7, 0.0042, 0.84),
  t('doge', 0.1793, -3.7, -6.6, -4.9, 150_310_000_000, 5.4e8, 0.004, 0.83),
  t('shib', 0.00001152, -3.3, -5.9, -6.2, 589_250_000_000_000, 6.2e7, 0.0042, 0.85),
  t('pepe', 0.00000917, -4.4, -7.8, -9.1, 420_690_000_000_000, 2.2e8, 0.0046, 0.84),
  t('wif', 0.7736, -2.9, -8.1, -11.6, 998_800_000, 7.6e7, 0.0048, 0.85),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.00017, oiUsd: 9.1e9, oiChange24h: 8.7, oiChange7d: 11.4 },
  { id: 'eth', funding: 0.00006, oiUsd: 4.8e9, oiChange24h: 3.1, oiChange7d: -1.2 },
  { id: 'sol', funding: -0.00008, oiUsd: 1.15e9, oiChange24h: -3.6, oiChange7d: -6.8 },
  { id: 'xrp', funding: 0.00003, oiUsd: 1.0e9, oiChange24h: 0.8, oiChange7d: 2.1 },
  { id: 'doge', funding: -0.00004, oiUsd: 6.9e8, oiChange24h: -1.3, oiChange7d: -4.4 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.07e12, change24h: 1.3, volume: 1.1e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.09e10, change24h: -2.2, volume: 9.4e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.28e10,
    change24h: -6.1,
    volume: 3.4e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 9.4e9,
    change24h: -1.6,
    volume: 1.1e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 7.4e9, change24h: -3.5, volume: 6.2e8 },
  { id: 'meme-token', name: 'Meme', cap: 4.9e10, change24h: -3.8, volume: 6.8e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 2.93e11, change24h: 0.01, volume: 1.2e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.3e10,
    change24h: -2.9,
    volume: 6.1e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.762e12, change24h: 0.64, totalVolumeUsd: 1.34e11 };

export const decoupleDay: DaySpec = {
  name: 'decouple',
  asOf: Date.UTC(2026, 7, 27, 7),
  seed: 20260827,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

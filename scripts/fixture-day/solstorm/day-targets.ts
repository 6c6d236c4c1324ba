/**
 * The solstorm day (2026-09-10, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A Solana-led day
 * on its own news while the majors barely move: SOL about +11.2 % near $232.86 to a fresh 30-day high, closing above
 * the highs of the 30 completed days before (an earlier range high a waypoint near $219.40 eighteen days before) and
 * through the $210 that was its resistance a day before, most of the move after midnight; +17.3 % on 7 days (a
 * waypoint on its 7d reference close, then the week's swinging closes, so its 7 days realized volatility sits far
 * above its 30 days) and +13.6 % on 30; BTC about +0.3 % near $113,384 between its $110K support and $115K
 * resistance, under its 30-day swing high (an earlier high a waypoint near $115,640 eleven days before), quiet (the
 * week's small alternating closes, a narrow night); ETH about -0.8 %, XRP +1.3 %, DOGE +0.4 %; 17 of 30 up (SOL, the
 * other alt layer 1s but DOT, BNB, XRP, BTC, POL, RENDER, GRT, HNT, AXS, GALA, DOGE, PEPE, WIF), 13 down; sectors on
 * 24h: layer 1 the best (SOL and the alt layer 1s lift it above BTC's +0.3 %), memes second (WIF, the Solana meme,
 * about +14.6 %, the top gainer), AI about flat, DePIN and gaming mixed, layer 2 last near -2.3 % with three of four
 * members down; on 7 days layer 1 the best, layer 2 the worst; funding hot on SOL (0.04 % per 8h), modest positive on
 * BTC, ETH and DOGE, slightly negative on XRP; open interest up about 4 % in total, SOL's about +19 %, BTC's flat,
 * ETH's slightly down; SOL's 24h volume about 3 times its 7-day average, WIF's about 1.9x, the others' 0.84-1.15x
 * (the factor, the last argument of t, sits further from 1 than the ratio: the latest completed daily candle in that
 * average already holds 17 of the scaled 24 hours); the total cap +1.04 %, more than BTC's +0.3 %, so BTC dominance
 * slips about 0.4 point.
 * Authored into fixtures/day-solstorm/ by `npx tsx scripts/author-fixtures.ts solstorm`.
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

const btcLast = 113_384;
const solLast = 232.86;

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, 0.32, 1.4, 2.7, 19_925_600, 2.3e9, 0.0018, 1.04),
    // an earlier high eleven days before, the 7d reference close, the week's small alternating closes, yesterday's
    // close, then a quiet night: a dip to its 24h low before dawn, a small high two hours before asOf
    waypoints: [
      { hoursBeforeAsOf: 7 + 24 * 11, price: 115_640 },
      ...weekAgo(btcLast, 1.4),
      { hoursBeforeAsOf: 7 + 24 * 5, price: 112_730 },
      { hoursBeforeAsOf: 7 + 24 * 4, price: 111_950 },
      { hoursBeforeAsOf: 7 + 24 * 3, price: 112_940 },
      { hoursBeforeAsOf: 7 + 24 * 2, price: 112_360 },
      { hoursBeforeAsOf: 7 + 24, price: 113_420 },
      { hoursBeforeAsOf: 7, price: 113_170 },
      { hoursBeforeAsOf: 4, price: 112_690 },
      { hoursBeforeAsOf: 2, price: 113_710 },
    ],
  },
  { ...t('eth', 3_874.3, -0.8, -1.9, 1.1, 120_710_000, 1.4e9, 0.0028, 0.97), waypoints: weekAgo(3_874.3, -1.9) },
  {
    ...t('sol', solLast, 11.2, 17.3, 13.6, 547_800_000, 6.0e8, 0.0024, 3.8),
    // the earlier range high, the 7d reference close, the week's swinging daily closes, yesterday's close, then the
    // run after midnight through $220 and the range high
    waypoints: [
      { hoursBeforeAsOf: 7 + 24 * 18, price: 219.4 },
      ...weekAgo(solLast, 17.3),
      { hoursBeforeAsOf: 7 + 24 * 5, price: 205.3 },
      { hoursBeforeAsOf: 7 + 24 * 4, price: 196.2 },
      { hoursBeforeAsOf: 7 + 24 * 3, price: 207.4 },
      { hoursBeforeAsOf: 7 + 24 * 2, price: 199.5 },
      { hoursBeforeAsOf: 7 + 24, price: 208.9 },
      { hoursBeforeAsOf: 7, price: 213.7 },
      { hoursBeforeAsOf: 3, price: 226.4 },
    ],
  },
  t('xrp', 2.7134, 1.3, -1.1, -3.8, 59_740_000_000, 4.0e8, 0.003, 1.08),
  t('bnb', 702.4, 0.6, 0.9, 2.2, 139_100_000, 1.6e8, 0.0022, 0.96),
  t('ada', 0.7128, 2.4, 3.9, 1.7, 36_290_000_000, 7.2e7, 0.0032, 1.12),
  t('avax', 24.87, 4.7, 6.3, 2.9, 427_100_000, 6.1e7, 0.0036, 1.18),
  t('dot', 3.914, -0.4, -1.6, -4.2, 1_628_000_000, 3.3e7, 0.0034, 0.93),
  t('near', 2.716, 3.1, 4.4, -1.3, 1_259_000_000, 8.2e7, 0.0038, 1.14),
  t('sui', 3.5827, 6.2, 8.1, 4.6, 3_615_000_000, 1.5e8, 0.0038, 1.19),
  t('arb', 0.4162, -3.6, -6.4, -8.3, 5_565_000_000, 4.5e7, 0.004, 0.94),
  t('op', 0.6981, -4.1, -7.2, -9.6, 1_868_000_000, 2.7e7, 0.004, 0.92),
  t('pol', 0.2493, 0.3, -3.1, -5.7, 10_450_000_000, 2.1e7, 0.0038, 0.95),
  t('imx', 0.5538, -3.3, -5.9, -7.4, 1_936_000_000, 1.4e7, 0.004, 0.91),
  t('fet', 0.6317, -0.9, -2.6, -5.1, 2_607_000_000, 1.1e8, 0.0044, 0.97),
  t('render', 3.6842, 0.6, -1.4, -3.3, 517_100_000, 6.8e7, 0.0042, 1.02),
  t('tao', 352.7, -1.4, -3.2, 2.4, 9_281_000, 1.4e8, 0.0042, 0.98),
  t('grt', 0.08634, 0.4, -2.2, -6.1, 10_470_000_000, 1.5e7, 0.004, 1.01),
  t('virtual', 1.0873, -2.3, -4.8, -7.9, 653_400_000, 8.0e7, 0.0048, 0.94),
  t('wld', 0.9147, -1.8, -3.6, -8.7, 2_181_000_000, 5.8e7, 0.0044, 0.96),
  t('fil', 2.4418, -1.6, -3.4, -6.3, 695_900_000, 3.1e7, 0.004, 0.95),
  t('hnt', 3.3261, 1.9, 0.8, -2.7, 179_400_000, 6.8e6, 0.0042, 1.06),
  t('iotx', 0.02437, -0.8, -2.7, -5.9, 9_426_000_000, 4.9e6, 0.0042, 0.97),
  t('axs', 2.5193, 1.4, -1.8, -4.6, 162_300_000, 1.2e7, 0.004, 1.03),
  t('sand', 0.2731, -0.6, -3.3, -6.2, 2_437_000_000, 1.6e7, 0.004, 0.96),
  t('gala', 0.01618, 0.5, -2.1, -5.4, 44_870_000_000, 1.5e7, 0.0042, 1.01),
  t('doge', 0.2047, 0.4, -0.9, -2.3, 150_380_000_000, 5.2e8, 0.004, 1.07),
  t('shib', 0.00001263, -0.9, -2.8, -4.1, 589_260_000_000_000, 6.0e7, 0.0042, 0.95),
  t('pepe', 0.00000986, 1.1, 0.7, -3.6, 420_690_000_000_000, 2.1e8, 0.0046, 1.09),
  t('wif', 0.8926, 14.6, 21.3, 8.4, 998_900_000, 7.8e7, 0.0048, 2.3),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000072, oiUsd: 8.2e9, oiChange24h: 0.2, oiChange7d: 1.7 },
  { id: 'eth', funding: 0.000046, oiUsd: 4.6e9, oiChange24h: -0.7, oiChange7d: -2.3 },
  { id: 'sol', funding: 0.0004, oiUsd: 3.9e9, oiChange24h: 19.2, oiChange7d: 31.6 },
  { id: 'xrp', funding: -0.000023, oiUsd: 1.1e9, oiChange24h: 3.6, oiChange7d: 0.9 },
  { id: 'doge', funding: 0.000094, oiUsd: 8.0e8, oiChange24h: 6.1, oiChange7d: 4.8 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.18e12, change24h: 0.9, volume: 9.6e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.12e10, change24h: -2.6, volume: 9.1e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.41e10,
    change24h: 0.2,
    volume: 2.9e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.02e10,
    change24h: -0.4,
    volume: 9.8e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 7.9e9, change24h: -1.2, volume: 5.6e8 },
  { id: 'meme-token', name: 'Meme', cap: 5.6e10, change24h: 1.4, volume: 7.3e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 2.97e11, change24h: 0.02, volume: 1.1e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.7e10,
    change24h: 0.6,
    volume: 6.4e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.811e12, change24h: 1.04, totalVolumeUsd: 1.41e11 };

export const solstormDay: DaySpec = {
  name: 'solstorm',
  asOf: Date.UTC(2026, 8, 10, 7),
  seed: 20260910,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

/**
 * The fakeout day (2026-07-09, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A failed breakout,
 * a bull trap with crowded longs: BTC climbed through a swinging week into yesterday's close near $112,800, then
 * after midnight pierced the highs of the 30 completed days before (a waypoint near $114,700 five hours before asOf:
 * a peak before midnight would sit in yesterday's completed candle and be the 30-day swing high itself; the earlier
 * range high a waypoint near $113,000 sixteen days before), then reversed hard to about $108,900, -3.2 % on 24h,
 * back under the $110K that was its support a day before (now its resistance) and under the swing high, still about
 * +2.5 % on 7 days (a waypoint on its 7d reference close, then the week's daily closes) and +6.7 % on 30 (input
 * 7.5); ETH about -4.6 %, SOL -6.1 %, BNB -1.9 %, DOGE -9.8 %; XRP the one large cap up, about +6.4 % on its own
 * news, closing at a fresh 30-day high; 6 of 30 up (XRP and ADA in layer 1, TAO in AI, POL in layer 2, AXS in gaming, HNT in DePIN),
 * 24 down; sectors on 24h: AI slightly up (TAO's weight), the only sector up, layer 1, layer 2 and gaming in between,
 * DePIN second worst, memes last near -10 %; funding positive and elevated on every perp (longs pay everywhere
 * despite the drop); open interest falling about 7 % in total (DOGE the largest drop, XRP the only one rising); 24h
 * volumes about 1.8 to 2.6 times their 7-day average, DOGE's the highest multiple (the factor, the last argument of
 * t, sits further from 1: the latest completed daily candle in that average already holds 17 of the scaled 24
 * hours); BTC's 7 days realized volatility moderate-high (the week's swinging closes), its 30 days low-moderate;
 * the total market cap down about 3.9 %, more than BTC's 3.2 %, so BTC dominance rises about 0.4 point (a total cap
 * -4.1 % would lift a dominance near 58 % by about 0.54 point: 0.4 would need a dominance near 43 %).
 * Authored into fixtures/day-fakeout/ by `npx tsx scripts/author-fixtures.ts fakeout`.
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

const btcLast = 108_900;
const ethLast = 3_812.4;
const xrpLast = 2.8426;

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, -3.2, 2.5, 7.5, 19_893_900, 2.6e9, 0.0014, 2.3),
    // the earlier range high, the 7d reference close, the week's daily closes, yesterday's close, the breakout after
    // midnight to its peak five hours before asOf, then the reversal
    waypoints: [
      { hoursBeforeAsOf: 7 + 24 * 16, price: 113_000 },
      ...weekAgo(btcLast, 2.5),
      { hoursBeforeAsOf: 7 + 24 * 5, price: 107_900 },
      { hoursBeforeAsOf: 7 + 24 * 4, price: 106_300 },
      { hoursBeforeAsOf: 7 + 24 * 3, price: 108_900 },
      { hoursBeforeAsOf: 7 + 24 * 2, price: 108_000 },
      { hoursBeforeAsOf: 7 + 24, price: 110_600 },
      { hoursBeforeAsOf: 7, price: 112_800 },
      { hoursBeforeAsOf: 6, price: 113_650 },
      { hoursBeforeAsOf: 5, price: 114_700 },
      { hoursBeforeAsOf: 3, price: 111_400 },
    ],
  },
  {
    ...t('eth', ethLast, -4.6, 1.8, 7.5, 120_710_000, 1.6e9, 0.0032, 2.3),
    waypoints: [...weekAgo(ethLast, 1.8), { hoursBeforeAsOf: 7, price: 4_012 }],
  },
  t('sol', 168.35, -6.1, -0.8, 4.2, 540_900_000, 6.0e8, 0.0045, 2.4),
  {
    ...t('xrp', xrpLast, 6.4, 9.6, 14.8, 59_620_000_000, 4.2e8, 0.0042, 2.1),
    waypoints: [...weekAgo(xrpLast, 9.6), { hoursBeforeAsOf: 7, price: 2.725 }],
  },
  t('bnb', 745.6, -1.9, 0.6, 3.1, 139_150_000, 1.8e8, 0.0034, 2.0),
  t('ada', 0.7214, 0.4, 3.2, 8.1, 36_250_000_000, 8.0e7, 0.0046, 2.1),
  t('avax', 22.46, -5.4, -1.2, 3.8, 426_800_000, 6.2e7, 0.005, 2.2),
  t('dot', 3.684, -4.9, -0.6, 2.9, 1_625_000_000, 3.8e7, 0.0048, 2.1),
  t('near', 2.452, -1.2, -1.9, 1.6, 1_256_000_000, 9.0e7, 0.005, 2.1),
  t('sui', 3.2718, -6.9, -2.4, 5.1, 3_605_000_000, 1.5e8, 0.0052, 2.3),
  t('arb', 0.4126, -5.6, -2.1, 2.4, 5_550_000_000, 5.0e7, 0.0054, 2.1),
  t('op', 0.6842, -6.2, -3, 1.1, 1_862_000_000, 3.0e7, 0.0056, 2.1),
  t('pol', 0.2356, 0.6, 1.4, 4.8, 10_430_000_000, 2.4e7, 0.0052, 2.1),
  t('imx', 0.5518, -3.8, -1.1, 2.2, 1_932_000_000, 1.5e7, 0.0054, 2.0),
  t('fet', 0.6034, -0.5, 1.2, 6.4, 2_604_000_000, 1.3e8, 0.0054, 2.0),
  t('render', 3.2264, -4.6, -0.9, 3.6, 515_600_000, 6.4e7, 0.0052, 2.2),
  t('tao', 352.6, 6.1, 8.4, 14.6, 9_240_000, 1.6e8, 0.005, 2.5),
  t('grt', 0.08214, -0.4, -0.4, 3.3, 10_450_000_000, 1.8e7, 0.005, 2.0),
  t('virtual', 1.0236, -1.2, 2.6, 11.2, 652_900_000, 9.0e7, 0.0058, 2.1),
  t('wld', 0.8874, -0.3, 0.8, 5.2, 2_168_000_000, 6.8e7, 0.0056, 2.1),
  t('fil', 2.1042, -8.2, -3.6, 0.4, 693_900_000, 3.1e7, 0.005, 2.4),
  t('hnt', 2.9126, 0.7, 2.1, 6.3, 178_600_000, 6.0e6, 0.005, 2.0),
  t('iotx', 0.02108, -8.8, -4.1, -1.2, 9_418_000_000, 4.6e6, 0.0052, 2.4),
  t('axs', 2.3072, 1.1, 0.6, 4.4, 161_500_000, 1.5e7, 0.0054, 2.0),
  t('sand', 0.2614, -4.2, -1.8, 2.7, 2_434_000_000, 2.0e7, 0.0052, 2.1),
  t('gala', 0.01522, -5.6, -2.6, 1.9, 44_780_000_000, 1.9e7, 0.0054, 2.2),
  t('doge', 0.1924, -9.8, -4.2, 3.4, 150_250_000_000, 6.2e8, 0.0056, 2.9),
  t('shib', 0.00001184, -8.6, -3.8, 1.2, 589_250_000_000_000, 7.0e7, 0.0054, 2.5),
  t('pepe', 0.00000962, -11.4, -5.2, 2.6, 420_690_000_000_000, 2.6e8, 0.006, 2.6),
  t('wif', 0.8216, -13.2, -6.4, 0.8, 998_800_000, 9.2e7, 0.0062, 2.6),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.00021, oiUsd: 8.4e9, oiChange24h: -6.8, oiChange7d: 9.8 },
  { id: 'eth', funding: 0.00018, oiUsd: 4.9e9, oiChange24h: -7.6, oiChange7d: 7.4 },
  { id: 'sol', funding: 0.00035, oiUsd: 1.3e9, oiChange24h: -9.2, oiChange7d: 6.1 },
  { id: 'xrp', funding: 0.0003, oiUsd: 1.05e9, oiChange24h: 4.2, oiChange7d: 18.6 },
  { id: 'doge', funding: 0.0005, oiUsd: 7.6e8, oiChange24h: -13.4, oiChange7d: 11.2 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.95e12, change24h: -3.0, volume: 1.9e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.12e10, change24h: -3.6, volume: 1.6e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.4e10,
    change24h: 0.3,
    volume: 5.8e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 9.1e9,
    change24h: -5.2,
    volume: 1.3e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 7.6e9, change24h: -3.5, volume: 1.1e9 },
  { id: 'meme-token', name: 'Meme', cap: 5.2e10, change24h: -10.1, volume: 1.4e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 2.9e11, change24h: 0.01, volume: 1.8e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.6e10,
    change24h: -4.3,
    volume: 1.0e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.72e12, change24h: -3.9, totalVolumeUsd: 2.1e11 };

export const fakeoutDay: DaySpec = {
  name: 'fakeout',
  asOf: Date.UTC(2026, 6, 9, 7),
  seed: 20260709,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

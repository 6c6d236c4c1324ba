/**
 * The breakdown day (2026-11-05, a Thursday, asOf 07:00Z; the grind's date, with another market): our own numbers
 * (fields: ../day-spec.ts). A bitcoin-specific breakdown while the alts hold up: BTC about -4.5 % near $102,460,
 * through the $105K level that was its support a day before and below the lows of the 30 completed days before (a
 * fresh 30-day low: most of the slide comes after midnight, yesterday's close still near $106,150), about -7 % on 7
 * days (a waypoint on its 7d reference close) and -9 % on 30; its daily closes of the week before swing 2 to 3 % a
 * day (waypoints), so its 7-day realized volatility jumps far above its 30-day one; ETH almost flat (about -0.4 %)
 * near $3,529, well above its $3,400 support; SOL about +1.2 %, BNB about -2 %; 11 of 30 up, 19 down, BTC the worst
 * mover; gaming leads at about +3 % (SAND about +6 %, the top gainer), AI second at about +1 % (WLD about +4.4 %),
 * memes and layer 2 near flat, DePIN about -2.6 % and layer 1 last at about -3.4 % (BTC's weight); each sector's
 * best and worst member a pair no other day has; funding deeply negative on BTC (-0.015 % per 8h), positive on ETH
 * (0.006 %), SOL (0.0021 %) and DOGE (0.0047 %), negative on XRP (-0.0038 %); open interest about -6 % in total
 * with BTC -12 % and ETH +4 %; BTC's 24h volume about 2.8 times its 7-day average, the alts' 0.9 to 1.5 times (the
 * factor, the last argument of t, sits further from 1: the latest completed daily candle in that average already
 * holds 17 of the scaled 24 hours); the total market cap down about 2.2 % while BTC falls 4.5 %, so BTC dominance
 * drops about 1.5 points to about 61 % (a fall of 1.5 points with the total cap -2.5 % would need a dominance near
 * 72 %).
 * Authored into fixtures/day-breakdown/ by `npx tsx scripts/author-fixtures.ts breakdown`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
  type Waypoint,
  weekAgo,
} from '../day-spec.ts';

const btcLast = 102_460.3;

/**
 * BTC's daily closes of the week before (hours before asOf: the close of the UTC day k days before yesterday; the
 * first is the 7d reference, about -7 % on 7 days), yesterday's close near $106,150, then the break after midnight.
 */
const btcPath: Waypoint[] = [
  ...weekAgo(btcLast, -7.0),
  // 7 + 24 * 6: the 7d anchor (change7d), 112,900.
  { hoursBeforeAsOf: 7 + 24 * 5, price: 109_650 },
  { hoursBeforeAsOf: 7 + 24 * 4, price: 112_450 },
  { hoursBeforeAsOf: 7 + 24 * 3, price: 108_900 },
  { hoursBeforeAsOf: 7 + 24 * 2, price: 111_300 },
  { hoursBeforeAsOf: 7 + 24, price: 108_100 },
  { hoursBeforeAsOf: 7, price: 106_150 },
  { hoursBeforeAsOf: 4, price: 104_380 },
];

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, -4.5, (btcLast / 112_900 - 1) * 100, -9.8, 19_955_700, 3.0e9, 0.0028, 3.3),
    waypoints: btcPath,
  },
  t('eth', 3_528.64, -0.4, 1.2, 3.4, 120_695_000, 1.7e9, 0.0038, 1.25),
  t('sol', 171.42, 1.2, 2.6, 4.1, 551_600_000, 6.1e8, 0.0045, 1.3),
  t('xrp', 2.3146, -1.3, -2.1, -4.6, 60_330_000_000, 3.9e8, 0.0042, 1.2),
  t('bnb', 948.7, -2.0, -1.4, 1.8, 139_110_000, 1.9e8, 0.0035, 1.35),
  t('ada', 0.6483, -0.8, 0.4, -6.2, 36_480_000_000, 8.4e7, 0.0046, 1.05),
  t('avax', 18.27, -1.1, -0.6, -7.9, 429_500_000, 6.2e7, 0.0048, 1.1),
  t('dot', 3.214, 1.9, 3.3, -4.8, 1_639_000_000, 4.1e7, 0.0046, 1.4),
  t('near', 2.987, -0.3, 1.8, -3.2, 1_268_700_000, 1.1e8, 0.0048, 1.05),
  t('sui', 2.6184, -0.5, 0.9, -5.1, 3_689_000_000, 1.7e8, 0.005, 1.15),
  t('arb', 0.3142, -2.6, -3.4, -10.6, 5_643_000_000, 4.4e7, 0.0048, 1.2),
  t('op', 0.4731, -0.9, -1.2, -9.1, 1_894_000_000, 2.8e7, 0.0048, 1.0),
  t('pol', 0.1906, 1.5, 2.9, -6.4, 10_512_000_000, 2.5e7, 0.0046, 1.3),
  t('imx', 0.5544, 1.2, 4.1, -7.3, 1_954_600_000, 1.6e7, 0.005, 1.2),
  t('fet', 0.6618, -0.7, 2.2, -5.6, 2_625_100_000, 1.5e8, 0.0052, 1.05),
  t('render', 3.386, -3.6, -4.9, -11.8, 518_200_000, 7.8e7, 0.0052, 1.35),
  t('tao', 446.2, 2.7, 6.4, 9.2, 9_615_000, 1.8e8, 0.005, 1.25),
  t('grt', 0.08592, -0.4, 0.6, -8.4, 10_539_000_000, 2.2e7, 0.005, 0.95),
  t('virtual', 1.7183, 2.6, 7.8, -4.1, 655_200_000, 1.1e8, 0.0058, 1.3),
  t('wld', 1.1376, 4.4, 9.6, 2.3, 2_293_000_000, 8.2e7, 0.0055, 1.5),
  t('fil', 1.9872, -1.8, -2.6, -9.2, 701_900_000, 3.5e7, 0.005, 1.1),
  t('hnt', 2.7184, -2.2, -3.1, -8.1, 181_100_000, 7.4e6, 0.005, 1.0),
  t('iotx', 0.02057, -0.6, 1.4, -6.8, 9_438_500_000, 5.9e6, 0.0052, 0.95),
  t('axs', 1.8762, 2.9, 5.3, -6.6, 163_700_000, 1.8e7, 0.0052, 1.35),
  t('sand', 0.2637, 6.2, 9.4, -3.2, 2_450_100_000, 2.6e7, 0.0055, 1.5),
  t('gala', 0.01462, 3.8, 7.1, -5.4, 45_300_000_000, 2.2e7, 0.0055, 1.45),
  t('doge', 0.2061, 0.6, -0.8, -4.4, 150_880_000_000, 6.1e8, 0.005, 1.1),
  t('shib', 0.00001214, -0.9, -1.7, -7.6, 589_250_000_000_000, 7.2e7, 0.005, 0.95),
  t('pepe', 0.00000792, -2.4, -3.8, -11.3, 420_690_000_000_000, 2.8e8, 0.0058, 1.15),
  t('wif', 0.6128, -1.6, -4.2, -13.9, 998_840_000, 1.0e8, 0.0058, 1.05),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.00015, oiUsd: 9.5e9, oiChange24h: -12, oiChange7d: -15.8 },
  { id: 'eth', funding: 0.00006, oiUsd: 4.6e9, oiChange24h: 4, oiChange7d: 6.2 },
  { id: 'sol', funding: 0.000021, oiUsd: 1.5e9, oiChange24h: 2, oiChange7d: 3.4 },
  { id: 'xrp', funding: -0.000038, oiUsd: 8.5e8, oiChange24h: -3, oiChange7d: -4.1 },
  { id: 'doge', funding: 0.000047, oiUsd: 7.5e8, oiChange24h: 1.5, oiChange7d: 2.2 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.81e12, change24h: -3.28, volume: 1.64e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.47e10, change24h: 0.04, volume: 1.21e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.83e10,
    change24h: 1.12,
    volume: 4.9e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.06e10,
    change24h: -2.36,
    volume: 9.4e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.8e9, change24h: 2.87, volume: 1.06e9 },
  { id: 'meme-token', name: 'Meme', cap: 5.52e10, change24h: 0.11, volume: 8.7e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.171e11, change24h: 0.03, volume: 1.18e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.42e10,
    change24h: -1.14,
    volume: 7.2e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.352e12, change24h: -2.2, totalVolumeUsd: 2.16e11 };

export const breakdownDay: DaySpec = {
  name: 'breakdown',
  asOf: Date.UTC(2026, 10, 5, 7),
  seed: 202611055,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

/**
 * The rollup day (2026-09-03, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). An ether-and-rollups
 * rally while bitcoin slips: ETH about +4.8 % near $4,720, through the $4,600 that was its resistance a day before and
 * above the highs of the 30 completed days before (a fresh 30-day high: yesterday's close pinned at $4,570, under
 * both), about +9 % on 7 days (a waypoint on its 7d reference close) and +12 % on 30; BTC about -0.6 % near $111,950,
 * between its $110K support and $115K resistance, about -1.5 % on 7 days (a waypoint on its 7d reference close) and
 * -3 % on 30; layer 2 leads at about +8.5 % with all four members up (OP about +12.5 %, the top gainer, ARB about
 * +10.5 %, POL about +6.6 %, IMX about +4 %), gaming about +2 % (IMX its best), layer 1 about +0.7 % (ETH's weight
 * against BTC's, SOL, XRP and BNB up 2 to 3.5 %), DePIN about -0.3 %, AI about -1.2 %, memes last near -2.4 % with
 * all four members down (DOGE about -2.2 %, PEPE about -4.6 % the worst mover); 14 of 30 up, 16 down; funding
 * positive on ETH (0.018 % per 8h) and XRP (0.005 %), negative on BTC (-0.004 %), SOL (-0.001 %) and DOGE
 * (-0.008 %); open interest ETH +9 %, BTC -2 %, SOL +1 %, XRP +0.5 %, DOGE -3 %; OP's and ARB's 24h volume about 3.5
 * times their 7-day average, ETH's about 1.9 times, BTC's about 0.8 times, the others near 1 (the factor, the last
 * argument of t, sits further from 1: the latest completed daily candle in that average already holds 17 of the
 * scaled 24 hours); the total market cap up about 0.7 % while BTC loses 0.6 %, so BTC dominance drops about 0.8 point
 * (a fall of 0.8 point with the total cap +0.4 % would need a dominance near 80 %).
 * Authored into fixtures/day-rollup/ by `npx tsx scripts/author-fixtures.ts rollup`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
  pinned7d,
  weekAgo,
} from '../day-spec.ts';

const ethLast = 4_721.38;

const assetTargets: AssetTarget[] = [
  pinned7d(t('btc', 111_948.6, -0.6, -1.5, -3.45, 19_912_300, 2.4e9, 0.0024, 0.78)),
  {
    ...t('eth', ethLast, 4.8, 9, 10.7, 120_685_000, 1.6e9, 0.003, 1.95),
    // the 7d reference close, then yesterday's close under the $4,600 of the day before
    waypoints: [...weekAgo(ethLast, 9), { hoursBeforeAsOf: 7, price: 4_571.2 }],
  },
  t('sol', 206.84, 3.4, 5.2, 6.8, 543_800_000, 5.6e8, 0.0042, 1.05),
  t('xrp', 2.8342, 2.6, 1.4, -2.9, 59_640_000_000, 3.6e8, 0.0038, 1.0),
  t('bnb', 868.4, 2.2, 3.1, 4.6, 139_180_000, 1.7e8, 0.003, 1.0),
  t('ada', 0.8214, -0.4, -2.3, -5.8, 36_250_000_000, 7.4e7, 0.0042, 0.95),
  t('avax', 24.16, -0.8, -1.9, -4.4, 426_900_000, 6.0e7, 0.0045, 0.95),
  t('dot', 3.912, -1.1, -3.2, -9.6, 1_626_000_000, 3.6e7, 0.0044, 0.95),
  t('near', 2.514, -1.0, -2.6, -7.1, 1_256_000_000, 9.4e7, 0.0046, 1.0),
  t('sui', 3.4186, 1.8, 0.6, -1.9, 3_612_000_000, 1.5e8, 0.0048, 1.05),
  t('arb', 0.4718, 10.5, 14.2, 9.8, 5_560_000_000, 5.2e7, 0.0052, 4.9),
  t('op', 0.7934, 12.5, 17.6, 11.3, 1_866_000_000, 3.1e7, 0.0056, 4.9),
  t('pol', 0.2512, 6.6, 8.1, 3.7, 10_440_000_000, 2.4e7, 0.0048, 1.1),
  t('imx', 0.6427, 4, 5.3, -1.8, 1_934_000_000, 1.5e7, 0.0048, 1.1),
  t('fet', 0.6472, -2.2, -4.6, -9.8, 2_606_000_000, 1.3e8, 0.005, 0.95),
  t('render', 3.4916, -2.6, -5.1, -10.4, 515_800_000, 6.4e7, 0.0048, 0.95),
  t('tao', 331.6, 0.8, 2.4, -6.2, 9_360_000, 1.4e8, 0.005, 1.0),
  t('grt', 0.08874, -1.4, -3.7, -11.2, 10_460_000_000, 1.8e7, 0.0046, 0.95),
  t('virtual', 1.1042, -3.1, -7.4, -18.6, 653_200_000, 9.2e7, 0.0056, 0.95),
  t('wld', 1.0126, -1.8, -4.1, -12.3, 2_180_000_000, 6.8e7, 0.0052, 0.95),
  t('fil', 2.2184, 1.6, 0.9, -6.4, 694_200_000, 3.1e7, 0.0046, 1.0),
  t('hnt', 3.0217, 2.4, 3.6, -2.2, 179_000_000, 6.0e6, 0.0046, 1.05),
  t('iotx', 0.02236, -0.9, -2.4, -9.7, 9_420_000_000, 4.6e6, 0.005, 0.95),
  t('axs', 2.5871, 2.4, 1.2, -8.6, 161_700_000, 1.5e7, 0.005, 1.05),
  t('sand', 0.2873, 1.2, -0.6, -9.4, 2_436_000_000, 2.0e7, 0.0048, 1.0),
  t('gala', 0.01684, -0.7, -2.8, -11.8, 44_880_000_000, 1.9e7, 0.005, 0.95),
  t('doge', 0.2114, -2.2, -4.8, -9.6, 150_440_000_000, 5.8e8, 0.005, 1.0),
  t('shib', 0.00001247, -2.0, -3.6, -8.4, 589_250_000_000_000, 6.8e7, 0.005, 0.95),
  t('pepe', 0.00000963, -4.6, -8.9, -16.2, 420_690_000_000_000, 2.5e8, 0.0058, 1.0),
  t('wif', 0.8516, -3.4, -7.2, -15.1, 998_840_000, 9.0e7, 0.0058, 0.95),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.00004, oiUsd: 8.8e9, oiChange24h: -2, oiChange7d: -4.6 },
  { id: 'eth', funding: 0.00018, oiUsd: 6.4e9, oiChange24h: 9, oiChange7d: 16.2 },
  { id: 'sol', funding: -0.00001, oiUsd: 1.5e9, oiChange24h: 1, oiChange7d: 2.1 },
  { id: 'xrp', funding: 0.00005, oiUsd: 9.6e8, oiChange24h: 0.5, oiChange7d: -1.2 },
  { id: 'doge', funding: -0.00008, oiUsd: 9.8e8, oiChange24h: -3, oiChange7d: -6.4 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.21e12, change24h: 0.78, volume: 8.9e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.84e10, change24h: 8.12, volume: 2.6e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.71e10,
    change24h: -1.08,
    volume: 3.8e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.09e10,
    change24h: -0.24,
    volume: 7.8e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.9e9, change24h: 1.86, volume: 8.4e8 },
  { id: 'meme-token', name: 'Meme', cap: 5.78e10, change24h: -2.38, volume: 7.9e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.06e11, change24h: 0.01, volume: 1.01e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.16e11,
    change24h: 2.64,
    volume: 6.8e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.81e12, change24h: 0.7, totalVolumeUsd: 1.36e11 };

export const rollupDay: DaySpec = {
  name: 'rollup',
  asOf: Date.UTC(2026, 8, 3, 7),
  seed: 20260903,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

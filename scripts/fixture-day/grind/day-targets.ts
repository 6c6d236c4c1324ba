/**
 * The grind day (2026-11-05, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A slow grind
 * lower: BTC about -1.3 % over 24h near $99,200, just under $100K (-4 % on 7 days, -6 % on 30) with low hourly
 * volatility; ETH about -2.1 %; 9 of 30 up, 21 down; DePIN leads at about +1.8 % (IOTX about +6 %), layer 2 about
 * -0.6 %, layer 1 about -1.4 %, AI about -2 %, memes about -3 %, gaming last at about -4.5 %; funding mixed and near
 * zero (BTC 0.0031 %, ETH -0.0018 %, SOL 0.0052 %, XRP -0.0009 %, DOGE 0.0024 % per 8h); open interest flat in
 * total (about +0.4 %) with BTC +1.8 % and SOL -3.5 %; 24h volume 0.8 to 1.1 times the 7-day average (the last
 * argument of t); the total market cap down about 1.7 % while BTC falls 1.3 %, so BTC dominance edges up.
 * Authored into fixtures/day-grind/ by `npx tsx scripts/author-fixtures.ts grind`.
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

/** BTC's close 7 days before the latest completed candle (the 7d change's reference): about -4 % on 7 days. */
const btcWeekAgo: Waypoint[] = [{ hoursBeforeAsOf: 7 + 24 * 7, price: 103_373.5 }];

const assetTargets: AssetTarget[] = [
  { ...t('btc', 99_238.6, -1.3, -4.0, -6.4, 19_955_400, 2.86e9, 0.0024, 0.94), waypoints: btcWeekAgo },
  t('eth', 3_312.47, -2.1, -6.3, -9.4, 120_691_000, 1.62e9, 0.0041, 0.91),
  t('sol', 158.36, -2.4, -7.1, -11.2, 551_200_000, 6.4e8, 0.005, 0.97),
  t('xrp', 2.2187, -1.1, -3.6, -5.8, 60_310_000_000, 3.7e8, 0.0042, 0.88),
  t('bnb', 931.4, 0.4, -1.2, -2.9, 139_120_000, 1.8e8, 0.0035, 0.84),
  t('ada', 0.6217, -1.9, -6.6, -12.5, 36_470_000_000, 8.2e7, 0.0048, 0.93),
  t('avax', 17.14, -2.2, -8.4, -14.1, 429_300_000, 6.3e7, 0.005, 0.96),
  t('dot', 3.026, -1.7, -7.9, -13.6, 1_638_900_000, 3.9e7, 0.0047, 0.9),
  t('near', 2.918, -2.6, -8.8, -10.7, 1_268_400_000, 1.18e8, 0.005, 0.95),
  t('sui', 2.4672, 0.2, -5.3, -8.2, 3_688_000_000, 1.7e8, 0.0052, 1.02),
  t('arb', 0.3011, -0.9, -6.2, -9.9, 5_641_000_000, 4.3e7, 0.005, 0.92),
  t('op', 0.4522, 1.7, -4.8, -8.6, 1_893_700_000, 2.9e7, 0.0052, 1.04),
  t('pol', 0.1814, 0.8, -5.1, -10.3, 10_510_000_000, 2.4e7, 0.005, 0.89),
  t('imx', 0.5318, -4.2, -9.2, -15.4, 1_954_300_000, 1.5e7, 0.0055, 0.98),
  t('fet', 0.6126, -3.8, -10.1, -13.8, 2_624_900_000, 1.6e8, 0.0055, 0.97),
  t('render', 3.214, 1.6, -3.4, -7.7, 518_100_000, 8.1e7, 0.0052, 1.06),
  t('tao', 418.3, 0.3, -2.7, -4.1, 9_612_000, 1.8e8, 0.005, 0.93),
  t('grt', 0.08217, -3.2, -9.6, -15.2, 10_538_000_000, 2.3e7, 0.0055, 0.86),
  t('virtual', 1.5234, -4.6, -12.4, -18.1, 655_100_000, 1.1e8, 0.006, 1.01),
  t('wld', 0.9147, -4.1, -10.9, -16.3, 2_291_000_000, 7.6e7, 0.0055, 0.94),
  t('fil', 2.047, 1.2, -2.1, -9.4, 701_800_000, 3.7e7, 0.005, 1.03),
  t('hnt', 2.871, 2.4, 1.6, -3.7, 181_000_000, 7.8e6, 0.0052, 1.07),
  t('iotx', 0.02164, 6.1, 4.2, -2.4, 9_438_000_000, 6.1e6, 0.006, 1.09),
  t('axs', 1.7831, -4.8, -11.3, -19.2, 163_600_000, 1.7e7, 0.0055, 0.99),
  t('sand', 0.2284, -4.2, -10.6, -17.5, 2_449_800_000, 2.2e7, 0.0055, 0.96),
  t('gala', 0.01297, -5.1, -12.2, -20.4, 45_280_000_000, 2.1e7, 0.0058, 1.0),
  t('doge', 0.1872, -2.9, -8.7, -11.9, 150_860_000_000, 6.2e8, 0.0055, 0.92),
  t('shib', 0.00001067, -2.6, -7.4, -12.8, 589_250_000_000_000, 7.1e7, 0.0052, 0.87),
  t('pepe', 0.00000663, -3.8, -11.5, -16.9, 420_690_000_000_000, 2.9e8, 0.006, 0.95),
  t('wif', 0.5438, -3.4, -12.8, -19.6, 998_840_000, 1.02e8, 0.006, 0.98),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000031, oiUsd: 6.0e9, oiChange24h: 1.8, oiChange7d: 3.1 },
  { id: 'eth', funding: -0.000018, oiUsd: 7.1e9, oiChange24h: 0.3, oiChange7d: -2.4 },
  { id: 'sol', funding: 0.000052, oiUsd: 2.1e9, oiChange24h: -3.5, oiChange7d: -6.8 },
  { id: 'xrp', funding: -0.000009, oiUsd: 1.1e9, oiChange24h: 2.4, oiChange7d: 1.2 },
  { id: 'doge', funding: 0.000024, oiUsd: 1.3e9, oiChange24h: -0.8, oiChange7d: -4.5 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.836e12, change24h: -1.45, volume: 1.02e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.49e10, change24h: -0.62, volume: 1.04e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.94e10,
    change24h: -2.04,
    volume: 4.1e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.071e10,
    change24h: 1.76,
    volume: 7.9e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.42e9, change24h: -4.52, volume: 6.8e8 },
  { id: 'meme-token', name: 'Meme', cap: 6.18e10, change24h: -3.04, volume: 9.6e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.112e11, change24h: 0.02, volume: 1.01e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.86e10,
    change24h: -2.37,
    volume: 6.2e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.3915e12, change24h: -1.7, totalVolumeUsd: 1.468e11 };

export const grindDay: DaySpec = {
  name: 'grind',
  asOf: Date.UTC(2026, 10, 5, 7),
  seed: 20261105,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

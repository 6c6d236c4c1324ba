/**
 * The altseason day (2026-11-12, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). Bitcoin
 * stands still while the altcoins rally broadly: BTC about -0.2 % over 24h near $101,600 (+1 % on 7 days) with low
 * hourly volatility and volume under its 7-day average; ETH about +6.5 % near $3,950, a fresh 30-day swing high
 * (above the highs of the 30 completed days before); 26 of 30 up, 4 down (BTC, BNB, TAO and HNT); layer 2 leads at
 * about +11 % (OP about +15 %), memes about +9 % (PEPE about +14 %), AI about +7 %, gaming about +5 %, DePIN about
 * +4 %, layer 1 about +1.5 % (BTC's weight holds it back); funding positive on every perp, elevated on the
 * altcoins (ETH 0.024 %, SOL 0.031 %, DOGE 0.045 % per 8h) and slight on BTC (0.006 %); open interest BTC -1 %,
 * ETH +9 %, SOL +12 %, DOGE +22 %, about +7 % in total; 24h volume 1.5 to 2.2 times the 7-day average on the
 * altcoins and 0.9 times on BTC (the last argument of t: the factor on its last 24 hours' volume); the total
 * market cap up about 2.9 % while BTC slips, so BTC dominance falls nearly 2 points to about 57 %.
 * The seed is the first from 20261112 up whose ETH path stays under today's price on every completed candle of
 * the 30 before it.
 * Authored into fixtures/day-altseason/ by `npx tsx scripts/author-fixtures.ts altseason`.
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

/** BTC's close 7 days before the latest completed candle (the 7d change's reference): +1.02 % on 7 days. */
const btcWeekAgo: Waypoint[] = [{ hoursBeforeAsOf: 7 + 24 * 7, price: 100_616.4 }];

const assetTargets: AssetTarget[] = [
  { ...t('btc', 101_642.7, -0.21, 1.02, 3.2, 19_958_600, 3.12e9, 0.0022, 1.02), waypoints: btcWeekAgo },
  t('eth', 3_947.18, 6.52, 9.8, 12.4, 120_684_000, 2.05e9, 0.0062, 1.9),
  t('sol', 176.42, 9.38, 11.6, 6.9, 552_300_000, 8.1e8, 0.0075, 1.84),
  t('xrp', 2.4316, 4.21, 5.2, 1.7, 60_470_000_000, 4.9e8, 0.007, 1.62),
  t('bnb', 948.3, -0.42, 1.9, 2.6, 139_090_000, 2.2e8, 0.005, 1.61),
  t('ada', 0.7124, 7.06, 8.1, -2.3, 36_510_000_000, 1.15e8, 0.0075, 1.73),
  t('avax', 19.87, 7.41, 9.6, -1.4, 430_000_000, 9.1e7, 0.008, 1.78),
  t('dot', 3.412, 5.33, 6.8, -4.6, 1_640_200_000, 5.6e7, 0.0075, 1.66),
  t('near', 3.376, 8.36, 10.3, 2.8, 1_270_900_000, 1.7e8, 0.008, 1.81),
  t('sui', 2.7431, 8.92, 12.7, 4.1, 3_701_000_000, 2.4e8, 0.0085, 1.87),
  t('arb', 0.3518, 12.41, 14.9, 3.6, 5_663_000_000, 6.1e7, 0.0085, 2.04),
  t('op', 0.5386, 15.23, 18.4, 6.2, 1_905_200_000, 4.0e7, 0.009, 2.19),
  t('pol', 0.2063, 11.62, 13.1, 1.9, 10_520_000_000, 3.3e7, 0.0085, 1.98),
  t('imx', 0.5847, 6.14, 7.2, -3.8, 1_958_600_000, 2.0e7, 0.008, 1.72),
  t('fet', 0.7138, 11.24, 12.2, 5.1, 2_628_400_000, 2.3e8, 0.0085, 1.89),
  t('render', 3.582, 8.61, 10.6, 3.4, 518_400_000, 1.12e8, 0.008, 1.76),
  t('tao', 442.6, -0.62, 3.4, 8.7, 9_690_000, 2.5e8, 0.0075, 1.52),
  t('grt', 0.09412, 8.14, 8.9, -1.6, 10_551_000_000, 3.3e7, 0.008, 1.69),
  t('virtual', 1.8926, 13.41, 16.8, 9.3, 655_900_000, 1.6e8, 0.0095, 2.06),
  t('wld', 1.0583, 10.18, 10.2, 0.8, 2_345_000_000, 1.08e8, 0.0085, 1.79),
  t('fil', 2.214, 1.62, 4.1, -6.2, 703_300_000, 5.0e7, 0.0075, 1.81),
  t('hnt', 2.934, -0.86, 2.2, -3.1, 181_300_000, 1.06e7, 0.0075, 1.63),
  t('iotx', 0.02317, 4.63, 5.9, -2.8, 9_442_000_000, 7.6e6, 0.008, 1.7),
  t('axs', 2.0146, 5.31, 6.1, -1.9, 164_100_000, 2.4e7, 0.008, 1.71),
  t('sand', 0.2571, 4.44, 5.3, -3.4, 2_451_300_000, 3.2e7, 0.008, 1.72),
  t('gala', 0.01482, 3.38, 4.4, -5.1, 45_410_000_000, 3.0e7, 0.008, 1.72),
  t('doge', 0.2194, 9.12, 12.1, 7.4, 151_040_000_000, 8.6e8, 0.0085, 2.02),
  t('shib', 0.00001214, 6.08, 8.2, 1.3, 589_250_000_000_000, 9.8e7, 0.008, 1.74),
  t('pepe', 0.00000784, 14.21, 19.6, 10.8, 420_690_000_000_000, 4.1e8, 0.0095, 2.14),
  t('wif', 0.6471, 11.83, 15.2, 4.6, 998_840_000, 1.45e8, 0.0095, 2.08),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.00006, oiUsd: 6.2e9, oiChange24h: -1.0, oiChange7d: 1.8 },
  { id: 'eth', funding: 0.00024, oiUsd: 7.6e9, oiChange24h: 9.0, oiChange7d: 16.4 },
  { id: 'sol', funding: 0.00031, oiUsd: 2.3e9, oiChange24h: 12.0, oiChange7d: 19.7 },
  { id: 'xrp', funding: 0.00011, oiUsd: 1.2e9, oiChange24h: 11.8, oiChange7d: 12.3 },
  { id: 'doge', funding: 0.00045, oiUsd: 1.6e9, oiChange24h: 22.0, oiChange7d: 31.5 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.958e12, change24h: 1.62, volume: 1.38e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.72e10, change24h: 10.64, volume: 1.93e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 3.31e10,
    change24h: 6.78,
    volume: 6.42e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.162e10,
    change24h: 3.71,
    volume: 1.18e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 1.068e10, change24h: 4.63, volume: 1.07e9 },
  { id: 'meme-token', name: 'Meme', cap: 7.12e10, change24h: 9.18, volume: 1.52e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.128e11, change24h: 0.01, volume: 1.19e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.081e11,
    change24h: 5.42,
    volume: 8.7e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.5592e12, change24h: 2.9, totalVolumeUsd: 2.382e11 };

export const altseasonDay: DaySpec = {
  name: 'altseason',
  asOf: Date.UTC(2026, 10, 12, 7),
  seed: 20261113,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

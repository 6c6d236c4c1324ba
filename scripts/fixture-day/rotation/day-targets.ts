/**
 * The rotation day (2026-11-28, a Saturday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). Money rotates
 * out of bitcoin into ether and the AI tokens: BTC down about 1.9 % over 24h near $96,400, down about 3 % over 7
 * days but up on 30; ETH up about 4.2 % to a fresh 30-day swing high (above the highs of the 30 completed days
 * before), up on the week; 13 of 30 up, 17 down; AI leads at about +6 % (VIRTUAL about +11 %), memes are the
 * worst sector at about -2.5 % and layer 1 the next at about -1 % (BTC, BNB and XRP down, ETH, SOL, NEAR and SUI
 * up); the other sectors within 2 %; funding mixed: negative on BTC and DOGE (shorts pay longs), strongly
 * positive on ETH, slightly positive on SOL and XRP; open interest BTC -4 %, ETH +9 %, about +1.5 % in total;
 * 24h volume about 1.3 to 1.6 times the 7-day average (the last argument of each asset: the factor on its last
 * 24 hours' volume), ETH's the highest; moderate hourly volatility; the total market cap up about 0.4 % while BTC
 * falls, so BTC dominance drops by about a point.
 * The seed is the first from 20261128 up whose ETH path stays under today's price on every completed candle of
 * the 30 before it.
 * Authored into fixtures/day-rotation/ by `npx tsx scripts/author-fixtures.ts rotation`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
} from '../day-spec.ts';

const assetTargets: AssetTarget[] = [
  t('btc', 96_418.6, -1.87, -2.3, 2.6, 19_975_120, 3.06e9, 0.0034, 1.46),
  t('eth', 3_548.92, 4.18, 6.4, 9.8, 120_705_000, 1.87e9, 0.0038, 1.72),
  t('sol', 158.37, 0.64, -1.9, -4.8, 551_400_000, 7.2e8, 0.0045, 1.49),
  t('xrp', 2.2871, -2.91, -4.6, -1.2, 60_380_000_000, 4.6e8, 0.0045, 1.44),
  t('bnb', 968.4, -2.12, -2.2, 1.8, 139_180_000, 2.1e8, 0.0035, 1.39),
  t('ada', 0.6134, -2.08, -5.1, -7.9, 36_460_000_000, 1.05e8, 0.005, 1.43),
  t('avax', 17.86, -0.94, -3.7, -9.2, 428_400_000, 8.4e7, 0.005, 1.41),
  t('dot', 3.057, -1.41, -4.2, -8.8, 1_632_900_000, 5.2e7, 0.005, 1.4),
  t('near', 3.118, 4.08, 7.9, 1.6, 1_266_100_000, 1.55e8, 0.006, 1.61),
  t('sui', 2.4185, 1.27, -0.8, -3.9, 3_698_000_000, 2.1e8, 0.0055, 1.45),
  t('arb', 0.3127, 1.18, -1.1, -6.4, 5_661_000_000, 5.3e7, 0.0055, 1.42),
  t('op', 0.4411, 0.83, -2.4, -7.7, 1_905_000_000, 3.3e7, 0.0055, 1.41),
  t('pol', 0.1832, -0.72, -3.5, -9.6, 10_518_000_000, 2.9e7, 0.0055, 1.38),
  t('imx', 0.5079, -0.48, -4.8, -10.2, 1_958_600_000, 1.8e7, 0.0055, 1.39),
  t('fet', 0.6217, 8.63, 13.2, 4.3, 2_628_400_000, 2.2e8, 0.007, 1.65),
  t('render', 3.164, 6.42, 9.7, -1.8, 518_400_000, 1.1e8, 0.0065, 1.58),
  t('tao', 421.8, 7.18, 10.4, 12.6, 9_655_000, 2.3e8, 0.0065, 1.56),
  t('grt', 0.08207, 2.64, 1.9, -5.7, 10_548_000_000, 3.2e7, 0.0065, 1.44),
  t('virtual', 1.6392, 11.24, 8.3, -4.1, 655_800_000, 1.5e8, 0.0075, 1.46),
  t('wld', 0.9184, 3.79, 4.6, -2.2, 2_331_000_000, 1.02e8, 0.007, 1.51),
  t('fil', 1.987, -1.52, -4.4, -11.3, 703_100_000, 4.9e7, 0.0055, 1.4),
  t('hnt', 2.711, -2.23, -6.2, -9.4, 181_200_000, 1.0e7, 0.006, 1.38),
  t('iotx', 0.02094, 1.86, -1.3, -7.6, 9_441_000_000, 7.0e6, 0.006, 1.43),
  t('axs', 1.6412, -0.63, -5.6, -8.1, 164_000_000, 2.3e7, 0.006, 1.38),
  t('sand', 0.2187, -0.37, -4.1, -9.3, 2_451_000_000, 3.0e7, 0.006, 1.39),
  t('gala', 0.01327, -0.91, -6.0, -11.2, 45_390_000_000, 2.8e7, 0.0065, 1.4),
  t('doge', 0.1873, -2.61, -6.8, -3.9, 150_980_000_000, 7.4e8, 0.006, 1.47),
  t('shib', 0.00001048, -1.94, -5.2, -8.7, 589_260_000_000_000, 9.1e7, 0.006, 1.41),
  t('pepe', 0.00000652, -3.18, -8.4, -12.1, 420_690_000_000_000, 3.4e8, 0.0075, 1.51),
  t('wif', 0.5716, -2.27, -7.1, -13.6, 998_840_000, 1.3e8, 0.0075, 1.44),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.000041, oiUsd: 7.86e9, oiChange24h: -4.1, oiChange7d: -6.8 },
  { id: 'eth', funding: 0.000215, oiUsd: 6.3e9, oiChange24h: 9.4, oiChange7d: 14.6 },
  { id: 'sol', funding: 0.000052, oiUsd: 1.38e9, oiChange24h: 3.4, oiChange7d: -1.7 },
  { id: 'xrp', funding: 0.000034, oiUsd: 9.6e8, oiChange24h: 2.6, oiChange7d: -3.4 },
  { id: 'doge', funding: -0.000068, oiUsd: 7.4e8, oiChange24h: -2.6, oiChange7d: -5.9 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.874e12, change24h: -0.97, volume: 9.71e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.52e10, change24h: 0.31, volume: 8.4e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.83e10,
    change24h: 5.87,
    volume: 4.62e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.087e10,
    change24h: 1.34,
    volume: 8.9e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.27e9, change24h: -0.64, volume: 7.1e8 },
  { id: 'meme-token', name: 'Meme', cap: 5.64e10, change24h: -2.47, volume: 8.3e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.147e11, change24h: 0.03, volume: 8.6e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.86e10,
    change24h: 1.12,
    volume: 5.9e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.398e12, change24h: 0.41, totalVolumeUsd: 1.873e11 };

export const rotationDay: DaySpec = {
  name: 'rotation',
  asOf: Date.UTC(2026, 10, 28, 7),
  seed: 20261128,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

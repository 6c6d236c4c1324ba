/**
 * The rally day (2026-12-03, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A broad rally,
 * 27 of 30 watchlist assets up over 24h, BTC through its 30-day swing high, AI and gaming tokens leading
 * and layer-2 tokens lagging; AI, gaming and DePIN still down over 30 days, memes and DePIN down over 7
 * days, layer-2 up over 7 days; funding negative on SOL and DOGE perps.
 * Authored into fixtures/day-rally/ by `npx tsx scripts/author-fixtures.ts rally`.
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
  t('btc', 112_486.3, 3.84, 7.1, 11.6, 19_975_600, 3.12e9, 0.0035),
  t('eth', 3_987.42, 4.62, 9.8, 8.3, 120_710_000, 1.74e9, 0.0048),
  t('sol', 171.36, 5.41, 8.2, 3.9, 551_900_000, 7.4e8),
  t('xrp', 2.4817, 2.16, 3.4, -2.8, 60_410_000_000, 4.6e8),
  t('bnb', 1_012.6, 1.88, 4.1, 2.2, 139_150_000, 2.1e8, 0.004),
  t('ada', 0.5873, 3.92, 6.5, -4.1, 36_470_000_000, 1.12e8),
  t('avax', 19.84, 6.27, 10.4, -1.9, 428_900_000, 9.1e7),
  t('dot', 3.318, 4.48, 5.2, -6.7, 1_634_000_000, 5.8e7),
  t('near', 2.906, 8.93, 12.6, -3.4, 1_266_000_000, 1.31e8),
  t('sui', 2.5412, 7.14, 11.8, 1.6, 3_702_000_000, 2.2e8),
  t('arb', 0.3124, -1.93, 2.6, -8.9, 5_671_000_000, 5.9e7, 0.007),
  t('op', 0.4617, -2.41, 3.1, -6.2, 1_912_000_000, 3.6e7, 0.007),
  t('pol', 0.1834, 0.31, 1.8, -5.4, 10_530_000_000, 3.1e7, 0.007),
  t('imx', 0.5208, 2.6, 4.4, -3.1, 1_961_000_000, 1.9e7, 0.007),
  t('fet', 0.5127, 11.84, 6.2, -9.7, 2_631_000_000, 1.48e8, 0.008),
  t('render', 2.918, 9.46, 2.2, -7.3, 518_900_000, 8.2e7, 0.008),
  t('tao', 371.8, 8.71, 7.9, -4.2, 9_688_000, 1.64e8, 0.008),
  t('grt', 0.07214, 6.38, 2.1, -11.6, 10_560_000_000, 3.1e7, 0.008),
  t('virtual', 1.3382, 14.27, 9.6, -12.8, 656_400_000, 1.12e8, 0.01),
  t('wld', 0.7916, 7.52, 1.4, -14.1, 2_341_000_000, 9.6e7, 0.009),
  t('fil', 2.184, 3.1, -1.6, -10.2, 703_800_000, 5.3e7, 0.007),
  t('hnt', 3.012, 1.24, -4.8, -6.6, 181_700_000, 1.1e7, 0.008),
  t('iotx', 0.02261, 5.83, -0.9, -9.4, 9_443_000_000, 7.4e6, 0.008),
  t('axs', 1.6138, 8.92, 3.6, -10.8, 164_300_000, 2.6e7, 0.008),
  t('sand', 0.2214, 7.64, 2.9, -9.1, 2_452_000_000, 3.4e7, 0.008),
  t('gala', 0.01342, 9.81, 5.2, -12.4, 45_410_000_000, 3.1e7, 0.008),
  t('doge', 0.18412, 2.14, -2.6, -8.4, 150_990_000_000, 6.8e8, 0.007),
  t('shib', 0.0000103, -0.58, -4.1, -11.2, 589_250_000_000_000, 8.7e7, 0.007),
  t('pepe', 0.0000067, 3.46, -1.2, -13.5, 420_690_000_000_000, 3.1e8, 0.009),
  t('wif', 0.5286, 4.83, 0.8, -16.1, 998_840_000, 1.21e8, 0.01),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.0000812, oiUsd: 9.84e9, oiChange24h: 6.2, oiChange7d: 11.4 },
  { id: 'eth', funding: 0.000094, oiUsd: 5.91e9, oiChange24h: 7.8, oiChange7d: 14.2 },
  { id: 'sol', funding: -0.000027, oiUsd: 1.63e9, oiChange24h: -3.4, oiChange7d: 2.1 },
  { id: 'xrp', funding: 0.000036, oiUsd: 1.05e9, oiChange24h: 1.9, oiChange7d: -2.7 },
  { id: 'doge', funding: -0.000058, oiUsd: 6.8e8, oiChange24h: -5.6, oiChange7d: -9.3 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.214e12, change24h: 3.62, volume: 1.274e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.581e10, change24h: -0.74, volume: 1.08e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.412e10,
    change24h: 8.86,
    volume: 3.74e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.193e10,
    change24h: 5.12,
    volume: 9.6e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.61e9, change24h: 6.47, volume: 8.9e8 },
  { id: 'meme-token', name: 'Meme', cap: 5.84e10, change24h: 1.63, volume: 5.7e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.142e11, change24h: 0.02, volume: 9.4e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.052e11,
    change24h: 4.21,
    volume: 7.1e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.618e12, change24h: 3.71, totalVolumeUsd: 1.642e11 };

export const rallyDay: DaySpec = {
  name: 'rally',
  asOf: Date.UTC(2026, 11, 3, 7),
  seed: 20261204,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

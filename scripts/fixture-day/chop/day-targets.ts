/**
 * The chop day (2026-12-05, a Saturday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A mixed,
 * range-bound rotation: BTC nearly flat over 24h (+0.2 %), down over 7 days and up over 30, between its round
 * support and resistance and inside its 30-day range; ETH down about 2.6 %; breadth split, 13 of 30 up; memes
 * leading strongly, DePIN the worst sector, layer-1 slightly down, AI mixed; funding elevated and positive
 * on DOGE perps, negative on ETH; total open interest down; 24h volume below the 7-day average everywhere
 * but DOGE and PEPE (the last argument of each asset: the factor on its last 24 hours' volume).
 * Authored into fixtures/day-chop/ by `npx tsx scripts/author-fixtures.ts chop`.
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
  t('btc', 107_846.2, 0.18, -2.9, 3.6, 19_978_300, 2.86e9, 0.0035, 0.68),
  t('eth', 3_702.15, -2.63, -5.1, 1.8, 120_720_000, 1.58e9, 0.0048, 0.74),
  t('sol', 163.84, -1.42, -3.8, 4.7, 552_400_000, 6.9e8, 0.006, 0.71),
  t('xrp', 2.4391, 0.82, -1.7, 2.3, 60_450_000_000, 4.3e8, 0.006, 0.77),
  t('bnb', 996.4, -0.58, -2.2, 1.1, 139_140_000, 1.9e8, 0.004, 0.8),
  t('ada', 0.5614, -1.93, -4.6, -2.8, 36_480_000_000, 1.02e8, 0.006, 0.72),
  t('avax', 18.73, -2.31, -5.9, 0.6, 429_100_000, 8.2e7, 0.006, 0.7),
  t('dot', 3.164, -1.14, -4.4, -3.9, 1_635_000_000, 5.1e7, 0.006, 0.75),
  t('near', 2.781, -1.22, -4.9, 2.4, 1_267_000_000, 1.12e8, 0.006, 0.73),
  t('sui', 2.4986, 1.61, -1.3, 5.2, 3_708_000_000, 2.0e8, 0.006, 0.82),
  t('arb', 0.3047, -1.84, -2.6, -7.4, 5_676_000_000, 5.2e7, 0.007, 0.76),
  t('op', 0.4483, -2.42, -3.4, -5.1, 1_914_000_000, 3.2e7, 0.007, 0.74),
  t('pol', 0.1862, 0.41, 1.2, -3.6, 10_532_000_000, 2.8e7, 0.007, 0.81),
  t('imx', 0.5061, -0.93, -2.1, -4.8, 1_962_000_000, 1.7e7, 0.007, 0.78),
  t('fet', 0.5284, 3.21, 1.9, -4.4, 2_632_000_000, 1.31e8, 0.008, 0.88),
  t('render', 2.764, -4.18, -6.2, -6.9, 519_000_000, 7.1e7, 0.008, 0.79),
  t('tao', 378.6, 3.37, -0.8, 2.7, 9_694_000, 1.48e8, 0.008, 0.84),
  t('grt', 0.06983, -2.07, -3.9, -9.8, 10_562_000_000, 2.7e7, 0.008, 0.77),
  t('virtual', 1.4126, 5.62, 3.8, -7.5, 656_500_000, 1.04e8, 0.01, 0.93),
  t('wld', 0.7634, -3.28, -4.7, -11.2, 2_344_000_000, 8.4e7, 0.009, 0.76),
  t('fil', 2.047, -5.83, -8.4, -12.6, 704_100_000, 4.9e7, 0.007, 0.83),
  t('hnt', 2.871, -3.94, -7.1, -9.3, 181_800_000, 1.0e7, 0.008, 0.79),
  t('iotx', 0.02146, -4.62, -6.8, -10.1, 9_444_000_000, 6.8e6, 0.008, 0.8),
  t('axs', 1.6412, 1.07, -1.8, -6.4, 164_400_000, 2.3e7, 0.008, 0.77),
  t('sand', 0.2183, -2.31, -3.2, -7.7, 2_453_000_000, 3.0e7, 0.008, 0.74),
  t('gala', 0.01356, 0.64, -2.4, -8.9, 45_430_000_000, 2.8e7, 0.008, 0.78),
  t('doge', 0.20874, 6.84, 9.7, 12.1, 151_020_000_000, 7.4e8, 0.007, 1.46),
  t('shib', 0.0000109, 3.12, 4.4, -2.1, 589_250_000_000_000, 9.1e7, 0.007, 0.96),
  t('pepe', 0.0000074, 9.46, 12.8, 4.3, 420_690_000_000_000, 3.4e8, 0.009, 1.38),
  t('wif', 0.6128, 11.23, 14.6, 2.9, 998_840_000, 1.3e8, 0.01, 0.97),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.0000463, oiUsd: 8.61e9, oiChange24h: -2.4, oiChange7d: -5.8 },
  { id: 'eth', funding: -0.0000342, oiUsd: 5.02e9, oiChange24h: -3.6, oiChange7d: -7.1 },
  { id: 'sol', funding: 0.0000214, oiUsd: 1.38e9, oiChange24h: -1.9, oiChange7d: -4.4 },
  { id: 'xrp', funding: 0.0000517, oiUsd: 1.01e9, oiChange24h: 0.7, oiChange7d: -1.2 },
  { id: 'doge', funding: 0.000318, oiUsd: 9.4e8, oiChange24h: 14.6, oiChange7d: 22.3 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.102e12, change24h: -0.41, volume: 8.61e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.552e10, change24h: -1.62, volume: 8.4e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.437e10,
    change24h: 0.74,
    volume: 2.96e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.121e10,
    change24h: -4.37,
    volume: 7.2e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.48e9, change24h: -0.52, volume: 6.4e8 },
  { id: 'meme-token', name: 'Meme', cap: 6.31e10, change24h: 5.94, volume: 7.9e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.151e11, change24h: 0.01, volume: 7.3e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.013e11,
    change24h: -1.18,
    volume: 5.2e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.487e12, change24h: -0.47, totalVolumeUsd: 1.064e11 };

export const chopDay: DaySpec = {
  name: 'chop',
  asOf: Date.UTC(2026, 11, 5, 7),
  seed: 20261205,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

/**
 * The bundled market day, a sell-off (2026-11-20, asOf 07:00Z): our own numbers (fields: day-spec.ts).
 * Authored into fixtures/day/ by `npx tsx scripts/author-fixtures.ts`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
} from './day-spec.ts';

const assetTargets: AssetTarget[] = [
  t('btc', 103_812.4, -2.07, -6.3, -9.8, 19_958_400, 2.41e9, 0.0035),
  t('eth', 3_412.57, -3.08, -8.9, -14.2, 120_690_000, 1.32e9, 0.0048),
  t('sol', 152.41, -3.62, -9.5, -17.9, 548_300_000, 6.1e8),
  t('xrp', 2.3108, 0.94, -4.2, -8.1, 60_240_000_000, 4.2e8),
  t('bnb', 948.3, -1.61, -5.1, -7.4, 139_180_000, 1.9e8, 0.004),
  t('ada', 0.5124, -2.84, -9.8, -16.3, 36_410_000_000, 9.8e7),
  t('avax', 16.92, -3.93, -11.2, -21.4, 427_600_000, 7.6e7),
  t('dot', 2.941, -3.31, -10.5, -19.8, 1_631_000_000, 5.1e7),
  t('near', 2.412, -5.81, -10.9, -24.7, 1_262_000_000, 8.8e7),
  t('sui', 2.1834, -4.42, -12.1, -22.6, 3_684_000_000, 1.7e8),
  t('arb', 0.2981, -4.63, -16.2, -27.5, 5_642_000_000, 6.3e7, 0.007),
  t('op', 0.4182, -4.91, -17.1, -29.3, 1_904_000_000, 3.8e7, 0.007),
  t('pol', 0.1712, -3.82, -13.4, -22.9, 10_512_000_000, 2.9e7, 0.007),
  t('imx', 0.4523, -4.12, -14.6, -26.2, 1_957_000_000, 1.6e7, 0.007),
  t('fet', 0.3861, -7.42, -12.8, -33.5, 2_627_000_000, 9.1e7, 0.008),
  t('render', 2.362, -6.93, -11.6, -30.2, 518_600_000, 5.4e7, 0.008),
  t('tao', 312.5, -5.94, -9.1, -27.8, 9_612_000, 1.21e8, 0.008),
  t('grt', 0.06124, -5.62, -10.2, -25.4, 10_540_000_000, 2.4e7, 0.008),
  t('virtual', 1.0413, -8.84, -13.9, -38.1, 656_100_000, 6.8e7, 0.01),
  t('wld', 0.6824, -6.21, -8.7, -26.9, 2_315_000_000, 8.1e7, 0.009),
  t('fil', 1.912, -4.31, -11.8, -20.7, 701_400_000, 4.7e7, 0.007),
  t('hnt', 2.884, 2.38, -7.9, -12.4, 181_300_000, 1.3e7, 0.008),
  t('iotx', 0.01982, -3.74, -12.4, -21.2, 9_441_000_000, 6.2e6, 0.008),
  t('axs', 1.361, -4.42, -12.6, -24.1, 163_900_000, 1.8e7, 0.008),
  t('sand', 0.1871, -3.93, -11.9, -22.8, 2_448_000_000, 2.6e7, 0.008),
  t('gala', 0.01123, -4.61, -12.3, -25.6, 45_130_000_000, 2.2e7, 0.008),
  t('doge', 0.16814, -4.12, -9.6, -18.2, 150_910_000_000, 5.9e8, 0.007),
  t('shib', 0.0000098, -3.61, -8.8, -17.5, 589_250_000_000_000, 9.4e7, 0.007),
  t('pepe', 0.0000061, -5.42, -11.7, -24.3, 420_690_000_000_000, 2.7e8, 0.009),
  t('wif', 0.4302, -6.33, -13.5, -29.8, 998_840_000, 1.05e8, 0.01),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000062, oiUsd: 8.92e9, oiChange24h: -3.8, oiChange7d: -9.6 },
  { id: 'eth', funding: 0.000051, oiUsd: 5.14e9, oiChange24h: -4.6, oiChange7d: -12.3 },
  { id: 'sol', funding: 0.000038, oiUsd: 1.42e9, oiChange24h: -5.2, oiChange7d: -13.1 },
  { id: 'xrp', funding: 0.000074, oiUsd: 9.8e8, oiChange24h: -1.9, oiChange7d: -6.4 },
  { id: 'doge', funding: -0.000041, oiUsd: 6.1e8, oiChange24h: -7.1, oiChange7d: -15.8 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.931e12, change24h: -2.43, volume: 9.84e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.384e10, change24h: -4.38, volume: 1.12e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.046e10,
    change24h: -6.08,
    volume: 2.31e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.027e10,
    change24h: -3.92,
    volume: 7.9e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 8.34e9, change24h: -4.21, volume: 6.6e8 },
  { id: 'meme-token', name: 'Meme', cap: 5.21e10, change24h: -4.47, volume: 4.9e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.087e11, change24h: 0.04, volume: 8.7e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.61e10,
    change24h: -3.18,
    volume: 6.2e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.294e12, change24h: -2.61, totalVolumeUsd: 1.186e11 };

export const selloffDay: DaySpec = {
  name: 'day',
  asOf: Date.UTC(2026, 10, 20, 7),
  seed: 20261120,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

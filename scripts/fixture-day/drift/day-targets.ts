/**
 * The drift day (2026-12-02, a Wednesday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A quiet,
 * low-volatility drift: BTC up about 0.3 % over 24h near $104,200, just under the 30-day swing high it set the
 * day before, up about 3.7 % over 7 days and 2 % over 30; ETH down about 0.8 % on the day but up on the week;
 * most 24h moves within 2 %, a few small caps 3 to 5 %; breadth near even, 16 of 30 up; memes lead (PEPE about
 * +5 %), AI is the worst sector, gaming almost exactly flat; funding positive and elevated on every perp (longs
 * pay shorts; DOGE settles every 4 hours), open interest up about 3.6 % with XRP's down; 24h volume about 0.55 to
 * 0.7 times the 7-day average everywhere (the last argument of each asset: the factor on its last 24 hours'
 * volume) and low hourly volatility; the total market cap down slightly while BTC rises, so BTC dominance rises.
 * The seed is the first from 20261202 up whose BTC path sets the 30-day high on the last completed candle.
 * Authored into fixtures/day-drift/ by `npx tsx scripts/author-fixtures.ts drift`.
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
  t('btc', 104_236.8, 0.31, 3.6, 2.4, 19_976_950, 2.74e9, 0.0022, 0.58),
  t('eth', 3_618.4, -0.82, 2.7, 0.9, 120_717_000, 1.52e9, 0.003, 0.61),
  t('sol', 167.24, -0.47, 1.8, -2.6, 552_150_000, 6.6e8, 0.004, 0.56),
  t('xrp', 2.4106, 0.62, 2.9, 1.4, 60_430_000_000, 4.1e8, 0.004, 0.63),
  t('bnb', 1_004.7, 0.18, 1.3, 3.1, 139_145_000, 1.8e8, 0.003, 0.66),
  t('ada', 0.5762, -1.36, -0.4, -5.2, 36_476_000_000, 9.6e7, 0.004, 0.54),
  t('avax', 19.12, 1.24, 3.8, -2.1, 429_000_000, 7.8e7, 0.004, 0.6),
  t('dot', 3.241, -0.74, 0.6, -6.3, 1_634_600_000, 4.8e7, 0.004, 0.57),
  t('near', 2.842, -1.87, -0.9, -4.4, 1_267_200_000, 1.02e8, 0.005, 0.55),
  t('sui', 2.5637, 0.93, 4.6, 3.3, 3_706_000_000, 1.9e8, 0.005, 0.64),
  t('arb', 0.3391, -0.92, 1.6, -3.8, 5_673_000_000, 4.9e7, 0.005, 0.6),
  t('op', 0.4738, 0.44, 2.3, -1.9, 1_913_000_000, 3.0e7, 0.005, 0.62),
  t('pol', 0.1947, -0.63, 0.8, -4.6, 10_531_000_000, 2.6e7, 0.005, 0.58),
  t('imx', 0.5437, 0.21, 1.9, -2.7, 1_961_800_000, 1.6e7, 0.005, 0.6),
  t('fet', 0.5482, -1.46, 0.7, -6.8, 2_631_800_000, 1.22e8, 0.006, 0.57),
  t('render', 2.847, 1.12, 2.6, -4.9, 519_050_000, 6.8e7, 0.006, 0.62),
  t('tao', 392.7, -1.72, 1.2, 5.4, 9_692_000, 1.41e8, 0.006, 0.55),
  t('grt', 0.07628, -2.31, -1.4, -8.2, 10_562_500_000, 2.6e7, 0.006, 0.6),
  t('virtual', 1.4863, -4.12, -2.8, -10.6, 656_550_000, 9.8e7, 0.008, 0.66),
  t('wld', 0.8427, 0.87, 1.9, -7.3, 2_344_500_000, 8.1e7, 0.007, 0.61),
  t('fil', 2.118, 0.26, 1.4, -9.1, 704_200_000, 4.6e7, 0.006, 0.59),
  t('hnt', 2.936, -0.52, -1.6, -5.8, 181_830_000, 9.5e6, 0.006, 0.62),
  t('iotx', 0.02289, 3.12, 4.1, -3.4, 9_444_300_000, 6.6e6, 0.007, 0.68),
  t('axs', 1.7826, -0.41, -0.3, -4.2, 164_410_000, 2.2e7, 0.006, 0.57),
  t('sand', 0.2329, -0.62, 0.4, -5.7, 2_453_100_000, 2.8e7, 0.006, 0.6),
  t('gala', 0.01448, 0.6, 1.7, -6.1, 45_436_000_000, 2.6e7, 0.007, 0.63),
  t('doge', 0.2017, 2.08, 5.2, 8.3, 151_010_000_000, 6.9e8, 0.005, 0.69),
  t('shib', 0.00001127, 2.38, 3.9, -1.6, 589_250_000_000_000, 8.4e7, 0.006, 0.64),
  t('pepe', 0.00000718, 5.21, 7.4, 2.2, 420_690_000_000_000, 3.2e8, 0.008, 0.7),
  t('wif', 0.6274, 3.86, 6.1, -3.5, 998_840_000, 1.2e8, 0.008, 0.67),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000142, oiUsd: 8.94e9, oiChange24h: 3.8, oiChange7d: 6.2 },
  { id: 'eth', funding: 0.000187, oiUsd: 5.27e9, oiChange24h: 4.6, oiChange7d: 7.9 },
  { id: 'sol', funding: 0.000163, oiUsd: 1.46e9, oiChange24h: 3.1, oiChange7d: 4.4 },
  { id: 'xrp', funding: 0.000118, oiUsd: 1.07e9, oiChange24h: -1.4, oiChange7d: 2.3 },
  { id: 'doge', funding: 0.000109, oiUsd: 8.1e8, oiChange24h: 2.7, oiChange7d: 9.6, fundingIntervalHours: 4 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.061e12, change24h: 0.09, volume: 6.92e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.61e10, change24h: -0.38, volume: 6.1e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.51e10,
    change24h: -1.27,
    volume: 2.41e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.142e10,
    change24h: 0.66,
    volume: 6.3e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.91e9, change24h: 0.07, volume: 5.2e8 },
  { id: 'meme-token', name: 'Meme', cap: 6.18e10, change24h: 2.41, volume: 5.7e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.162e11, change24h: 0.02, volume: 6.1e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.032e11,
    change24h: -0.35,
    volume: 4.1e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.462e12, change24h: -0.21, totalVolumeUsd: 9.84e10 };

export const driftDay: DaySpec = {
  name: 'drift',
  asOf: Date.UTC(2026, 11, 2, 7),
  seed: 20261213,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

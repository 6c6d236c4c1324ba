/**
 * The squeeze day (2026-12-06, a Sunday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A short
 * squeeze led by the altcoins: BTC up about 1.5 % over 24h after a dip to its 30-day low, but down over 7 and 30
 * days and back under $100,000; ETH up about 6 %; 24 of 30 up, gaming tokens leading by about 16 %, layer-2
 * second, memes the only sector down; several sub-dollar tokens up by double digits; funding negative on every
 * perp but XRP (shorts pay longs), open interest down about 10 % in a day as shorts close, 24h volume about 2 to
 * 3 times the 7-day average (the last argument of each asset: the factor on its last 24 hours' volume); the
 * total market cap up more than BTC's, so BTC dominance falls.
 * Authored into fixtures/day-squeeze/ by `npx tsx scripts/author-fixtures.ts squeeze`.
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
  t('btc', 98_734.6, 1.52, -5.8, -8.4, 19_978_750, 3.07e9, 0.0035, 2.7),
  t('eth', 3_486.27, 6.31, 1.4, -6.2, 120_722_000, 1.61e9, 0.0048, 3.1),
  t('sol', 158.92, 7.84, -2.3, -9.1, 552_500_000, 7.1e8, 0.006, 2.6),
  t('xrp', 2.3516, 3.92, -3.6, -5.4, 60_460_000_000, 4.4e8, 0.006, 2.2),
  t('bnb', 968.1, -0.43, -4.9, -6.8, 139_140_000, 1.9e8, 0.004, 1.8),
  t('ada', 0.5937, 8.62, 1.1, -7.3, 36_482_000_000, 1.05e8, 0.006, 2.9),
  t('avax', 19.46, 9.38, 2.4, -4.6, 429_150_000, 8.4e7, 0.006, 2.8),
  t('dot', 3.297, 7.13, -0.6, -8.8, 1_635_300_000, 5.2e7, 0.006, 2.5),
  t('near', 2.874, 7.91, 0.9, -6.1, 1_267_400_000, 1.15e8, 0.006, 2.7),
  t('sui', 2.6173, 10.24, 3.7, -2.9, 3_709_000_000, 2.1e8, 0.006, 3.0),
  t('arb', 0.3318, 9.71, 4.2, -6.3, 5_677_000_000, 5.4e7, 0.007, 3.3),
  t('op', 0.4961, 11.34, 5.8, -3.7, 1_914_500_000, 3.3e7, 0.007, 3.4),
  t('pol', 0.2017, 8.16, 2.9, -4.2, 10_533_000_000, 2.9e7, 0.007, 2.9),
  t('imx', 0.5694, 12.63, 6.1, -2.4, 1_962_300_000, 1.8e7, 0.007, 3.6),
  t('fet', 0.5614, 7.42, -1.8, -10.3, 2_632_400_000, 1.34e8, 0.008, 2.6),
  t('render', 2.903, 5.08, -3.4, -12.6, 519_100_000, 7.3e7, 0.008, 2.3),
  t('tao', 366.2, -0.82, -6.3, -9.4, 9_698_000, 1.5e8, 0.008, 1.7),
  t('grt', 0.07416, 6.24, -2.2, -13.1, 10_563_000_000, 2.8e7, 0.008, 2.4),
  t('virtual', 1.5287, 13.41, 4.6, -8.2, 656_600_000, 1.07e8, 0.01, 3.2),
  t('wld', 0.8162, 9.07, -0.9, -11.5, 2_345_000_000, 8.6e7, 0.009, 2.8),
  t('fil', 2.136, 4.61, -5.2, -14.8, 704_300_000, 5.0e7, 0.007, 2.1),
  t('hnt', 2.794, -1.18, -8.6, -12.9, 181_850_000, 1.0e7, 0.008, 1.6),
  t('iotx', 0.02374, 10.82, -2.7, -11.6, 9_444_500_000, 7.0e6, 0.008, 3.1),
  t('axs', 1.9342, 17.83, 9.4, -1.6, 164_420_000, 2.4e7, 0.008, 3.8),
  t('sand', 0.2597, 16.42, 8.7, -3.1, 2_453_200_000, 3.1e7, 0.008, 3.9),
  t('gala', 0.01587, 18.94, 10.3, -2.2, 45_440_000_000, 2.9e7, 0.008, 4.1),
  t('doge', 0.19284, -3.41, -7.6, -4.9, 151_030_000_000, 7.2e8, 0.007, 1.4),
  t('shib', 0.0000104, -2.16, -5.9, -8.7, 589_250_000_000_000, 9.0e7, 0.007, 1.3),
  t('pepe', 0.0000068, -5.84, -9.2, -11.4, 420_690_000_000_000, 3.3e8, 0.009, 1.5),
  t('wif', 0.5842, 1.87, -6.4, -13.8, 998_840_000, 1.28e8, 0.01, 1.7),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.0000612, oiUsd: 7.86e9, oiChange24h: -9.8, oiChange7d: -14.2 },
  { id: 'eth', funding: -0.0001124, oiUsd: 4.41e9, oiChange24h: -12.6, oiChange7d: -17.5 },
  { id: 'sol', funding: -0.0000874, oiUsd: 1.21e9, oiChange24h: -8.3, oiChange7d: -11.9 },
  { id: 'xrp', funding: 0.0000391, oiUsd: 1.04e9, oiChange24h: 2.1, oiChange7d: -3.1 },
  { id: 'doge', funding: -0.0000253, oiUsd: 5.6e8, oiChange24h: -6.4, oiChange7d: -12.8 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.018e12, change24h: 2.64, volume: 2.214e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.694e10, change24h: 9.37, volume: 2.71e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.562e10,
    change24h: 5.23,
    volume: 6.84e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.164e10,
    change24h: 3.08,
    volume: 1.46e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 1.087e10, change24h: 14.86, volume: 2.38e9 },
  { id: 'meme-token', name: 'Meme', cap: 5.92e10, change24h: -2.93, volume: 9.6e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.156e11, change24h: 0.03, volume: 1.682e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.048e11,
    change24h: 4.76,
    volume: 1.21e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.318e12, change24h: 2.94, totalVolumeUsd: 2.467e11 };

export const squeezeDay: DaySpec = {
  name: 'squeeze',
  asOf: Date.UTC(2026, 11, 6, 7),
  seed: 20261206,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

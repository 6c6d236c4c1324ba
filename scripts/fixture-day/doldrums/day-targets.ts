/**
 * The doldrums day (2026-09-27, a Sunday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A flat, thin
 * weekend: BTC almost unchanged (about -0.05 %) near $117,460, mid-way between its $115K support and $120K
 * resistance (about +0.6 % on 7 days via a waypoint on its 7d reference close, about -2 % on 30); ETH about +0.12 %
 * near $4,307, mid-way between $4,200 and $4,400; several coins flat to a tenth of a percent and Polkadot exactly
 * unchanged (0.00 %); the largest mover Worldcoin near -3 %; breadth split 14 up, 15 down, 1 unchanged; every
 * sector within 1 %: layer 2 leads (ARB about +2.4 %), then AI, layer 1 at about 0.0 % (BTC's weight), memes,
 * DePIN, gaming last near -0.9 %; funding near zero with mixed signs (BTC 0.0012 %, ETH -0.0008 %, SOL -0.0005 %,
 * XRP 0.0003 %, DOGE -0.0014 % per 8h); open interest about -0.3 % in total with small mixed moves per perp; 24h
 * volumes 0.4 to 0.7 times their 7-day average (the factor, the last argument of t, sits further from 1: the
 * latest completed daily candle in that average already holds 17 of the scaled 24 hours) and the lowest hourly
 * volatility of any day; the total market cap about flat, so BTC dominance barely moves from about 60.6 %.
 * Authored into fixtures/day-doldrums/ by `npx tsx scripts/author-fixtures.ts doldrums`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
  pinned7d,
} from '../day-spec.ts';

const assetTargets: AssetTarget[] = [
  pinned7d(t('btc', 117_460.2, -0.05, 0.6, -2.45, 19_925_800, 2.1e9, 0.0011, 0.47)),
  pinned7d(t('eth', 4_306.58, 0.12, 1.4, 3.1, 120_680_000, 1.25e9, 0.0015, 0.52)),
  t('sol', 216.18, -0.38, -1.2, -4.3, 546_400_000, 4.6e8, 0.0022, 0.5),
  t('xrp', 2.5183, -0.08, 0.9, -1.7, 59_960_000_000, 2.9e8, 0.002, 0.55),
  t('bnb', 1_032.4, 0.04, 0.7, 4.6, 139_120_000, 1.4e8, 0.0016, 0.6),
  t('ada', 0.6962, 0.46, -0.8, -5.4, 36_330_000_000, 6.8e7, 0.0024, 0.48),
  t('avax', 21.88, -0.62, -1.9, -6.2, 427_600_000, 5.3e7, 0.0025, 0.45),
  t('dot', 3.482, 0, -0.6, -7.1, 1_631_000_000, 3.2e7, 0.0024, 0.5),
  t('near', 2.833, 0.31, 1.2, -3.6, 1_261_000_000, 7.2e7, 0.0026, 0.53),
  t('sui', 2.8496, -0.09, 2.1, 1.8, 3_641_000_000, 1.3e8, 0.0026, 0.57),
  t('arb', 0.3201, 2.4, 3.6, -6.8, 5_590_000_000, 3.9e7, 0.003, 0.65),
  t('op', 0.4912, 0.7, 1.6, -7.9, 1_875_000_000, 2.3e7, 0.0028, 0.6),
  t('pol', 0.1849, 0.06, 0.4, -8.3, 10_460_000_000, 1.8e7, 0.0026, 0.5),
  t('imx', 0.4897, -0.5, -1.3, -9.4, 1_940_000_000, 1.1e7, 0.0027, 0.46),
  t('fet', 0.6437, 0.6, 2.4, -6.1, 2_615_000_000, 1.05e8, 0.003, 0.55),
  t('render', 3.1742, -0.13, -0.9, -5.2, 516_800_000, 5.4e7, 0.0028, 0.5),
  t('tao', 431.7, 1.6, 3.9, 6.3, 9_440_000, 1.25e8, 0.003, 0.62),
  t('grt', 0.08807, 0.3, -0.7, -9.8, 10_490_000_000, 1.5e7, 0.0028, 0.44),
  t('virtual', 1.6462, 2.2, 4.8, -12.4, 653_900_000, 8.0e7, 0.0035, 0.63),
  t('wld', 1.0264, -3.04, -4.6, -11.2, 2_221_000_000, 5.6e7, 0.0033, 0.68),
  t('fil', 1.8937, -1.1, -2.3, -8.7, 696_100_000, 2.6e7, 0.0027, 0.46),
  t('hnt', 2.6453, 0.5, 1.1, -4.4, 179_500_000, 5.0e6, 0.0028, 0.5),
  t('iotx', 0.01921, -1.4, -2.6, -9.3, 9_425_000_000, 3.9e6, 0.003, 0.42),
  t('axs', 1.7248, -0.6, -2.1, -10.6, 162_200_000, 1.2e7, 0.0028, 0.44),
  t('sand', 0.2388, -1.1, -2.8, -11.3, 2_440_000_000, 1.5e7, 0.0028, 0.45),
  t('gala', 0.01355, -1.6, -3.4, -12.1, 44_980_000_000, 1.5e7, 0.003, 0.43),
  t('doge', 0.2508, -0.45, -1.6, -3.9, 150_580_000_000, 4.9e8, 0.0026, 0.52),
  t('shib', 0.00001358, 0.15, -0.4, -6.7, 589_250_000_000_000, 5.6e7, 0.0027, 0.48),
  t('pepe', 0.00000956, 0.6, 1.3, -8.8, 420_690_000_000_000, 2.1e8, 0.0032, 0.55),
  t('wif', 0.8203, -0.9, -2.2, -13.6, 998_840_000, 7.7e7, 0.0034, 0.5),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000012, oiUsd: 8.3e9, oiChange24h: -0.6, oiChange7d: -1.2 },
  { id: 'eth', funding: -0.000008, oiUsd: 5.6e9, oiChange24h: 0.2, oiChange7d: 0.9 },
  { id: 'sol', funding: -0.000005, oiUsd: 1.5e9, oiChange24h: -1.1, oiChange7d: -2.3 },
  { id: 'xrp', funding: 0.000003, oiUsd: 9.5e8, oiChange24h: 0.8, oiChange7d: 1.5 },
  { id: 'doge', funding: -0.000014, oiUsd: 9.0e8, oiChange24h: -0.6, oiChange7d: -1.8 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.25e12, change24h: -0.02, volume: 7.1e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.52e10, change24h: 0.78, volume: 5.4e8 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.71e10,
    change24h: 0.31,
    volume: 2.6e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.09e10,
    change24h: -0.46,
    volume: 4.8e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.2e9, change24h: -0.88, volume: 3.9e8 },
  { id: 'meme-token', name: 'Meme', cap: 6.4e10, change24h: -0.27, volume: 4.6e9 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.12e11, change24h: 0.01, volume: 5.4e10 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.05e11,
    change24h: -0.14,
    volume: 3.7e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.862e12, change24h: -0.03, totalVolumeUsd: 5.82e10 };

export const doldrumsDay: DaySpec = {
  name: 'doldrums',
  asOf: Date.UTC(2026, 8, 27, 7),
  seed: 20260927,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

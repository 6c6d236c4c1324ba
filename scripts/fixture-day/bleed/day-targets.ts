/**
 * The bleed day (2026-10-08, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A slow alt bleed
 * with BTC steady: BTC about +0.4 % at about $121,300 (about -1.2 % on 7 days via a waypoint on its 7d reference
 * close, up on 30); ETH about -1.8 % to about $4,180, SOL about -3.9 %, BNB about +1.1 %; 7 of 30 up, 23 down
 * (BTC, BNB, SUI and the four DePIN tokens); DePIN leads at about +1.4 %, layer 1 slightly down (BTC's weight holds
 * it near flat), gaming about -2.6 %, layer 2 about -3.2 %, AI about -4.1 % (VIRTUAL the worst mover near -9 %),
 * memes last at about -5.8 % (WIF about -8 %); funding mild and mixed (BTC 0.0052 %, ETH 0.0019 %, SOL -0.0034 %,
 * XRP 0.0027 %, DOGE -0.0061 % per 8h); open interest about -3.4 % in total, SOL -7.2 %, BTC +1.1 %; 24h volumes
 * 0.7 to 1.2 times their 7-day average (the factor, the last argument of t, sits further from 1: the latest
 * completed daily candle in that average already holds 17 of the scaled 24 hours); the total market cap down
 * about 1.3 % while BTC gains 0.4 %, so BTC dominance rises to about 61.2 %.
 * Authored into fixtures/day-bleed/ by `npx tsx scripts/author-fixtures.ts bleed`.
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
  pinned7d(t('btc', 121_312.4, 0.4, -1.2, 6.2, 19_932_400, 2.9e9, 0.003, 0.8)),
  pinned7d(t('eth', 4_180.37, -1.8, -5.4, 2.1, 120_690_000, 1.7e9, 0.0042, 0.8)),
  t('sol', 196.42, -3.9, -9.1, -4.6, 547_100_000, 6.2e8, 0.0055, 0.9),
  t('xrp', 2.4126, -1.4, -4.2, 1.3, 60_010_000_000, 3.8e8, 0.005, 0.75),
  t('bnb', 1_038.6, 1.1, 0.6, 5.2, 139_110_000, 1.8e8, 0.004, 0.85),
  t('ada', 0.6384, -3.6, -8.3, -6.1, 36_370_000_000, 9.0e7, 0.0055, 0.75),
  t('avax', 19.74, -4.2, -9.8, -7.4, 428_000_000, 7.0e7, 0.0055, 0.8),
  t('dot', 3.176, -3.9, -8.8, -10.2, 1_633_000_000, 4.3e7, 0.0055, 0.75),
  t('near', 2.604, -3.2, -8.1, -9.3, 1_263_000_000, 1.0e8, 0.0058, 0.8),
  t('sui', 2.7518, 0.6, -3.4, -2.2, 3_655_000_000, 1.7e8, 0.006, 0.85),
  t('arb', 0.2893, -3.4, -9.6, -14.2, 5_598_000_000, 4.8e7, 0.0065, 0.75),
  t('op', 0.4417, -3.6, -10.1, -13.5, 1_879_000_000, 2.9e7, 0.0065, 0.75),
  t('pol', 0.1702, -2.8, -7.9, -12.8, 10_468_000_000, 2.5e7, 0.006, 0.7),
  t('imx', 0.4486, -3.1, -8.4, -13.1, 1_943_000_000, 1.5e7, 0.006, 0.75),
  t('fet', 0.5496, -7.4, -14.6, -18.8, 2_619_000_000, 1.5e8, 0.007, 1.2),
  t('render', 3.0914, 0.8, -2.6, -6.3, 517_100_000, 7.5e7, 0.006, 0.95),
  t('tao', 391.2, -3.5, -9.4, -4.1, 9_470_000, 1.7e8, 0.0062, 0.85),
  t('grt', 0.07812, -5.1, -11.3, -16.2, 10_498_000_000, 2.1e7, 0.0062, 0.8),
  t('virtual', 1.3527, -9.2, -17.8, -21.4, 654_300_000, 1.1e8, 0.008, 1.12),
  t('wld', 0.9041, -5.3, -11.9, -15.7, 2_238_000_000, 7.0e7, 0.0065, 0.85),
  t('fil', 1.9586, 2.1, 3.4, -3.2, 697_800_000, 3.6e7, 0.0058, 1.05),
  t('hnt', 2.7214, 1.6, 2.9, -2.4, 179_900_000, 7.0e6, 0.006, 1.0),
  t('iotx', 0.01954, 1.2, 1.8, -5.1, 9_429_000_000, 5.5e6, 0.006, 0.95),
  t('axs', 1.6093, -2.2, -6.7, -12.4, 162_700_000, 1.6e7, 0.006, 0.75),
  t('sand', 0.2214, -2.3, -7.3, -13.9, 2_443_000_000, 2.1e7, 0.006, 0.75),
  t('gala', 0.01248, -2.4, -7.9, -14.6, 45_090_000_000, 2.0e7, 0.0062, 0.75),
  t('doge', 0.2197, -5.6, -12.4, -9.8, 150_650_000_000, 7.0e8, 0.0065, 1.1),
  t('shib', 0.00001183, -5.9, -12.9, -11.6, 589_250_000_000_000, 8.0e7, 0.0065, 1.05),
  t('pepe', 0.00000811, -6.8, -15.2, -14.3, 420_690_000_000_000, 3.0e8, 0.0075, 1.15),
  t('wif', 0.6772, -8.1, -17.4, -19.8, 998_840_000, 1.1e8, 0.008, 1.2),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000052, oiUsd: 8.0e9, oiChange24h: 1.1, oiChange7d: -2.4 },
  { id: 'eth', funding: 0.000019, oiUsd: 6.0e9, oiChange24h: -6.5, oiChange7d: -9.8 },
  { id: 'sol', funding: -0.000034, oiUsd: 1.8e9, oiChange24h: -7.2, oiChange7d: -13.6 },
  { id: 'xrp', funding: 0.000027, oiUsd: 1.0e9, oiChange24h: -5.0, oiChange7d: -7.1 },
  { id: 'doge', funding: -0.000061, oiUsd: 1.2e9, oiChange24h: -9.0, oiChange7d: -15.4 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.31e12, change24h: -0.3, volume: 1.42e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.38e10, change24h: -3.2, volume: 1.5e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.91e10,
    change24h: -4.1,
    volume: 6.2e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.02e10,
    change24h: 1.4,
    volume: 1.1e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 8.6e9, change24h: -2.6, volume: 9.0e8 },
  { id: 'meme-token', name: 'Meme', cap: 6.3e10, change24h: -5.8, volume: 1.1e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.04e11, change24h: 0.01, volume: 1.52e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.02e11,
    change24h: -2.7,
    volume: 1.12e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.951e12, change24h: -1.3, totalVolumeUsd: 2.14e11 };

export const bleedDay: DaySpec = {
  name: 'bleed',
  asOf: Date.UTC(2026, 9, 8, 7),
  seed: 20261008,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

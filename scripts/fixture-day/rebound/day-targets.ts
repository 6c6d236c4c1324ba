/**
 * The rebound day (2026-08-06, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A sharp relief
 * rebound after a week-long selloff: the 24h and 7d changes have opposite signs for most assets. BTC about +5.8 % near
 * $97,400 but about -6.5 % on 7 days (a waypoint on its 7d reference close, then the week's daily closes sliding from
 * about $104,200 to $92,650) and -12 % on 30; overnight it dipped under the lows of the 30 completed days before (a
 * waypoint near $89,700 five hours before asOf, after midnight: a dip before midnight would sit in yesterday's
 * completed candle and be the 30-day swing low itself), then ripped back above it, above the $95K support and under
 * the $100K resistance; ETH about +7.9 % near $3,486 but -9 % on 7 days; 26 of 30 up, 4 down (GALA in gaming, WLD in
 * AI, SHIB and WIF in memes); sectors on 24h: DePIN leading near +11 %, AI about +8.5 % (WLD its one loser), layer 2
 * third, layer 1 in the middle (BTC's weight), memes mixed (DOGE and PEPE up, SHIB and WIF down), gaming about flat
 * (IMX, its largest member, barely up while GALA falls); every sector still down on 7 days; funding still negative on
 * BTC and ETH but less so, positive on SOL and DOGE, XRP barely positive; open interest rebuilding (about +9 % in
 * total, SOL the largest rise) and 24h volumes 1.6 to 2.4 times their 7-day average (the factor, the last argument
 * of t, sits further from 1: the latest completed daily candle in that average already holds 17 of the scaled 24
 * hours); BTC's 7 days realized volatility high (the selloff's daily closes) and its 30 days moderate; the total
 * market cap up about 6 %, a little more than BTC's 5.8 %, so BTC dominance slips about 0.1 point.
 * Authored into fixtures/day-rebound/ by `npx tsx scripts/author-fixtures.ts rebound`.
 */
import {
  assetTarget as t,
  type AssetTarget,
  type CategoryTarget,
  type DaySpec,
  type GlobalTarget,
  type PerpTarget,
  weekAgo,
} from '../day-spec.ts';

const btcLast = 97_400;
const ethLast = 3_486.2;

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, 5.8, -6.5, -13, 19_906_500, 2.6e9, 0.003, 2.3),
    // the 7d reference close, the selloff's daily closes, yesterday's close, then the dip two hours after midnight
    waypoints: [
      ...weekAgo(btcLast, -6.5),
      { hoursBeforeAsOf: 7 + 24 * 5, price: 102_150 },
      { hoursBeforeAsOf: 7 + 24 * 4, price: 99_400 },
      { hoursBeforeAsOf: 7 + 24 * 3, price: 100_850 },
      { hoursBeforeAsOf: 7 + 24 * 2, price: 96_900 },
      { hoursBeforeAsOf: 7 + 24, price: 94_350 },
      { hoursBeforeAsOf: 7, price: 92_650 },
      { hoursBeforeAsOf: 5, price: 89_700 },
    ],
  },
  {
    ...t('eth', ethLast, 7.9, -9, -14.5, 120_700_000, 1.5e9, 0.0038, 2.4),
    waypoints: [...weekAgo(ethLast, -9), { hoursBeforeAsOf: 7, price: 3_262 }, { hoursBeforeAsOf: 5, price: 3_188 }],
  },
  t('sol', 178.42, 9.5, -11.2, -18.6, 541_800_000, 6.0e8, 0.0048, 2.6),
  t('xrp', 2.6174, 4.2, -8.4, -13.9, 59_650_000_000, 4.2e8, 0.0044, 2.0),
  t('bnb', 812.6, 3.1, -5.6, -8.2, 139_150_000, 1.8e8, 0.0036, 1.8),
  t('ada', 0.6842, 6.8, -10.6, -17.4, 36_280_000_000, 8.0e7, 0.0048, 2.2),
  t('avax', 21.37, 8.4, -12.1, -19.8, 427_100_000, 6.2e7, 0.005, 2.3),
  t('dot', 3.512, 7.1, -10.9, -18.2, 1_627_000_000, 3.8e7, 0.0048, 2.1),
  t('near', 2.318, 10.2, -11.8, -20.6, 1_257_000_000, 9.0e7, 0.005, 2.5),
  t('sui', 3.0846, 9.1, -13.4, -21.3, 3_612_000_000, 1.5e8, 0.0052, 2.4),
  t('arb', 0.3948, 8.6, -13.1, -22.4, 5_560_000_000, 5.0e7, 0.0054, 2.3),
  t('op', 0.6514, 9.8, -14.2, -23.7, 1_866_000_000, 3.0e7, 0.0056, 2.4),
  t('pol', 0.2214, 8.2, -12.6, -20.9, 10_440_000_000, 2.4e7, 0.0052, 2.2),
  t('imx', 0.5236, 1.2, -13.8, -22.6, 1_934_000_000, 1.5e7, 0.0054, 1.8),
  t('fet', 0.5712, 11.2, -12.9, -21.8, 2_606_000_000, 1.3e8, 0.0054, 2.5),
  t('render', 3.0714, 12.4, -11.6, -19.7, 515_900_000, 6.4e7, 0.0052, 2.6),
  t('tao', 336.8, 9.6, -9.8, -15.2, 9_310_000, 1.6e8, 0.005, 2.3),
  t('grt', 0.07836, 8.8, -12.2, -20.4, 10_460_000_000, 1.8e7, 0.005, 2.1),
  t('virtual', 0.9418, 13.6, -16.4, -27.1, 653_200_000, 9.0e7, 0.0058, 2.6),
  t('wld', 0.8126, -0.8, -15.3, -24.6, 2_176_000_000, 6.8e7, 0.0056, 1.7),
  t('fil', 1.9348, 10.2, -11.4, -18.9, 694_600_000, 3.1e7, 0.005, 2.4),
  t('hnt', 2.6872, 11.8, -9.6, -16.1, 179_000_000, 6.0e6, 0.005, 2.4),
  t('iotx', 0.01952, 9.9, -12.3, -20.2, 9_422_000_000, 4.6e6, 0.0052, 2.3),
  t('axs', 2.1846, 0.5, -14.6, -23.9, 161_800_000, 1.5e7, 0.0054, 1.7),
  t('sand', 0.2398, 0.3, -15.2, -24.8, 2_436_000_000, 2.0e7, 0.0052, 1.7),
  t('gala', 0.01384, -2.8, -16.9, -26.4, 44_850_000_000, 1.9e7, 0.0054, 1.75),
  t('doge', 0.1863, 4.6, -13.8, -22.1, 150_400_000_000, 6.2e8, 0.0056, 2.3),
  t('shib', 0.00001062, -1.1, -12.4, -19.8, 589_250_000_000_000, 7.0e7, 0.0054, 1.8),
  t('pepe', 0.00000818, 2.2, -17.6, -28.3, 420_690_000_000_000, 2.6e8, 0.006, 2.0),
  t('wif', 0.7134, -3.4, -19.8, -31.2, 998_900_000, 9.2e7, 0.0062, 1.9),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.00006, oiUsd: 7.6e9, oiChange24h: 8, oiChange7d: -12.4 },
  { id: 'eth', funding: -0.00011, oiUsd: 4.3e9, oiChange24h: 9.2, oiChange7d: -15.1 },
  { id: 'sol', funding: 0.00008, oiUsd: 1.25e9, oiChange24h: 16.5, oiChange7d: -9.8 },
  { id: 'xrp', funding: 0.00002, oiUsd: 8.5e8, oiChange24h: 6.1, oiChange7d: -8.7 },
  { id: 'doge', funding: 0.00009, oiUsd: 7.0e8, oiChange24h: 11.4, oiChange7d: -13.6 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.75e12, change24h: 6.1, volume: 2.1e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.05e10, change24h: 7.2, volume: 1.9e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.2e10,
    change24h: 8.3,
    volume: 6.4e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 8.4e9,
    change24h: 10.8,
    volume: 1.5e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 7.1e9, change24h: -0.4, volume: 1.2e9 },
  { id: 'meme-token', name: 'Meme', cap: 4.6e10, change24h: 3.2, volume: 1.1e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.0e11, change24h: 0.02, volume: 1.9e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.1e10,
    change24h: 7.4,
    volume: 1.1e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.3e12, change24h: 6.0, totalVolumeUsd: 2.3e11 };

export const reboundDay: DaySpec = {
  name: 'rebound',
  asOf: Date.UTC(2026, 7, 6, 7),
  seed: 20260806,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

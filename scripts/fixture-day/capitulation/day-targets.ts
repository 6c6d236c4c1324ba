/**
 * The capitulation day (2026-08-20, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A broad
 * capitulation: everything falls hard. BTC about -7.5 % near $104,300, through the $110K that was its support a day
 * before and under the lows of the 30 completed days before (a fresh 30-day low: yesterday's close pinned near
 * $112,750, the 24h high near $113,500 in the evening, the low near $103,100 two hours before asOf), about -11 % on 7
 * days (a waypoint on its 7d reference close) and -14 % on 30; ETH
 * about -9.5 % near $3,650, also a fresh 30-day low; 1 of 30 up (TAO about +1.2 %), 29 down, WIF about -18 % the
 * worst mover; every sector down: layer 1 about -8 % (BTC's weight), AI about -9 % (TAO its only gainer), DePIN about
 * -10 %, layer 2 about -12 %, gaming about -13 %, memes last near -15 %; funding negative on all five perps (BTC
 * -0.021 %, ETH -0.030 %, SOL -0.045 %, XRP -0.012 %, DOGE -0.060 % per 8h); open interest flushed (BTC -18 %,
 * ETH -22 %, SOL -25 %, XRP -15 %, DOGE -30 %); 24h volumes 3 to 5 times their 7-day average (the factor, the last
 * argument of t, sits further from 1: the latest completed daily candle in that average already holds 17 of the
 * scaled 24 hours); the total market cap down about 8.5 % while BTC falls 7.5 %, so BTC dominance rises about 0.6
 * point.
 * Authored into fixtures/day-capitulation/ by `npx tsx scripts/author-fixtures.ts capitulation`.
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

const btcLast = 104_300;
const ethLast = 3_650.4;

const assetTargets: AssetTarget[] = [
  {
    ...t('btc', btcLast, -7.5, -11, -15.6, 19_912_800, 2.6e9, 0.0032, 6.0),
    // the 7d reference close, the evening high, yesterday's close, then the capitulation low two hours before asOf
    waypoints: [
      ...weekAgo(btcLast, -11),
      { hoursBeforeAsOf: 9, price: 112_600 },
      { hoursBeforeAsOf: 7, price: 112_750 },
      { hoursBeforeAsOf: 2, price: 103_300 },
    ],
  },
  {
    ...t('eth', ethLast, -9.5, -13.4, -17.2, 120_690_000, 1.7e9, 0.0038, 5.2),
    waypoints: [...weekAgo(ethLast, -13.4), { hoursBeforeAsOf: 7, price: 4_015 }, { hoursBeforeAsOf: 2, price: 3_618 }],
  },
  t('sol', 158.26, -11.2, -15.8, -21.4, 544_100_000, 6.0e8, 0.005, 5.4),
  t('xrp', 2.4182, -9.1, -12.6, -18.3, 59_700_000_000, 4.0e8, 0.0046, 5.0),
  t('bnb', 781.3, -7.2, -9.4, -11.6, 139_150_000, 1.8e8, 0.0038, 4.6),
  t('ada', 0.6217, -10.4, -14.9, -22.8, 36_300_000_000, 8.0e7, 0.005, 4.6),
  t('avax', 19.84, -11.6, -16.2, -24.1, 427_300_000, 6.2e7, 0.0052, 4.6),
  t('dot', 3.246, -10.8, -15.1, -23.6, 1_628_000_000, 3.8e7, 0.005, 4.6),
  t('near', 2.086, -11.4, -16.4, -25.3, 1_258_000_000, 9.0e7, 0.0052, 4.6),
  t('sui', 2.7614, -12.6, -17.8, -26.2, 3_618_000_000, 1.5e8, 0.0054, 4.8),
  t('arb', 0.3512, -12.5, -18.3, -27.6, 5_570_000_000, 5.0e7, 0.0056, 4.1),
  t('op', 0.5847, -13.2, -19.6, -29.4, 1_870_000_000, 3.0e7, 0.0058, 4.1),
  t('pol', 0.1986, -11.1, -16.2, -24.8, 10_450_000_000, 2.4e7, 0.0054, 4.4),
  t('imx', 0.4912, -12.4, -17.5, -26.1, 1_936_000_000, 1.5e7, 0.0056, 4.4),
  t('fet', 0.5126, -11.3, -16.8, -24.6, 2_608_000_000, 1.3e8, 0.0056, 4.6),
  t('render', 2.7461, -10.2, -15.4, -22.3, 516_200_000, 6.4e7, 0.0054, 4.6),
  t('tao', 318.4, 1.2, -3.6, -9.8, 9_380_000, 1.6e8, 0.0052, 3.8),
  t('grt', 0.07012, -10.6, -15.6, -23.9, 10_470_000_000, 1.8e7, 0.0052, 4.4),
  t('virtual', 0.8214, -15.4, -22.8, -33.6, 653_600_000, 9.0e7, 0.006, 4.6),
  t('wld', 0.7835, -13.1, -19.2, -28.3, 2_190_000_000, 6.8e7, 0.0058, 4.4),
  t('fil', 1.7426, -10.3, -14.8, -22.1, 695_100_000, 3.1e7, 0.0052, 4.4),
  t('hnt', 2.4318, -9.4, -13.7, -19.6, 179_200_000, 6.0e6, 0.0052, 4.2),
  t('iotx', 0.01766, -11.2, -16.1, -24.4, 9_425_000_000, 4.6e6, 0.0054, 4.2),
  t('axs', 1.9984, -12.8, -18.4, -27.3, 161_900_000, 1.5e7, 0.0056, 4.4),
  t('sand', 0.2231, -13.4, -19.1, -28.6, 2_438_000_000, 2.0e7, 0.0054, 4.4),
  t('gala', 0.01291, -13.9, -20.3, -30.2, 44_900_000_000, 1.9e7, 0.0056, 4.4),
  t('doge', 0.1702, -15.1, -21.4, -29.8, 150_500_000_000, 6.2e8, 0.0058, 5.0),
  t('shib', 0.00000998, -14.2, -18.7, -26.4, 589_250_000_000_000, 7.0e7, 0.0056, 4.6),
  t('pepe', 0.00000742, -16.8, -24.1, -35.2, 420_690_000_000_000, 2.6e8, 0.0064, 5.0),
  t('wif', 0.6418, -18.1, -26.3, -38.4, 998_900_000, 9.2e7, 0.0066, 5.0),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: -0.00021, oiUsd: 7.2e9, oiChange24h: -18, oiChange7d: -24.6 },
  { id: 'eth', funding: -0.0003, oiUsd: 4.6e9, oiChange24h: -22, oiChange7d: -29.8 },
  { id: 'sol', funding: -0.00045, oiUsd: 1.05e9, oiChange24h: -25, oiChange7d: -33.4 },
  { id: 'xrp', funding: -0.00012, oiUsd: 7.9e8, oiChange24h: -15, oiChange7d: -21.2 },
  { id: 'doge', funding: -0.0006, oiUsd: 6.4e8, oiChange24h: -30, oiChange7d: -38.5 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 2.86e12, change24h: -8.2, volume: 2.9e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.12e10, change24h: -11.8, volume: 3.1e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.31e10,
    change24h: -8.7,
    volume: 1.2e10,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 8.9e9,
    change24h: -9.8,
    volume: 2.6e9,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 7.6e9, change24h: -12.7, volume: 2.4e9 },
  { id: 'meme-token', name: 'Meme', cap: 4.21e10, change24h: -14.8, volume: 2.6e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.02e11, change24h: 0.04, volume: 2.9e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 9.4e10,
    change24h: -10.6,
    volume: 1.9e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.47e12, change24h: -8.5, totalVolumeUsd: 4.3e11 };

export const capitulationDay: DaySpec = {
  name: 'capitulation',
  asOf: Date.UTC(2026, 7, 20, 7),
  seed: 20260820,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

/**
 * The ethdump day (2026-10-22, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). An ETH-led
 * selloff: an ETH-specific scare knocks ETH about -6.2 % to about $3,410, just above its $3,400 support (-9 % on 7
 * days via a waypoint on its 7d reference close; the drop comes between 15:00Z and 18:00Z), while BTC slips only
 * about -0.8 % near $110,900 (+1.5 % on 7 days via the same kind of waypoint, about +4 % on 30: the 30d input is
 * 3.65 because the 30d reference close lies before the first anchor and cannot be pinned), so ETH/BTC falls about
 * 5.4 %; 11 of 30 up, 19 down; AI leads at about +2.5 % (TAO about +7.4 %), DePIN about +0.9 %, memes about -1.3 %,
 * layer 1 about -1.8 % (ETH's weight against BTC's much larger one: -2.5 % would need the other layer 1s to fall
 * harder than ETH), gaming about -2.8 %, layer 2 last at about -6.9 % (ARB about -8.6 %, OP about -8.9 %); funding
 * ETH negative at -0.0152 % per 8h while BTC 0.0068 %, SOL 0.0031 %, XRP 0.0045 %, DOGE -0.0022 %; open interest
 * about +2.4 % in total with shorts piling into ETH (+5.5 %) and BTC -0.6 %; 24h volume about 2.4 times the 7-day
 * average on ETH (its factor, the last argument of t, is 2.86: the latest completed daily candle in that average
 * already holds 17 of the scaled 24 hours) and 0.9 to 1.4 on the others; the total market cap down 2.2 % while BTC
 * falls 0.8 %, so BTC dominance rises about 0.8 points to 59.3 %.
 * Authored into fixtures/day-ethdump/ by `npx tsx scripts/author-fixtures.ts ethdump`.
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

/**
 * The scare: ETH holds near its open (-0.6 %) until 15:00Z (16 hours before asOf), then breaks to -5.8 % by
 * 18:00Z (13 hours before asOf) and ends near its low.
 */
function scare(target: AssetTarget): AssetTarget {
  const open = target.last / (1 + target.change24h / 100);
  return {
    ...target,
    waypoints: [
      ...weekAgo(target.last, target.change7d),
      { hoursBeforeAsOf: 16, price: open * 0.994 },
      { hoursBeforeAsOf: 13, price: open * 0.942 },
    ],
  };
}

const assetTargets: AssetTarget[] = [
  { ...t('btc', 110_912.4, -0.8, 1.5, 3.65, 19_944_800, 3.0e9, 0.0035, 1.12), waypoints: weekAgo(110_912.4, 1.5) },
  scare(t('eth', 3_410.37, -6.2, -9.0, -6.0, 120_680_000, 2.1e9, 0.0068, 2.86)),
  t('sol', 171.84, -5.3, -6.2, -3.1, 548_900_000, 6.6e8, 0.0058, 1.31),
  t('xrp', 2.3524, -3.0, -1.8, -2.7, 60_090_000_000, 4.0e8, 0.005, 1.18),
  t('bnb', 948.6, 0.4, 2.1, 3.3, 139_130_000, 1.9e8, 0.0042, 0.96),
  t('ada', 0.6512, -4.4, -7.3, -5.9, 36_400_000_000, 9.0e7, 0.0058, 1.22),
  t('avax', 18.16, -4.9, -8.1, -7.4, 428_300_000, 6.9e7, 0.006, 1.27),
  t('dot', 3.138, -4.1, -6.9, -8.8, 1_635_000_000, 4.1e7, 0.0058, 1.15),
  t('near', 2.984, -3.6, -5.2, -4.6, 1_265_000_000, 1.25e8, 0.006, 1.2),
  t('sui', 2.5831, -4.6, -6.6, -2.8, 3_665_000_000, 1.8e8, 0.0062, 1.24),
  t('arb', 0.3098, -8.6, -14.2, -9.1, 5_610_000_000, 6.4e7, 0.0072, 1.4),
  t('op', 0.4617, -8.9, -13.5, -10.4, 1_884_000_000, 3.4e7, 0.0072, 1.38),
  t('pol', 0.1948, -5.8, -9.6, -8.2, 10_480_000_000, 2.8e7, 0.0065, 1.21),
  t('imx', 0.5503, -4.6, -8.8, -11.3, 1_946_000_000, 1.7e7, 0.0065, 1.16),
  t('fet', 0.7214, 5.0, 6.3, 2.1, 2_621_000_000, 1.9e8, 0.0068, 1.36),
  t('render', 3.5874, 2.5, 3.8, -1.4, 517_400_000, 9.0e7, 0.0062, 1.19),
  t('tao', 468.2, 7.4, 11.4, 9.6, 9_520_000, 2.2e8, 0.0066, 1.39),
  t('grt', 0.09381, 1.2, 0.4, -5.7, 10_510_000_000, 2.5e7, 0.006, 1.02),
  t('virtual', 1.8126, 3.6, 5.9, -2.4, 654_600_000, 1.25e8, 0.0072, 1.33),
  t('wld', 1.0348, 1.9, -0.8, -6.6, 2_262_000_000, 8.5e7, 0.0065, 1.1),
  t('fil', 2.187, -0.9, -2.4, -8.1, 699_800_000, 4.1e7, 0.0058, 0.94),
  t('hnt', 2.842, 0.8, 1.1, -3.2, 180_300_000, 8.1e6, 0.006, 0.97),
  t('iotx', 0.02087, 1.3, -1.6, -6.8, 9_434_000_000, 6.3e6, 0.0062, 0.91),
  t('axs', 1.9218, -1.1, -4.4, -12.6, 163_100_000, 1.8e7, 0.0062, 1.05),
  t('sand', 0.2476, -1.6, -5.1, -11.8, 2_446_000_000, 2.4e7, 0.006, 0.99),
  t('gala', 0.01404, -1.7, -6.3, -14.2, 45_150_000_000, 2.3e7, 0.0064, 1.03),
  t('doge', 0.1994, -1.5, -3.8, -5.6, 150_750_000_000, 7.2e8, 0.0062, 1.09),
  t('shib', 0.00001128, -1.3, -4.2, -8.1, 589_250_000_000_000, 8.0e7, 0.006, 0.96),
  t('pepe', 0.00000731, 0.4, -2.9, -9.4, 420_690_000_000_000, 3.3e8, 0.0068, 1.07),
  t('wif', 0.6204, 1.1, -3.3, -11.7, 998_840_000, 1.15e8, 0.007, 1.13),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.000068, oiUsd: 6.2e9, oiChange24h: -0.6, oiChange7d: 1.9 },
  { id: 'eth', funding: -0.000152, oiUsd: 7.6e9, oiChange24h: 5.5, oiChange7d: 8.4 },
  { id: 'sol', funding: 0.000031, oiUsd: 2.2e9, oiChange24h: 2.0, oiChange7d: -1.2 },
  { id: 'xrp', funding: 0.000045, oiUsd: 1.15e9, oiChange24h: 1.5, oiChange7d: 0.6 },
  { id: 'doge', funding: -0.000022, oiUsd: 1.3e9, oiChange24h: 1.2, oiChange7d: -2.1 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.07e12, change24h: -1.85, volume: 1.58e11 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.46e10, change24h: -6.97, volume: 1.71e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 3.42e10,
    change24h: 2.51,
    volume: 6.4e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.15e10,
    change24h: 0.95,
    volume: 9.8e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.8e9, change24h: -2.79, volume: 8.6e8 },
  { id: 'meme-token', name: 'Meme', cap: 6.2e10, change24h: -1.27, volume: 1.18e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.08e11, change24h: 0.02, volume: 1.49e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.02e11,
    change24h: -4.6,
    volume: 1.14e10,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.7304e12, change24h: -2.2, totalVolumeUsd: 2.24e11 };

export const ethdumpDay: DaySpec = {
  name: 'ethdump',
  asOf: Date.UTC(2026, 9, 22, 7),
  seed: 20261022,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

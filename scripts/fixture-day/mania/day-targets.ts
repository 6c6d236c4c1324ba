/**
 * The mania day (2026-09-17, a Thursday, asOf 07:00Z): our own numbers (fields: ../day-spec.ts). A memecoin mania
 * while the majors barely move: BTC about +0.3 % near $115,820, between its $115K support and $120K resistance (about
 * +1.5 % on 7 days via a waypoint on its 7d reference close, about -1 % on 30); ETH about +1.1 % near $4,480; the
 * memes lead by far at about +14.5 % (DOGE's cap weight: +15 % would need DOGE itself near +15 %): PEPE about +34 % to
 * a new 30-day high near $0.00001480 (the top gainer), WIF about +27 %, DOGE about +13 % above its 30-day swing high,
 * SHIB about +9.5 % near $0.00001620, most of each move after midnight (waypoints on yesterday's close); the other
 * sectors mixed and small: AI about +1.5 %, layer 1 about +0.5 % (BTC's weight), layer 2 about +0.4 %, DePIN about
 * -0.6 %, gaming last near -1.8 % (all four members down, AXS about -3.9 % the worst mover); 21 of 30 up, 9 down;
 * funding hot on DOGE (0.052 % per 8h), mild on BTC (0.009 %), ETH (0.011 %) and SOL (0.006 %), negative on XRP
 * (-0.002 %); open interest DOGE +38 %, BTC +1 %, ETH +2 %, SOL +0.5 %, XRP -1 %; DOGE's 24h volume about 5 times its
 * 7-day average, PEPE, WIF and SHIB 4 to 6 times, the others near 1 (the factor, the last argument of t, sits much
 * further from 1: the latest completed daily candle in that average already holds 17 of the scaled 24 hours); the
 * total market cap up about 1 % while BTC gains 0.3 %, so BTC dominance slips about 0.4 point.
 * Authored into fixtures/day-mania/ by `npx tsx scripts/author-fixtures.ts mania`.
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

/** A meme token whose mania comes mostly after midnight: yesterday's close (7 hours before asOf) pinned at `close`. */
const mania = (target: AssetTarget, close: number): AssetTarget => ({
  ...target,
  waypoints: [{ hoursBeforeAsOf: 7, price: close }],
});

const assetTargets: AssetTarget[] = [
  pinned7d(t('btc', 115_820.4, 0.3, 1.5, -0.7, 19_918_400, 2.2e9, 0.0022, 1.0)),
  t('eth', 4_480.27, 1.1, 2.4, 3.6, 120_670_000, 1.4e9, 0.003, 1.05),
  t('sol', 224.16, 1.6, 3.1, 2.4, 545_900_000, 5.2e8, 0.0042, 1.1),
  t('xrp', 2.9514, -0.2, -1.1, -3.8, 59_920_000_000, 3.4e8, 0.0038, 0.95),
  t('bnb', 1_004.6, 0.7, 1.8, 5.2, 139_130_000, 1.6e8, 0.003, 1.0),
  t('ada', 0.8416, 0.3, -1.4, -6.1, 36_300_000_000, 7.6e7, 0.0042, 1.0),
  t('avax', 24.87, 1.2, 2.2, -2.6, 427_300_000, 6.1e7, 0.0045, 1.05),
  t('dot', 4.018, -0.9, -2.7, -8.3, 1_629_000_000, 3.7e7, 0.0044, 0.95),
  t('near', 3.046, 2.1, 4.6, -1.2, 1_259_000_000, 9.8e7, 0.0046, 1.1),
  t('sui', 3.5218, 1.6, 2.9, 0.8, 3_628_000_000, 1.5e8, 0.0048, 1.1),
  t('arb', 0.4127, 0.9, 1.3, -5.1, 5_580_000_000, 4.6e7, 0.0046, 1.0),
  t('op', 0.6831, 0.5, -0.6, -7.4, 1_871_000_000, 2.7e7, 0.0046, 0.95),
  t('pol', 0.2246, 0.3, 0.8, -4.6, 10_450_000_000, 2.2e7, 0.0044, 1.0),
  t('imx', 0.5983, -0.4, -2.1, -10.2, 1_938_000_000, 1.4e7, 0.0046, 0.95),
  t('fet', 0.7514, 2.4, 5.1, -3.4, 2_612_000_000, 1.3e8, 0.005, 1.1),
  t('render', 3.6182, -0.8, -1.9, -6.7, 516_500_000, 6.6e7, 0.0048, 1.0),
  t('tao', 458.3, 2.2, 4.4, 7.9, 9_410_000, 1.5e8, 0.005, 1.1),
  t('grt', 0.09946, 0.6, -0.8, -7.2, 10_480_000_000, 1.9e7, 0.0046, 1.0),
  t('virtual', 1.9237, 4.2, 8.6, -9.1, 653_600_000, 1.0e8, 0.0056, 1.2),
  t('wld', 1.1472, 0.2, -1.3, -10.4, 2_210_000_000, 7.0e7, 0.0052, 1.0),
  t('fil', 2.3065, -0.9, -2.4, -7.8, 695_500_000, 3.2e7, 0.0046, 0.95),
  t('hnt', 2.9841, 0.8, 1.9, -3.1, 179_300_000, 6.2e6, 0.0046, 1.0),
  t('iotx', 0.02214, -1.2, -3.1, -8.9, 9_422_000_000, 4.8e6, 0.005, 0.95),
  t('axs', 2.4817, -3.9, -6.2, -12.8, 162_000_000, 1.5e7, 0.005, 1.1),
  t('sand', 0.2794, -2.8, -4.7, -11.6, 2_438_000_000, 2.0e7, 0.0048, 1.05),
  t('gala', 0.01603, -1.9, -3.8, -10.9, 44_940_000_000, 1.9e7, 0.005, 1.0),
  mania(t('doge', 0.2816, 13, 16.2, 10.1, 150_520_000_000, 6.2e8, 0.0055, 10.5), 0.2612),
  mania(t('shib', 0.0000162, 9.5, 11.4, 4.6, 589_250_000_000_000, 7.0e7, 0.0055, 8.4), 0.00001536),
  mania(t('pepe', 0.0000148, 34, 47.2, 41.6, 420_690_000_000_000, 2.6e8, 0.007, 10.5), 0.00001215),
  mania(t('wif', 1.0412, 27, 36.8, 22.4, 998_840_000, 9.5e7, 0.0072, 9.8), 0.8905),
];

const perpTargets: PerpTarget[] = [
  { id: 'btc', funding: 0.00009, oiUsd: 9.1e9, oiChange24h: 1, oiChange7d: 2.6 },
  { id: 'eth', funding: 0.00011, oiUsd: 6.1e9, oiChange24h: 2, oiChange7d: 4.3 },
  { id: 'sol', funding: 0.00006, oiUsd: 1.6e9, oiChange24h: 0.5, oiChange7d: 1.8 },
  { id: 'xrp', funding: -0.00002, oiUsd: 1.0e9, oiChange24h: -1, oiChange7d: -2.4 },
  { id: 'doge', funding: 0.00052, oiUsd: 1.45e9, oiChange24h: 38, oiChange7d: 61.5 },
];

const categoryTargets: CategoryTarget[] = [
  { id: 'layer-1', name: 'Layer 1 (L1)', cap: 3.29e12, change24h: 0.52, volume: 9.4e10 },
  { id: 'layer-2', name: 'Layer 2 (L2)', cap: 1.61e10, change24h: 0.36, volume: 1.1e9 },
  {
    id: 'artificial-intelligence',
    name: 'Artificial Intelligence (AI)',
    cap: 2.94e10,
    change24h: 1.42,
    volume: 4.1e9,
  },
  {
    id: 'depin',
    name: 'Decentralized Physical Infrastructure Network (DePIN)',
    cap: 1.12e10,
    change24h: -0.58,
    volume: 8.2e8,
  },
  { id: 'gaming', name: 'Gaming (GameFi)', cap: 9.6e9, change24h: -1.74, volume: 7.9e8 },
  { id: 'meme-token', name: 'Meme', cap: 8.46e10, change24h: 14.6, volume: 3.12e10 },
  { id: 'stablecoins', name: 'Stablecoins', cap: 3.09e11, change24h: 0.02, volume: 1.04e11 },
  {
    id: 'decentralized-finance-defi',
    name: 'Decentralized Finance (DeFi)',
    cap: 1.12e11,
    change24h: 0.42,
    volume: 6.3e9,
  },
];

const globalTarget: GlobalTarget = { totalCapUsd: 3.876e12, change24h: 1.0, totalVolumeUsd: 1.58e11 };

export const maniaDay: DaySpec = {
  name: 'mania',
  asOf: Date.UTC(2026, 8, 17, 7),
  seed: 20260917,
  assets: assetTargets,
  perps: perpTargets,
  categories: categoryTargets,
  global: globalTarget,
  feedsDir: new URL('./feeds/', import.meta.url),
};

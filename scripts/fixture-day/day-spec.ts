/**
 * What an authored fixtures day is made of: its time, seed, per-asset and perp targets, CoinGecko
 * aggregates and the folder of feed files its fake upstream serves. The model (day-model.ts) and the
 * fake upstream (fake-upstream.ts) are shared by every day; a day is only data.
 */

/**
 * Per asset: last price, 24h/7d/30d change (pct points; 7d/30d measured against the daily close 7/30
 * candles before the latest one), circulating supply (caps = price x supply), typical daily quote
 * volume (USD) and hourly volatility. `volumeFactor24h` (default 1) scales the hourly volume of the last
 * 24 hours only, so the 24h volume sits below (< 1) or above (> 1) the 7-day average. `waypoints` (optional)
 * pin the hourly path at more prices than the 30d / 7d / 24h anchors: a daily close, an intraday low.
 */
export type AssetTarget = {
  id: string;
  last: number;
  change24h: number;
  change7d: number;
  change30d: number;
  supply: number;
  dailyVolumeUsd: number;
  hourlyVol: number;
  volumeFactor24h?: number;
  waypoints?: Waypoint[];
};

/** The hourly close `hoursBeforeAsOf` whole hours before asOf, pinned at `price` (a path point between anchors). */
export type Waypoint = { hoursBeforeAsOf: number; price: number };

/**
 * A perp: funding per settlement as a fraction (0.000062 = 0.0062 %), OI in USD now, and its 24h / 7d changes
 * (pct). `fundingIntervalHours` (default 8) settles it every N hours: the fake upstream lists it in fundingInfo.
 */
export type PerpTarget = {
  id: string;
  funding: number;
  oiUsd: number;
  oiChange24h: number;
  oiChange7d: number;
  fundingIntervalHours?: number;
};

/** A CoinGecko category aggregate (whole category, larger than our members): cap USD, 24h change pct, volume. */
export type CategoryTarget = { id: string; name: string; cap: number; change24h: number; volume: number };

/** CoinGecko /global: total cap (USD) and its 24h change (pct); dominance is computed from BTC's cap. */
export type GlobalTarget = { totalCapUsd: number; change24h: number; totalVolumeUsd: number };

export type DaySpec = {
  /** Output name: `day` writes fixtures/day/, any other name N writes fixtures/day-N/. */
  name: string;
  /** The collection instant (ms since epoch, UTC); the edition date is its UTC date. */
  asOf: number;
  seed: number;
  assets: AssetTarget[];
  perps: PerpTarget[];
  categories: CategoryTarget[];
  global: GlobalTarget;
  /** Folder holding the seven feed files (coindesk.xml ... cryptoslate-news.html). */
  feedsDir: URL;
};

export const assetTarget = (
  id: string,
  last: number,
  change24h: number,
  change7d: number,
  change30d: number,
  supply: number,
  dailyVolumeUsd: number,
  hourlyVol = 0.006,
  volumeFactor24h?: number,
): AssetTarget => ({
  id,
  last,
  change24h,
  change7d,
  change30d,
  supply,
  dailyVolumeUsd,
  hourlyVol,
  ...(volumeFactor24h === undefined ? {} : { volumeFactor24h }),
});

/**
 * A waypoint on the close 7 days before the latest completed daily candle (the 7d change's reference) for a 7d change
 * in pct, on a day whose asOf is 07:00Z (the latest completed candle closed 7 hours before asOf).
 */
export const weekAgo = (last: number, change7d: number): Waypoint[] => [
  { hoursBeforeAsOf: 7 + 24 * 7, price: last / (1 + change7d / 100) },
];

/** An asset whose 7d change is pinned by a waypoint on its 7d reference close (`weekAgo`). */
export const pinned7d = (target: AssetTarget): AssetTarget => ({
  ...target,
  waypoints: weekAgo(target.last, target.change7d),
});

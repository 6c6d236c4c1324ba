/**
 * Builds an authored day's numbers from its DaySpec (day-spec.ts) with a seeded PRNG: an hourly price
 * path per asset pinned at the targets, from which daily candles and the 24h ticker are derived (so
 * ticker and candles agree exactly), plus perps, CoinGecko markets/categories/global.
 */
import type { AssetTarget, DaySpec, PerpTarget } from './day-spec.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CANDLES = 40;

/** The day's clock: asOf, edition date (UTC date of asOf), its midnight and the first candle's open. */
type DayClock = { asOf: number; editionDate: string; midnight: number; firstCandle: number };

function clockOf(asOf: number): DayClock {
  const midnight = asOf - (asOf % DAY);
  // The latest candle opens on the edition date.
  return {
    asOf,
    editionDate: new Date(midnight).toISOString().slice(0, 10),
    midnight,
    firstCandle: midnight - (CANDLES - 1) * DAY,
  };
}

/** mulberry32: small, seeded, deterministic. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const gaussian = (random: () => number) =>
  Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());

/** Price tick for a price level (8 decimals at most, like Binance spot). */
export function tickOf(price: number): number {
  const tick = 10 ** (Math.floor(Math.log10(price)) - 4);
  return Math.min(0.01, Math.max(1e-8, tick));
}
export const roundTo = (value: number, tick: number) => Number((Math.round(value / tick) * tick).toFixed(8));

export type Hour = { time: number; open: number; high: number; low: number; close: number; volume: number };
export type AssetDay = AssetTarget & {
  hours: Hour[];
  candles: Hour[];
  ticker: { open: number; high: number; low: number; last: number; volume: number; quoteVolume: number };
};

/** Log-space Brownian bridge from `from` to `to` over `steps` hours. */
function bridge(from: number, to: number, steps: number, vol: number, random: () => number): number[] {
  const walk = [0];
  for (let i = 1; i <= steps; i++) walk.push(walk[i - 1]! + vol * gaussian(random));
  const end = walk[steps]!;
  const a = Math.log(from);
  const b = Math.log(to);
  return walk.map((w, i) => Math.exp(a + (b - a) * (i / steps) + w - end * (i / steps)));
}

function buildAsset(target: AssetTarget, clock: DayClock, random: () => number): AssetDay {
  const { asOf, firstCandle } = clock;
  const tick = tickOf(target.last);
  const volumeFactor = target.volumeFactor24h ?? 1;
  const hourAt = (time: number) => (time - firstCandle) / HOUR;
  // Anchors: close of the candle 30 and 7 before the latest, price 24h ago, now.
  const anchors = [
    { h: hourAt(clock.midnight - 29 * DAY), price: target.last / (1 + target.change30d / 100) },
    { h: hourAt(clock.midnight - 6 * DAY), price: target.last / (1 + target.change7d / 100) },
    { h: hourAt(asOf - DAY), price: target.last / (1 + target.change24h / 100) },
    { h: hourAt(asOf), price: target.last },
  ];
  if (target.waypoints?.length) {
    const pinned = new Set(anchors.map((anchor) => anchor.h));
    for (const { hoursBeforeAsOf, price } of target.waypoints) {
      const h = hourAt(asOf) - hoursBeforeAsOf;
      if (!Number.isInteger(hoursBeforeAsOf) || h <= anchors[0]!.h || pinned.has(h)) {
        throw new Error(
          `${target.id}: waypoint ${hoursBeforeAsOf}h before asOf is not a free hour after the 30d anchor`,
        );
      }
      pinned.add(h);
      anchors.push({ h, price });
    }
    anchors.sort((a, b) => a.h - b.h);
  }
  const start = anchors[0]!.price * (1 + 0.04 * gaussian(random));
  const points: number[] = [start];
  let previous = { h: 0, price: start };
  for (const anchor of anchors) {
    points.push(...bridge(previous.price, anchor.price, anchor.h - previous.h, target.hourlyVol, random).slice(1));
    previous = anchor;
  }
  const closes = points.map((p, i) => (i === points.length - 1 ? target.last : roundTo(p, tick)));
  const hours: Hour[] = [];
  for (let i = 1; i < closes.length; i++) {
    const open = closes[i - 1]!;
    const close = closes[i]!;
    const wick = () => Math.abs(gaussian(random)) * target.hourlyVol * 0.5;
    const time = firstCandle + (i - 1) * HOUR;
    const usd = (target.dailyVolumeUsd / 24) * (0.6 + 0.8 * random()) * (time >= asOf - DAY ? volumeFactor : 1);
    hours.push({
      time,
      open,
      close,
      high: roundTo(Math.max(open, close) * (1 + wick()), tick),
      low: roundTo(Math.min(open, close) * (1 - wick()), tick),
      volume: Number((usd / close).toFixed(close < 1 ? 0 : 5)),
    });
  }
  const candles: Hour[] = [];
  for (let day = 0; day < CANDLES; day++) {
    const slice = hours.filter((h) => h.time >= firstCandle + day * DAY && h.time < firstCandle + (day + 1) * DAY);
    candles.push(combine(firstCandle + day * DAY, slice));
  }
  const last24 = hours.filter((h) => h.time >= asOf - DAY);
  const combined = combine(asOf - DAY, last24);
  const quoteVolume = last24.reduce((sum, h) => sum + h.volume * h.close, 0);
  return {
    ...target,
    hours,
    candles,
    ticker: {
      open: combined.open,
      high: combined.high,
      low: combined.low,
      last: combined.close,
      volume: combined.volume,
      quoteVolume,
    },
  };
}

function combine(time: number, slice: Hour[]): Hour {
  return {
    time,
    open: slice[0]!.open,
    close: slice.at(-1)!.close,
    high: Math.max(...slice.map((h) => h.high)),
    low: Math.min(...slice.map((h) => h.low)),
    volume: slice.reduce((sum, h) => sum + h.volume, 0),
  };
}

export type PerpDay = {
  id: string;
  funding: number;
  /** Set only for a perp settling at other than the default 8 hours. */
  fundingIntervalHours?: number;
  markPrice: number;
  oiHistory: { time: number; amount: number; usd: number }[];
};

function buildPerp(target: PerpTarget, asset: AssetDay, clock: DayClock, random: () => number): PerpDay {
  // Hourly history: 169 points ending at the hour before asOf, pinned at now / 24h / 7d.
  const latest = clock.asOf - HOUR;
  const ago24 = target.oiUsd / (1 + target.oiChange24h / 100);
  const ago7d = target.oiUsd / (1 + target.oiChange7d / 100);
  const first = bridge(ago7d, ago24, 144, 0.004, random);
  const second = bridge(ago24, target.oiUsd, 24, 0.004, random);
  const usd = [...first, ...second.slice(1)];
  const priceAt = (time: number) => asset.hours.find((h) => h.time === time - HOUR)?.close ?? asset.last;
  const oiHistory = usd.map((value, i) => {
    const time = latest - (168 - i) * HOUR;
    const price = priceAt(time);
    const amount = Number((value / price).toFixed(3));
    return { time, amount, usd: Number((amount * price).toFixed(8)) };
  });
  const interval =
    target.fundingIntervalHours === undefined ? {} : { fundingIntervalHours: target.fundingIntervalHours };
  return { id: target.id, funding: target.funding, ...interval, markPrice: asset.last, oiHistory };
}

export type DayModel = ReturnType<typeof buildDayModel>;

/** The whole day, deterministic for its spec (seed included). */
export function buildDayModel(spec: DaySpec) {
  const clock = clockOf(spec.asOf);
  const random = createRandom(spec.seed);
  const assets = spec.assets.map((target) => buildAsset(target, clock, random));
  const byId = new Map(assets.map((a) => [a.id, a]));
  const perps = spec.perps.map((target) => buildPerp(target, byId.get(target.id)!, clock, random));
  const btcCap = byId.get('btc')!.last * byId.get('btc')!.supply;
  const ethCap = byId.get('eth')!.last * byId.get('eth')!.supply;
  const global = {
    ...spec.global,
    btcDominance: (btcCap / spec.global.totalCapUsd) * 100,
    ethDominance: (ethCap / spec.global.totalCapUsd) * 100,
  };
  return {
    asOf: clock.asOf,
    editionDate: clock.editionDate,
    feedsDir: spec.feedsDir,
    assets,
    perps,
    categories: spec.categories,
    global,
  };
}

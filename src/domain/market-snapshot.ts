import * as z from 'zod';
import { headlineSchema } from './headline.ts';
import { sourceStatusSchema } from './source-status.ts';
import { isoDateSchema, isoDateTimeSchema } from './units.ts';

/** One daily candle: open time (ms UTC), open, high, low, close (USD), quote volume (USD). Oldest first. */
export const candleSchema = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);
export type Candle = z.infer<typeof candleSchema>;

export const tickerSchema = z.object({
  last: z.number().positive(),
  high24h: z.number().positive(),
  low24h: z.number().positive(),
  /** Price 24h ago (USD). */
  open24h: z.number().positive(),
  /** Quote volume over 24h in USD. */
  quoteVolume24h: z.number().nonnegative(),
  /** Exchange time of the ticker, ms UTC. */
  timestamp: z.number(),
});
export type Ticker = z.infer<typeof tickerSchema>;

export const perpSchema = z.object({
  venue: z.string(),
  /** Current funding rate in pct per interval (0.01 = 0.01 %). */
  fundingRatePct: z.number(),
  fundingIntervalHours: z.number().positive(),
  /** Open interest in USD now, and 24h / 7d earlier when the venue gave history. */
  openInterestUsd: z.number().nonnegative(),
  openInterestUsd24hAgo: z.number().nonnegative().optional(),
  openInterestUsd7dAgo: z.number().nonnegative().optional(),
  timestamp: z.number(),
});
export type Perp = z.infer<typeof perpSchema>;

/** Everything one run knows about one watchlist asset. Missing parts are absent, never zero. */
export const assetSnapshotSchema = z.object({
  id: z.string(),
  venue: z.string().optional(),
  pair: z.string().optional(),
  ticker: tickerSchema.optional(),
  candles: z.array(candleSchema),
  marketCapUsd: z.number().positive().optional(),
  perp: perpSchema.optional(),
});
export type AssetSnapshot = z.infer<typeof assetSnapshotSchema>;

/** A CoinGecko category's own aggregate (covers more coins than our watchlist). */
export const categorySnapshotSchema = z.object({
  sectorId: z.string(),
  categoryId: z.string(),
  marketCapUsd: z.number().positive(),
  marketCapChange24hPct: z.number().optional(),
  volume24hUsd: z.number().nonnegative().optional(),
});
export type CategorySnapshot = z.infer<typeof categorySnapshotSchema>;

export const globalSnapshotSchema = z.object({
  totalMarketCapUsd: z.number().positive(),
  marketCapChange24hPct: z.number().optional(),
  btcDominancePct: z.number().optional(),
  totalVolume24hUsd: z.number().optional(),
});
export type GlobalSnapshot = z.infer<typeof globalSnapshotSchema>;

/**
 * The normalized inputs of one run: what every later stage (metrics, writing, checking) reads.
 * Produced by parsing a recording (live or replayed); `npm run cli -- schema snapshot` prints its JSON Schema.
 */
export const marketSnapshotSchema = z.object({
  version: z.literal(1),
  /** The run's clock: every "now" in metrics and writing is this. */
  asOf: isoDateTimeSchema,
  editionDate: isoDateSchema,
  assets: z.array(assetSnapshotSchema),
  categories: z.array(categorySnapshotSchema),
  global: globalSnapshotSchema.optional(),
  headlines: z.array(headlineSchema),
  sources: z.array(sourceStatusSchema),
});
export type MarketSnapshot = z.infer<typeof marketSnapshotSchema>;

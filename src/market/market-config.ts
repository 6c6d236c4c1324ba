import * as z from 'zod';

export const venueIdSchema = z.enum(['binance', 'okx', 'bybit']);
export type VenueId = z.infer<typeof venueIdSchema>;

/**
 * Market collection settings. Every field has a default, so `marketConfigSchema.parse({})` is the
 * production setup: Binance first, then OKX and Bybit, public CoinGecko.
 */
export const marketConfigSchema = z.object({
  /** Venues in order of preference; each capability falls back along this list. */
  venues: z.array(venueIdSchema).min(1).default(['binance', 'okx', 'bybit']),
  /**
   * Base URL per venue (regional endpoints, relays around HTTP 451, test servers). Replaces the scheme
   * and host of every API URL of that venue and keeps the path, e.g. `http://127.0.0.1:8787`.
   */
  baseUrls: z.partialRecord(venueIdSchema, z.url()).default({}),
  coingecko: z
    .object({
      baseUrl: z.url().default('https://api.coingecko.com/api/v3'),
      apiKey: z.string().min(1).optional(),
      /** `x-cg-demo-api-key` for demo keys, `x-cg-pro-api-key` with the pro base URL. */
      apiKeyHeader: z.string().default('x-cg-demo-api-key'),
    })
    .prefault({}),
  /** Per-request deadline in milliseconds, covering headers and the whole body. */
  timeoutMs: z.number().int().positive().default(10_000),
  /** Cap on each response body in bytes (4 MiB; the filtered answers are 1-120 KB). */
  maxResponseBytes: z
    .number()
    .int()
    .positive()
    .default(4 * 1024 * 1024),
  /** ccxt's client-side throttle; replays turn it off. */
  enableRateLimit: z.boolean().default(true),
  /** Daily candles per asset (the latest one is the day in progress). */
  candleDays: z.number().int().min(31).max(500).default(40),
  /** Tickers and open interest older than this (relative to the run's now) count as stale. */
  maxAgeMinutes: z.number().positive().default(60),
  /** Parallel requests per venue. */
  concurrency: z.number().int().positive().default(6),
});
export type MarketConfig = z.infer<typeof marketConfigSchema>;
export type MarketConfigInput = z.input<typeof marketConfigSchema>;

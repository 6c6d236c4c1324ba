import * as z from 'zod';

/** Why a source failed, as a closed set so callers decide by type, never by message text. */
export const failureReasonSchema = z.enum([
  'timeout',
  'http-status',
  'rate-limited',
  'geo-blocked',
  'not-a-feed',
  'parse-error',
  'too-large',
  'network',
  'stale',
  'missing-symbol',
  'invalid-data',
]);
export type FailureReason = z.infer<typeof failureReasonSchema>;

/** Outcome of one upstream source (feed, venue capability, CoinGecko endpoint) in one run. */
export const sourceStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['feed', 'page', 'exchange', 'coingecko', 'llm']),
  status: z.enum(['ok', 'failed', 'fallback']),
  /** ok: items read; failed: 0. */
  items: z.number().int().nonnegative().optional(),
  bytes: z.number().int().nonnegative().optional(),
  ms: z.number().nonnegative().optional(),
  reason: failureReasonSchema.optional(),
  /** One line a person can act on, e.g. `[GET] https://x/feed: 500 Internal Server Error`. */
  detail: z.string().optional(),
});
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

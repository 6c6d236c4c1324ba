import * as z from 'zod';
import { headlineClusterSchema } from './headline.ts';
import { sourceStatusSchema } from './source-status.ts';
import { isoDateSchema, isoDateTimeSchema, unitSchema, windowSchema } from './units.ts';

/**
 * Metrics a fact can state. The checker maps words to these (see metric-words in factcheck/).
 * - price: last price (usd)            - change: % change over `window` (pct)
 * - high / low: 24h high/low (usd)     - volume: 24h quote volume (usd)
 * - volume_ratio: 24h volume / 7-day average daily volume (ratio)
 * - volatility: realized vol over `window`, annualized (pct)
 * - support / resistance: nearest round level below/above price (usd)
 * - swing_high / swing_low: highest high / lowest low over `window` (usd)
 * - market_cap: cap now (usd); market_cap_start: cap at the start of `window` (usd)
 * - market_cap_change: absolute cap change over `window` (usd, negative when it fell)
 * - dominance: BTC share of total cap (pct)
 * - advancers / decliners / members: counts
 * - funding_rate: pct per funding interval; funding_apr: annualized (pct)
 * - open_interest (usd); oi_change: % change over `window` (pct)
 * - best_change / worst_change: the change of the best/worst member (pct; `related` names it)
 */
export const metricSchema = z.enum([
  'price',
  'change',
  'high',
  'low',
  'volume',
  'volume_ratio',
  'volatility',
  'support',
  'resistance',
  'swing_high',
  'swing_low',
  'market_cap',
  'market_cap_start',
  'market_cap_change',
  'dominance',
  'advancers',
  'decliners',
  'members',
  'funding_rate',
  'funding_apr',
  'open_interest',
  'oi_change',
  'best_change',
  'worst_change',
]);
export type Metric = z.infer<typeof metricSchema>;

export const entityRefSchema = z.object({
  kind: z.enum(['asset', 'sector', 'market']),
  /** `btc`, `ai`, `market`. */
  id: z.string(),
  /** Display name: `Bitcoin`, `AI tokens`, `crypto market`. */
  name: z.string(),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

/**
 * One computed or sourced number. Ids are stable and readable:
 * `btc.price`, `btc.change_24h`, `sector.ai.change_7d`, `market.total_cap`, `market.funding_avg`.
 */
export const factSchema = z.object({
  id: z.string(),
  entity: entityRefSchema,
  metric: metricSchema,
  window: windowSchema.optional(),
  value: z.number(),
  unit: unitSchema,
  /** Short human label: `BTC 24h change`. */
  label: z.string(),
  asOf: isoDateTimeSchema,
  /** Where it comes from: `binance:BTC/USDT ticker`, `computed: 30 daily candles (binance)`, `coingecko:/global`. */
  source: z.string(),
  /** Another entity the fact points to, e.g. the member asset id of a sector's best_change. */
  related: z.string().optional(),
  /**
   * What the number stands on when it is less than the full set, to be said with it: `equal-weighted` (no market
   * caps), `5 of 7 members`, or both. Also in the label. Absent for a full, cap-weighted sector move.
   */
  basis: z.string().optional(),
});
export type Fact = z.infer<typeof factSchema>;

/** The single source of truth for writing and checking one brief. */
export const factsSheetSchema = z.object({
  asOf: isoDateTimeSchema,
  editionDate: isoDateSchema,
  facts: z.array(factSchema),
  clusters: z.array(headlineClusterSchema),
  sources: z.array(sourceStatusSchema),
});
export type FactsSheet = z.infer<typeof factsSheetSchema>;

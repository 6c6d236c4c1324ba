import * as z from 'zod';

/** Numbers CoinGecko sends as JSON numbers, sometimes null. */
const num = z.number().nullable().optional();

/** GET /global: only the fields groundbrief reads. */
export const coingeckoGlobalSchema = z.object({
  data: z.object({
    total_market_cap: z.record(z.string(), z.number()),
    total_volume: z.record(z.string(), z.number()).optional(),
    market_cap_percentage: z.record(z.string(), z.number()).optional(),
    market_cap_change_percentage_24h_usd: num,
    updated_at: z.number().optional(),
  }),
});
export type CoingeckoGlobal = z.infer<typeof coingeckoGlobalSchema>;

/** GET /coins/markets rows. */
export const coingeckoMarketRowSchema = z.object({
  id: z.string(),
  symbol: z.string(),
  current_price: num,
  market_cap: num,
  circulating_supply: num,
  last_updated: z.string().nullable().optional(),
});
export const coingeckoMarketsSchema = z.array(coingeckoMarketRowSchema);
export type CoingeckoMarketRow = z.infer<typeof coingeckoMarketRowSchema>;

/** GET /coins/categories rows. */
export const coingeckoCategoryRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  market_cap: num,
  market_cap_change_24h: num,
  volume_24h: num,
  updated_at: z.string().nullable().optional(),
});
export const coingeckoCategoriesSchema = z.array(coingeckoCategoryRowSchema);
export type CoingeckoCategoryRow = z.infer<typeof coingeckoCategoryRowSchema>;

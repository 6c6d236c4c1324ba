import * as z from 'zod';

/** A watchlist asset: how venues name it and how writers refer to it. */
export const assetConfigSchema = z.object({
  /** Lower-case id used in fact ids: `btc`. */
  id: z.string().regex(/^[a-z0-9]+$/),
  symbol: z.string(),
  name: z.string(),
  /** Other ways text refers to it (case-insensitive): `Bitcoin`, `$BTC`, `XBT`. */
  aliases: z.array(z.string()),
  coingeckoId: z.string(),
  /** Spot pair in ccxt form. */
  pair: z.string(),
  /** Perp pair in ccxt form when leverage metrics are collected for it. */
  perp: z.string().optional(),
});
export type AssetConfig = z.infer<typeof assetConfigSchema>;

export const sectorConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** `AI tokens`, `AI sector`, `artificial intelligence`. */
  aliases: z.array(z.string()),
  coingeckoCategory: z.string(),
  members: z.array(z.string()).min(2),
});
export type SectorConfig = z.infer<typeof sectorConfigSchema>;

export const registrySchema = z
  .object({ assets: z.array(assetConfigSchema).min(1), sectors: z.array(sectorConfigSchema) })
  .superRefine((registry, ctx) => {
    const ids = new Set(registry.assets.map((a) => a.id));
    for (const sector of registry.sectors)
      for (const member of sector.members)
        if (!ids.has(member))
          ctx.addIssue({ code: 'custom', message: `sector ${sector.id}: unknown member ${member}` });
  });
export type Registry = z.infer<typeof registrySchema>;

/** Recency half-life of the ranking, in hours. */
export const RECENCY_HALF_LIFE_HOURS = 12;

/**
 * Ranking score of a story, 0..1 (pure), higher first:
 * 0.45 x recency (0.5 ^ (age h / 12); undated counts as 48 h old) +
 * 0.35 x coverage (log2(1 + sources) / log2(6), capped at 1: five outlets = full marks) +
 * 0.20 x watchlist relevance (1 when it names a watchlist asset, 0.6 for a sector only, else 0).
 * Rounded to 4 decimals so the order is stable.
 */
export function rankClusterScore(input: {
  publishedAt: string | null;
  sourceCount: number;
  assetCount: number;
  sectorCount: number;
  now: Date;
}): number {
  const ageHours = input.publishedAt
    ? Math.max(0, (input.now.getTime() - Date.parse(input.publishedAt)) / 3_600_000)
    : 48;
  const recency = 0.5 ** (ageHours / RECENCY_HALF_LIFE_HOURS);
  const coverage = Math.min(1, Math.log2(1 + input.sourceCount) / Math.log2(6));
  const relevance = input.assetCount > 0 ? 1 : input.sectorCount > 0 ? 0.6 : 0;
  return Math.round((0.45 * recency + 0.35 * coverage + 0.2 * relevance) * 10_000) / 10_000;
}

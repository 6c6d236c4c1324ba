// The pairwise (quadratic) clustering as it was before the token index (issue 13), kept as the reference the
// indexed clusterHeadlines must give the same clusters (test/sources/cluster-index.test.ts).
import type { Headline, HeadlineCluster } from '../../../src/domain/headline.ts';
import type { Registry } from '../../../src/domain/registry.ts';
import { hashText } from '../../../src/sources/hash-text.ts';
import { rankClusterScore } from '../../../src/sources/rank-clusters.ts';
import { findEntityMentions } from '../../../src/sources/tag-entities.ts';
import { buildIdf, buildTitleTokens, computeTitleSimilarity } from '../../../src/sources/title-tokens.ts';

/**
 * Two titles are the same story when their IDF-weighted token Jaccard similarity reaches this.
 * Measured with scripts/sweep-cluster-threshold.ts (docs/headlines.md): on fixtures/feeds/cluster-labelled.json
 * 0.16-0.18 give no merged stories and no repeats (0.14 merges one pair, 0.20 repeats two stories); the
 * held-out cluster-holdout.json is clean from 0.08 to 0.22.
 */
const CLUSTER_SIMILARITY_THRESHOLD = 0.17;

/**
 * Against chaining: besides its best match, a headline's MEAN similarity to the cluster's members must
 * reach threshold x this. Neutral on both labelled fixtures; on the real feeds of 2025-12-12 it split a
 * 7-headline chain (wallet launches + daily recaps + one prediction-market story) into the true story.
 */
const LINK_MEAN_FACTOR = 0.6;

/**
 * Groups headlines into stories (pure): same canonical URL always joins; otherwise a headline joins the
 * cluster holding its most similar title when that similarity >= `threshold` and its mean similarity to
 * that cluster >= threshold x LINK_MEAN_FACTOR. Similarity: IDF-weighted Jaccard over title tokens
 * (title-tokens.ts); titles naming disjoint watchlist assets never match. Headlines are visited
 * earliest first (undated last), so a cluster's time is its earliest member's and its title/url those
 * of that first report. Every source is kept. Clusters are tagged with asset and sector ids named in
 * any member title (findEntityMentions) and sorted by `score` (rank-clusters.ts), best first.
 */
export function clusterHeadlinesPairwise(input: {
  headlines: readonly Headline[];
  registry: Registry;
  now: Date;
  threshold?: number;
}): HeadlineCluster[] {
  const { registry, now, threshold = CLUSTER_SIMILARITY_THRESHOLD } = input;
  const ordered = [...input.headlines].sort(byTime);
  const tokens = new Map(ordered.map((h) => [h.id, buildTitleTokens(h.title, registry)]));
  const idf = buildIdf([...tokens.values()]);
  const groups: Headline[][] = [];
  const byUrl = new Map<string, Headline[]>();
  for (const headline of ordered) {
    let group = byUrl.get(headline.canonicalUrl);
    if (!group) {
      const mine = tokens.get(headline.id)!;
      let best = -1;
      let bestScore = 0;
      groups.forEach((candidate, index) => {
        const scores = candidate.map((other) => computeTitleSimilarity(mine, tokens.get(other.id)!, idf));
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        const score =
          Math.max(...scores) >= threshold && mean >= threshold * LINK_MEAN_FACTOR ? Math.max(...scores) : 0;
        if (score > bestScore) [best, bestScore] = [index, score];
      });
      group = bestScore >= threshold && best >= 0 ? groups[best]! : groups[groups.push([]) - 1]!;
    }
    group.push(headline);
    byUrl.set(headline.canonicalUrl, group);
  }
  return groups
    .map((group) => buildCluster(group, registry, now))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

function buildCluster(group: Headline[], registry: Registry, now: Date): HeadlineCluster {
  const first = group[0]!;
  const assets = new Set<string>();
  const sectors = new Set<string>();
  for (const headline of group)
    for (const mention of findEntityMentions(headline.title, registry))
      (mention.kind === 'asset' ? assets : sectors).add(mention.id);
  const sourceIds = [...new Set(group.map((h) => h.sourceId))];
  const publishedAt = group.find((h) => h.publishedAt)?.publishedAt ?? null;
  return {
    id: `cluster:${hashText(first.canonicalUrl)}`,
    title: first.title,
    url: first.canonicalUrl,
    publishedAt,
    sourceIds,
    headlines: group,
    assets: [...assets].sort(),
    sectors: [...sectors].sort(),
    score: rankClusterScore({
      publishedAt,
      sourceCount: sourceIds.length,
      assetCount: assets.size,
      sectorCount: sectors.size,
      now,
    }),
  };
}

function byTime(a: Headline, b: Headline): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : Number.POSITIVE_INFINITY;
  return ta - tb || a.id.localeCompare(b.id);
}

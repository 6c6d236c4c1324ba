import type { Headline, HeadlineCluster } from '../domain/headline.ts';
import type { Registry } from '../domain/registry.ts';
import { hashText } from './hash-text.ts';
import { rankClusterScore } from './rank-clusters.ts';
import { type EntityMention, findEntityMentions } from './tag-entities.ts';
import { buildIdf, buildTitleTokens, computeTitleSimilarity } from './title-tokens.ts';

/**
 * Two titles are the same story when their IDF-weighted token Jaccard similarity reaches this.
 * Measured with scripts/sweep-cluster-threshold.ts (docs/headlines.md): on fixtures/feeds/cluster-labelled.json
 * 0.16-0.18 give no merged stories and no repeats (0.14 merges one pair, 0.20 repeats two stories); the
 * held-out cluster-holdout.json is clean from 0.08 to 0.22.
 */
export const CLUSTER_SIMILARITY_THRESHOLD = 0.17;

/**
 * Against chaining: besides its best match, a headline's MEAN similarity to the cluster's members must
 * reach threshold x this. Neutral on both labelled fixtures; on the real feeds of 2025-12-12 it split a
 * 7-headline chain (wallet launches + daily recaps + one prediction-market story) into the true story.
 */
export const LINK_MEAN_FACTOR = 0.6;

/**
 * Groups headlines into stories (pure): same canonical URL always joins; otherwise a headline joins the
 * cluster holding its most similar title when that similarity >= `threshold` and its mean similarity to
 * that cluster >= threshold x LINK_MEAN_FACTOR. Similarity: IDF-weighted Jaccard over title tokens
 * (title-tokens.ts); titles naming disjoint watchlist assets never match. Headlines are visited
 * earliest first (undated last), so a cluster's time is its earliest member's and its title/url those
 * of that first report. Every source is kept. Clusters are tagged with asset and sector ids named in
 * any member title (findEntityMentions) and sorted by `score` (rank-clusters.ts), best first.
 *
 * Cost: an inverted index over title tokens means a headline is compared only with earlier headlines
 * that share a token with it (a pair sharing none scores 0 and cannot change a cluster's best match; it
 * only counts in the mean, through the cluster's size). Same clusters as comparing every pair
 * (test/sources/cluster-index.test.ts); bench `headlines-scale` in docs/headlines.md.
 */
export function clusterHeadlines(input: {
  headlines: readonly Headline[];
  registry: Registry;
  now: Date;
  threshold?: number;
}): HeadlineCluster[] {
  const { registry, now, threshold = CLUSTER_SIMILARITY_THRESHOLD } = input;
  const ordered = [...input.headlines].sort(byTime);
  const mentions = new Map(ordered.map((h) => [h, findEntityMentions(h.title, registry)]));
  const tokens = ordered.map((h) => buildTitleTokens(h.title, registry, mentions.get(h)));
  const idf = buildIdf(tokens);
  const groups: Headline[][] = [];
  const groupOf: number[] = [];
  const byUrl = new Map<string, number>();
  const postings = new Map<string, number[]>();
  ordered.forEach((headline, index) => {
    let group = byUrl.get(headline.canonicalUrl);
    if (group === undefined) {
      const best = findBestGroup({ mine: tokens[index]!, tokens, postings, groupOf, groups, idf, threshold });
      group = best ?? groups.push([]) - 1;
    }
    groups[group]!.push(headline);
    groupOf.push(group);
    byUrl.set(headline.canonicalUrl, group);
    for (const token of tokens[index]!) {
      const list = postings.get(token);
      if (list) list.push(index);
      else postings.set(token, [index]);
    }
  });
  return groups
    .map((group) => buildCluster(group, mentions, now))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * The group a headline joins, or undefined for a new one: among groups with a member sharing a token,
 * the one with the highest best-match similarity that passes both the threshold and the mean rule
 * (the earliest group on ties, as a pairwise scan in group order would pick).
 */
function findBestGroup(input: {
  mine: Set<string>;
  tokens: readonly Set<string>[];
  postings: Map<string, number[]>;
  groupOf: readonly number[];
  groups: readonly Headline[][];
  idf: Map<string, number>;
  threshold: number;
}): number | undefined {
  const { mine, tokens, postings, groupOf, groups, idf, threshold } = input;
  const neighbours = new Set<number>();
  for (const token of mine) for (const other of postings.get(token) ?? []) neighbours.add(other);
  const byGroup = new Map<number, { sum: number; max: number }>();
  // Ascending = each group's members in order, so sums add up exactly as a pairwise scan's would.
  for (const other of [...neighbours].sort((a, b) => a - b)) {
    const similarity = computeTitleSimilarity(mine, tokens[other]!, idf);
    const group = groupOf[other]!;
    const seen = byGroup.get(group);
    if (seen) {
      seen.sum += similarity;
      seen.max = Math.max(seen.max, similarity);
    } else byGroup.set(group, { sum: similarity, max: similarity });
  }
  let best: number | undefined;
  let bestScore = 0;
  for (const group of [...byGroup.keys()].sort((a, b) => a - b)) {
    const { sum, max } = byGroup.get(group)!;
    const mean = sum / groups[group]!.length;
    const score = max >= threshold && mean >= threshold * LINK_MEAN_FACTOR ? max : 0;
    if (score > bestScore) [best, bestScore] = [group, score];
  }
  return bestScore >= threshold ? best : undefined;
}

function buildCluster(
  group: Headline[],
  mentions: Map<Headline, readonly EntityMention[]>,
  now: Date,
): HeadlineCluster {
  const first = group[0]!;
  const assets = new Set<string>();
  const sectors = new Set<string>();
  for (const headline of group)
    for (const mention of mentions.get(headline)!) (mention.kind === 'asset' ? assets : sectors).add(mention.id);
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

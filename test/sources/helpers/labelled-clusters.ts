// Loads fixtures/feeds/cluster-labelled.json and scores a clustering against its story labels.
import { readFileSync } from 'node:fs';
import { defaultSources } from '../../../src/config/sources.ts';
import type { Headline, HeadlineCluster } from '../../../src/domain/headline.ts';
import { normalizeHeadline } from '../../../src/sources/normalize-headline.ts';

type Row = { story: string; sourceId: string; title: string; link: string; published: string };

export function loadLabelled(file = 'cluster-labelled.json'): {
  now: Date;
  headlines: Headline[];
  storyOf: Map<string, string>;
} {
  const data = JSON.parse(readFileSync(new URL(`../../../fixtures/feeds/${file}`, import.meta.url), 'utf8')) as {
    now: string;
    headlines: Row[];
  };
  const now = new Date(data.now);
  const storyOf = new Map<string, string>();
  const headlines = data.headlines.map((row) => {
    const source = defaultSources.find((s) => s.id === row.sourceId)!;
    const headline = normalizeHeadline({ title: row.title, link: row.link, published: row.published }, source, now)!;
    storyOf.set(headline.id, row.story);
    return headline;
  });
  return { now, headlines, storyOf };
}

/**
 * repeats: clusters (in output order) whose majority story was already shown by an earlier cluster;
 * merged: clusters holding more than one story.
 */
export function scoreClusters(clusters: HeadlineCluster[], storyOf: Map<string, string>) {
  const shown = new Set<string>();
  let repeats = 0;
  let merged = 0;
  for (const cluster of clusters) {
    const stories = cluster.headlines.map((h) => storyOf.get(h.id)!);
    const counts = new Map<string, number>();
    for (const story of stories) counts.set(story, (counts.get(story) ?? 0) + 1);
    if (counts.size > 1) merged++;
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    if (shown.has(majority)) repeats++;
    shown.add(majority);
  }
  return {
    clusters: clusters.length,
    stories: new Set(storyOf.values()).size,
    repeats,
    repeatRate: repeats / clusters.length,
    merged,
  };
}

import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { Headline } from '../../src/domain/headline.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';
import { clusterHeadlinesPairwise } from './helpers/cluster-reference.ts';
import { loadLabelled } from './helpers/labelled-clusters.ts';

const members = (clusters: { headlines: Headline[] }[]) => clusters.map((c) => c.headlines.map((h) => h.id));

/** Seeded variants of the labelled titles: one word swapped, spread over 12 sources and a day. */
function variants(headlines: readonly Headline[], count: number): Headline[] {
  let state = 7;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const words = headlines.flatMap((h) => h.title.split(' '));
  return Array.from({ length: count }, (_, index) => {
    const base = headlines[Math.floor(random() * headlines.length)]!;
    const parts = base.title.split(' ');
    parts[Math.floor(random() * parts.length)] = words[Math.floor(random() * words.length)]!;
    const url = `https://s${index % 12}.test/${index % 97 === 0 ? 'shared' : index}`;
    return {
      ...base,
      id: `s${index % 12}:${index}`,
      sourceId: `s${index % 12}`,
      title: parts.join(' '),
      url,
      canonicalUrl: url,
      publishedAt:
        index % 31 === 0 ? null : new Date(Date.UTC(2026, 10, 20, 0, Math.floor(random() * 1440))).toISOString(),
    };
  });
}

describe('clusterHeadlines over the token index', () => {
  it.each(['cluster-labelled.json', 'cluster-holdout.json'])(
    '%s: the same clusters as comparing every pair',
    (file) => {
      const { now, headlines } = loadLabelled(file);
      const input = { headlines, registry: defaultRegistry, now };
      expect(clusterHeadlines(input)).toEqual(clusterHeadlinesPairwise(input));
    },
  );

  it('the same clusters as comparing every pair on 300 near-duplicate titles, at several thresholds', () => {
    const { now, headlines } = loadLabelled();
    const many = variants(headlines, 300);
    for (const threshold of [0, 0.17, 0.3]) {
      const input = { headlines: many, registry: defaultRegistry, now, threshold };
      const indexed = clusterHeadlines(input);
      expect(members(indexed)).toEqual(members(clusterHeadlinesPairwise(input)));
      expect(indexed.length).toBeGreaterThan(1);
    }
  });
});

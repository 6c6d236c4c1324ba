/**
 * Headline collection + clustering at abusive and real sizes (issue 13): one feed of 8,000 items, one item whose
 * title is 200,000 words, and 50 real-sized feeds (~1,700 headlines). Each case goes through the real path:
 * collectHeadlines over a fake fetch (parse, normalize, per-source cap), then clusterHeadlines. Titles are drawn
 * from the labelled fixtures (and ../shared/real-world/feeds when present): one in four retells a pool story with
 * one word swapped (stories recur across feeds as in real news), the rest are seeded word mixes of their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { SourceConfig } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';
import { collectHeadlines } from '../../src/sources/collect-headlines.ts';
import { loadLabelled } from '../../test/sources/helpers/labelled-clusters.ts';

export const name = 'headlines-scale';

const now = new Date('2026-11-21T06:00:00Z');

function titlePool(): string[] {
  const titles = [...loadLabelled().headlines, ...loadLabelled('cluster-holdout.json').headlines].map((h) => h.title);
  const shared = new URL('../../../shared/real-world/feeds/', import.meta.url);
  if (existsSync(shared))
    for (const file of readdirSync(shared).filter((f) => f.endsWith('.xml')))
      for (const match of readFileSync(new URL(file, shared), 'latin1').matchAll(
        /<item[\s\S]*?<title>(?:<!\[CDATA\[)?([^<\]]+)/g,
      ))
        titles.push(match[1]!.trim());
  return titles;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function rss(items: { title: string; link: string; minute: number }[]): string {
  const body = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${item.link}</link>` +
        `<pubDate>${new Date(now.getTime() - item.minute * 60_000).toUTCString()}</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title>${body}</channel></rss>`;
}

function feedItems(count: number, feed: number, pool: string[], random: () => number) {
  const words = pool.join(' ').split(/\s+/);
  const pick = () => words[Math.floor(random() * words.length)]!;
  return Array.from({ length: count }, (_, index) => {
    // One in four retells a pool story with one word changed; the rest are stories of their own.
    const parts =
      random() < 0.25 ? pool[Math.floor(random() * pool.length)]!.split(' ') : Array.from({ length: 9 }, pick);
    parts[Math.floor(random() * parts.length)] = pick();
    return { title: parts.join(' '), link: `https://feed${feed}.test/${index}`, minute: Math.floor(random() * 1440) };
  });
}

async function collectAndCluster(bodies: string[]): Promise<{ ms: number; headlines: number; clusters: number }> {
  const sources: SourceConfig[] = bodies.map((_, index) => ({
    id: `feed${index}`,
    name: `Feed ${index}`,
    kind: 'rss',
    url: `https://feed${index}.test/rss`,
  }));
  const fetch = (async (url: string | URL | Request) => {
    const index = Number(/feed(\d+)/.exec(String(url))![1]);
    return new Response(bodies[index], { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
  }) as typeof globalThis.fetch;
  const start = performance.now();
  const { headlines } = await collectHeadlines({ sources, fetch, now, timeoutMs: 600_000, maxBytes: 64 * 2 ** 20 });
  const clusters = clusterHeadlines({ headlines, registry: defaultRegistry, now });
  return { ms: performance.now() - start, headlines: headlines.length, clusters: clusters.length };
}

export async function run() {
  const pool = titlePool();
  const random = seeded(13);
  const cases: [string, string[]][] = [
    ['one feed of 8,000 items', [rss(feedItems(8000, 0, pool, random))]],
    [
      'one 200,000-word title (+ 30 ordinary items)',
      [
        rss([
          {
            title: Array.from({ length: 200_000 }, (_, i) => pool[i % pool.length]!.split(' ')[0]).join(' '),
            link: 'https://feed0.test/long',
            minute: 1,
          },
          ...feedItems(30, 0, pool, random),
        ]),
      ],
    ],
    [
      '50 real-sized feeds (34 items each)',
      Array.from({ length: 50 }, (_, feed) => rss(feedItems(34, feed, pool, random))),
    ],
  ];
  const rows = [];
  for (const [label, bodies] of cases) {
    const result = await collectAndCluster(bodies);
    rows.push({
      figure: `${label}: ${result.headlines} headlines kept -> ${result.clusters} clusters`,
      value: `${result.ms.toFixed(0)} ms`,
    });
  }
  return rows;
}
